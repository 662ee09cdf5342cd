package org.entente.cli;

import org.entente.actors.DictionaryRecognizer;
import org.entente.json.Json;
import org.entente.model.ActorMention;
import org.entente.model.AnnotatedArticle;
import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.nlp.CoreNlpAnnotator;
import org.entente.pipeline.Runner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code actors [FILE|-]}: the actor mentions of each line, resolved as of the line's date. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "Recognise and resolve actors in JSON lines {\"id\",\"text\",\"date\"}.")
final class ActorsCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "JSON lines file, or - (default) for standard input")
    String file = "-";

    @Mixin
    Threads threads;

    @Mixin
    KnowledgeOption knowledge;

    private record Found(Article article, List<ActorMention> mentions) {
    }

    @Override
    public Integer call() {
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        DictionaryRecognizer recognizer = new DictionaryRecognizer(knowledge.knowledge());
        try (PrintWriter out = Output.stdout()) {
            Runner.Summary s = Runner.run(sink -> SentenceInput.read(file, sink), threads.threads, d -> {
                Article a = SentenceInput.article(d);
                AnnotatedArticle annotated = annotator.annotate(a);
                return new Found(a, recognizer.recognize(annotated, a.anchor()));
            }, d -> false, new Runner.Listener<>() {
                @Override
                public void done(Document d, Found f) {
                    for (ActorMention m : f.mentions()) {
                        for (int i = 0; i < m.actors().size(); i++) out.println(Json.line(Json.mention(d.id(), m, i)));
                    }
                }

                @Override
                public void rejected(String origin, String reason) {
                    Output.rejected(origin, reason);
                }
            });
            out.flush();
            return s.rejected() > 0 ? 1 : 0;
        }
    }
}
