package org.entente.nlp;

import org.entente.model.ActorMention;
import org.entente.model.AnnotatedArticle;
import org.entente.model.Sentence;
import org.entente.stage.DocumentRecord;
import org.entente.stage.Part;
import org.entente.stage.Stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The parse stage: dependency parses of only the sentences the event coder needs parsed (for the
 * rules, those with an actor and a trigger word), since parsing is the chain's dearest step.
 */
public final class ParseStage implements Stage {
    private final SentenceParser parser;
    private final BiPredicate<Sentence, List<ActorMention>> needsParse;

    /** {@code needsParse}: whether a sentence with these mentions needs its parse (the coder's {@code needsParse}). */
    public ParseStage(SentenceParser parser, BiPredicate<Sentence, List<ActorMention>> needsParse) {
        this.parser = parser;
        this.needsParse = needsParse;
    }

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.SENTENCES, Part.MENTIONS);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.PARSES);
    }

    @Override
    public boolean appliesTo(DocumentRecord r) {
        return r.codes();
    }

    @Override
    public DocumentRecord apply(DocumentRecord r) {
        AnnotatedArticle a = r.annotated();
        Map<Integer, List<ActorMention>> bySentence = new HashMap<>();
        for (ActorMention m : r.mentions()) bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        List<Sentence> todo = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            if (needsParse.test(s, bySentence.getOrDefault(s.index(), List.of()))) todo.add(s);
        }
        if (todo.isEmpty()) return r.withParses(a);
        List<Sentence> all = new ArrayList<>(a.sentences());
        for (Sentence p : parser.parse(todo)) all.set(p.index(), p);
        return r.withParses(a.withSentences(all));
    }
}
