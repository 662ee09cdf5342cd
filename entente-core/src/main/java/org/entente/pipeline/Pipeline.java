package org.entente.pipeline;

import org.entente.actors.ActorRecognizer;
import org.entente.actors.DictionaryRecognizer;
import org.entente.actors.KnowledgeBase;
import org.entente.clean.Cleaner;
import org.entente.events.DependencyCoder;
import org.entente.events.EventCoder;
import org.entente.events.JudgedCoder;
import org.entente.model.Actor;
import org.entente.model.ActorMention;
import org.entente.model.ActorRef;
import org.entente.model.AnnotatedArticle;
import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.model.Event;
import org.entente.model.Sentence;
import org.entente.nlp.CoreNlpAnnotator;
import org.entente.nlp.CoreNlpParser;
import org.entente.nlp.SentenceParser;
import org.entente.nlp.TextAnnotator;
import org.entente.time.EventDater;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stages wired together: clean, annotate, recognise actors, parse the sentences that can
 * hold an event, code, date. Stateless and thread-safe: one instance serves every thread.
 */
public final class Pipeline {
    private final Cleaner cleaner;
    private final TextAnnotator annotator;
    private final ActorRecognizer actors;
    private final SentenceParser parser;
    private final EventCoder coder;
    private final EventDater dater;
    private final KnowledgeBase kb;

    public Pipeline(Cleaner cleaner, TextAnnotator annotator, ActorRecognizer actors, SentenceParser parser,
                    EventCoder coder, EventDater dater, KnowledgeBase kb) {
        this.cleaner = cleaner;
        this.annotator = annotator;
        this.actors = actors;
        this.parser = parser;
        this.coder = coder;
        this.dater = dater;
        this.kb = kb;
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

    public Article clean(Document d) {
        return cleaner.clean(d);
    }

    public Analysis process(Document d) {
        return process(d, cleaner.clean(d));
    }

    public Analysis process(Document d, Article article) {
        AnnotatedArticle annotated = annotator.annotate(bounded(article));
        int tokens = 0;
        for (Sentence s : annotated.sentences()) tokens += s.tokens().size();
        LocalDate asOf = article.anchor();
        List<ActorMention> mentions = actors.recognize(annotated, asOf);
        Article bounded = withRoleBound(annotated.article(), mentions);
        if (bounded != annotated.article()) {
            annotated = new AnnotatedArticle(bounded, annotated.sentences());
            article = bounded;
            asOf = bounded.anchor();
            mentions = actors.recognize(annotated, asOf);
        }
        if (!codes(article)) return new Analysis(d, annotated, mentions, List.of(), tokens);
        annotated = parseCandidates(annotated, mentions);
        List<Event> events = dater.date(annotated, coder.code(annotated, mentions));
        LocalDate undated = article.anchorInferred() ? latestDate(events, asOf) : asOf;
        List<Event> dated = new ArrayList<>(events.size());
        for (Event e : events) dated.add(asOfEventDate(e, asOf, undated));
        return new Analysis(d, annotated, mentions, dated, tokens);
    }

    /**
     * The longest text the NLP stage reads: a news article is a few thousand characters, so a
     * longer "article" (a dump pasted into one file) is read up to here, at a paragraph boundary,
     * and memory stays bounded.
     */
    public static final int MAX_NLP_CHARS = 1_000_000;

    private static Article bounded(Article a) {
        if (a.text().length() <= MAX_NLP_CHARS) return a;
        int cut = a.text().lastIndexOf("\n\n", MAX_NLP_CHARS);
        if (cut < MAX_NLP_CHARS / 2) cut = MAX_NLP_CHARS;
        return new Article(a.docId(), a.title(), a.published(), a.inferredAfter(), a.author(), a.outlet(), a.dateline(),
                a.language(), a.text().substring(0, cut));
    }

    /**
     * An undated article that names a person by a title ("Syrian President Bashar al-Assad") was
     * written after that person took the title: a lower bound from knowledge, used when it is later
     * than the one the text's own dates give. A title used alone with its state ("the Iranian
     * president") counts for the person named elsewhere in the article who held exactly that office.
     */
    Article withRoleBound(Article a, List<ActorMention> mentions) {
        if (a.published() != null) return a;
        LocalDate bound = a.inferredAfter();
        for (ActorMention m : mentions) {
            if (m.since() != null && (bound == null || m.since().isAfter(bound))) bound = m.since();
        }
        LocalDate titled = titleAlone(mentions);
        if (titled != null && (bound == null || titled.isAfter(bound))) bound = titled;
        if (bound == null || bound.equals(a.inferredAfter())) return a;
        return new Article(a.docId(), a.title(), null, bound, a.author(), a.outlet(), a.dateline(), a.language(), a.text());
    }

    /** The latest start of an office that an untitled named person held and that the article names by title alone. */
    private LocalDate titleAlone(List<ActorMention> mentions) {
        java.util.Set<String> offices = new java.util.HashSet<>(); // "IRNGOV|president"
        for (ActorMention m : mentions) {
            if (m.person() != null || m.actor().sector() == null || m.entry() == null || !m.entry().contains("agents.tsv")) continue;
            String[] words = m.text().toLowerCase(java.util.Locale.ROOT).split("[\\s’']+");
            offices.add(m.actor().code() + "|" + words[words.length - 1].replaceAll("s$", ""));
        }
        LocalDate latest = null;
        java.util.Set<String> people = new java.util.HashSet<>();
        for (ActorMention m : mentions) if (m.person() != null && m.since() == null) people.add(m.person());
        for (String key : people) {
            for (org.entente.actors.Role r : kb.roles(key)) {
                if (r.from() == null || r.title() == null) continue;
                String title = r.title().toLowerCase(java.util.Locale.ROOT);
                for (String office : offices) {
                    String[] ct = office.split("\\|");
                    if (ct[0].equals(r.actor().code()) && title.matches("(.*\\s)?" + java.util.regex.Pattern.quote(ct[1]) + "(\\s.*)?")
                            && (latest == null || r.from().isAfter(latest))) latest = r.from();
                }
            }
        }
        return latest;
    }

    /** How many names the knowledge base recognises. */
    public int knowledgeNames() {
        return kb.names().size();
    }

    /** The NLP stage alone (tokens, POS, lemmas), as the pipeline runs it. */
    public AnnotatedArticle annotate(Article a) {
        return annotator.annotate(bounded(a));
    }

    /** The actors stage alone, on an annotated article, as of its anchor date. */
    public List<ActorMention> recognize(AnnotatedArticle a) {
        return actors.recognize(a, a.article().anchor());
    }

    /** The clean article with every metadata the later stages can add (the knowledge-based date bound). */
    public Article extract(Document d) {
        Article a = cleaner.clean(d);
        if (a.published() != null || !codes(a)) return a;
        AnnotatedArticle annotated = annotator.annotate(bounded(a));
        return withRoleBound(a, actors.recognize(annotated, a.anchor()));
    }

    /** Event coding is for English text; other languages are extracted and flagged only. */
    private static boolean codes(Article a) {
        return a.language().equals("en") || a.language().equals("und");
    }

    /** Parses only the sentences the coder needs parsed (with an actor mention and an event trigger word, for the rules). */
    private AnnotatedArticle parseCandidates(AnnotatedArticle a, List<ActorMention> mentions) {
        Map<Integer, List<ActorMention>> bySentence = new HashMap<>();
        for (ActorMention m : mentions) bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        List<Sentence> todo = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            if (coder.needsParse(s, bySentence.getOrDefault(s.index(), List.of()))) todo.add(s);
        }
        if (todo.isEmpty()) return a;
        List<Sentence> parsed = parser.parse(todo);
        List<Sentence> all = new ArrayList<>(a.sentences());
        for (Sentence p : parsed) all.set(p.index(), p);
        return a.withSentences(all);
    }

    /**
     * An undated article was written after every event it dates, so its latest event date is a
     * better "as of" for its undated events than the bound inferred from the text.
     */
    private static LocalDate latestDate(List<Event> events, LocalDate bound) {
        LocalDate latest = bound;
        for (Event e : events) {
            LocalDate d = e.date().firstDay();
            if (d != null && (latest == null || d.isAfter(latest))) latest = d;
        }
        return latest;
    }

    /** People hold roles by date: re-resolve a named person at the event's own date. */
    private Event asOfEventDate(Event e, LocalDate articleDate, LocalDate undated) {
        LocalDate when = e.date().firstDay();
        if (when == null) when = undated;
        if (when == null || when.equals(articleDate)) return e;
        return e.withActors(reresolve(e.source(), when), reresolve(e.target(), when));
    }

    private ActorRef reresolve(ActorRef r, LocalDate when) {
        if (r == null || r.person() == null) return r;
        Actor a = kb.person(r.person(), when);
        return a == null ? r : r.with(a);
    }
}
