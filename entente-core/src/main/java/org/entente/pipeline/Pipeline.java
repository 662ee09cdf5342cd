package org.entente.pipeline;

import org.entente.actors.ActorRecognizer;
import org.entente.actors.ActorsStage;
import org.entente.actors.DictionaryRecognizer;
import org.entente.actors.KnowledgeBase;
import org.entente.actors.PeopleAtEventDate;
import org.entente.clean.CleanStage;
import org.entente.clean.Cleaner;
import org.entente.events.CodeStage;
import org.entente.events.DependencyCoder;
import org.entente.events.EventCoder;
import org.entente.events.JudgedCoder;
import org.entente.geo.LocateStage;
import org.entente.geo.Locator;
import org.entente.model.ActorMention;
import org.entente.model.AnnotatedArticle;
import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.nlp.AnnotateStage;
import org.entente.nlp.CoreNlpAnnotator;
import org.entente.nlp.CoreNlpParser;
import org.entente.nlp.ParseStage;
import org.entente.nlp.SentenceParser;
import org.entente.nlp.TextAnnotator;
import org.entente.stage.Chain;
import org.entente.stage.DocumentRecord;
import org.entente.time.DateStage;
import org.entente.time.EventDater;
import org.entente.time.RoleDateBound;

import java.util.List;

/**
 * The chain of stages as Entente runs it: clean, nlp, actors, role-date-bound, parse, events,
 * time, people-at-event-date, geo ({@link #chain()} lists them). Stateless and thread-safe: one
 * instance serves every thread. A stage is added by writing its class and listing it in
 * {@link #chainOf}.
 */
public final class Pipeline {
    private final Cleaner cleaner;
    private final TextAnnotator annotator;
    private final ActorRecognizer actors;
    private final SentenceParser parser;
    private final EventCoder coder;
    private final EventDater dater;
    private final KnowledgeBase kb;
    private final Chain chain;
    private final AnnotateStage nlp;
    private final RoleDateBound roleBound;

    public Pipeline(Cleaner cleaner, TextAnnotator annotator, ActorRecognizer actors, SentenceParser parser,
                    EventCoder coder, EventDater dater, KnowledgeBase kb) {
        this.cleaner = cleaner;
        this.annotator = annotator;
        this.actors = actors;
        this.parser = parser;
        this.coder = coder;
        this.dater = dater;
        this.kb = kb;
        this.nlp = new AnnotateStage(annotator);
        this.roleBound = new RoleDateBound(actors, kb);
        this.chain = chainOf(cleaner, nlp, actors, roleBound, parser, coder, dater, kb);
    }

    private static Chain chainOf(Cleaner cleaner, AnnotateStage nlp, ActorRecognizer actors, RoleDateBound roleBound,
                                 SentenceParser parser, EventCoder coder, EventDater dater, KnowledgeBase kb) {
        return new Chain(List.of(new CleanStage(cleaner), nlp, new ActorsStage(actors), roleBound,
                new ParseStage(parser, coder::needsParse), new CodeStage(coder), new DateStage(dater), new PeopleAtEventDate(kb),
                new LocateStage(Locator.standard())));
    }

    public static Pipeline standard() {
        return standard(KnowledgeBase.standard());
    }

    /** The standard stages over another knowledge base (ours with imported dictionaries, say). */
    public static Pipeline standard(KnowledgeBase kb) {
        return new Pipeline(Cleaner.standard(), new CoreNlpAnnotator(), new DictionaryRecognizer(kb), new CoreNlpParser(),
                JudgedCoder.over(new DependencyCoder()), new EventDater(), kb);
    }

    /** A pipeline with another event coder (an extra lexicon, say). */
    public Pipeline withCoder(EventCoder other) {
        return new Pipeline(cleaner, annotator, actors, parser, other, dater, kb);
    }

    /** The chain of stages, checked when the pipeline was built. */
    public Chain chain() {
        return chain;
    }

    public Article clean(Document d) {
        return cleaner.clean(d);
    }

    public Analysis process(Document d) {
        return analysis(chain.run(DocumentRecord.of(d)));
    }

    /** The chain over a document whose clean article is already made (sentences given one a line, say). */
    public Analysis process(Document d, Article article) {
        return analysis(chain.run(DocumentRecord.of(d).withArticle(article)));
    }

    private static Analysis analysis(DocumentRecord r) {
        return new Analysis(r.document(), r.annotated(), r.mentions(), r.events(), r.tokens());
    }

    /** The actors stage alone, on an annotated article, as of its anchor date. */
    public List<ActorMention> recognize(AnnotatedArticle a) {
        return actors.recognize(a, a.article().anchor());
    }

    /** The clean article with every metadata the later stages can add (the knowledge-based date bound). */
    public Article extract(Document d) {
        Article a = cleaner.clean(d);
        DocumentRecord r = DocumentRecord.of(d).withArticle(a);
        if (a.published() != null || !r.codes()) return a;
        AnnotatedArticle annotated;
        try {
            annotated = nlp.annotate(a);
        } catch (org.entente.model.DocumentRefused tooLong) {
            return a; // its text is still extracted; only coding refuses it
        }
        return roleBound.bound(a, actors.recognize(annotated, a.anchor()));
    }

    /** How many names the knowledge base recognises. */
    public int knowledgeNames() {
        return kb.names().size();
    }

    /** The NLP stage alone (tokens, POS, lemmas), as the pipeline runs it. */
    public AnnotatedArticle annotate(Article a) {
        return nlp.annotate(a);
    }
}
