package org.entente.actors;

import org.entente.model.Actor;
import org.entente.model.ActorMention;
import org.entente.model.MentionOrigin;
import org.entente.model.AnnotatedArticle;
import org.entente.model.Sentence;
import org.entente.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises actors with the knowledge base's name trie, then composes neighbouring names into
 * one actor ("Iranian President Hassan Rouhani", "Russia's foreign minister", "Russian oil
 * producer Rosneft"), distributes a sector over listed nationalities ("Russian, Iranian and
 * Turkish foreign ministers"), and resolves references ({@link References}) and surnames of
 * people named in full before ({@link Surnames}).
 */
public final class DictionaryRecognizer implements ActorRecognizer {
    private static final Set<String> HYPHENS = Set.of("-", "‐", "–", "—");
    private static final Set<String> LINKS = Set.of("'s", "’s", "'", "’", "of", "the", "The");
    private static final Set<String> LIST = Set.of(",", "and", "&");

    private final KnowledgeBase kb;
    private final StatelessAgents stateless;
    private final Composition composition;

    public DictionaryRecognizer(KnowledgeBase kb) {
        this.kb = kb;
        this.stateless = new StatelessAgents(kb);
        this.composition = new Composition(kb);
    }

    public DictionaryRecognizer() {
        this(KnowledgeBase.standard());
    }

    @Override
    public List<ActorMention> recognize(AnnotatedArticle article, LocalDate asOf) {
        List<ActorMention> all = new ArrayList<>();
        Map<String, Actor> lastByTitle = new HashMap<>();
        References refs = new References();
        Focus focus = new Focus();
        Surnames surnames = new Surnames(kb);
        for (Sentence s : article.sentences()) {
            List<ActorMention> named = mentions(s, asOf, lastByTitle, focus.state(), surnames);
            if (all.isEmpty() && s.index() == 0) named = Datelines.without(s, named);
            List<ActorMention> merged = refs.resolve(s, named, all);
            all.addAll(merged);
            focus.count(merged);
            surnames.count(merged, s);
        }
        return all;
    }

    /** The named actors of one sentence (no references). */
    List<ActorMention> mentions(Sentence s, LocalDate asOf, Map<String, Actor> lastByTitle) {
        return mentions(s, asOf, lastByTitle, null, new Surnames(kb));
    }

    /** The named actors of one sentence; a bare agent ("police", "the government") is of {@code focus}, the state the article is about so far, if any. */
    private List<ActorMention> mentions(Sentence s, LocalDate asOf, Map<String, Actor> lastByTitle, String focus, Surnames surnames) {
        List<Span> spans = surnames.withoutNamesakes(spans(s.tokens(), asOf), s.tokens());
        List<List<Span>> chunks = chunks(spans, s.tokens());
        List<ActorMention> out = new ArrayList<>();
        List<Integer> loneAdjectives = new ArrayList<>();
        for (List<Span> chunk : chunks) {
            int before = chunk.get(0).start() - 1;
            boolean locative = before >= 0 && LOCATIVE.contains(s.tokens().get(before).word().toLowerCase());
            Composition.Resolved r = composition.resolve(chunk, asOf, lastByTitle, locative, focus);
            if (r == null) continue;
            Span first = chunk.get(0), last = chunk.get(chunk.size() - 1);
            int end = last.kind().isAgent() && r.person() == null ? unknownNameEnd(s.tokens(), last.end(), spans) : last.end();
            MentionOrigin origin = r.entry();
            if (end > last.end() && origin.kind() == MentionOrigin.Kind.AGENT) { // "journalist Jose Ruben Zamora": a person the knowledge base lacks
                origin = Appositions.named(origin, text(s, last.end(), end));
            }
            ActorMention m = mention(s, first.start(), end, r.actor(), origin, r.person(), r.certainty(), r.since());
            if (chunk.size() == 1 && first.kind() == Entry.Kind.ADJECTIVE) loneAdjectives.add(out.size());
            else if (r.sector() != null && first.kind() == Entry.Kind.ADJECTIVE) distribute(s, out, loneAdjectives, first.start(), r.sector());
            out.add(m);
        }
        return stateless.place(s, surnames.add(s, Appositions.add(s, out)));
    }

    /** Certainty of a lone state or capital after "in"/"at": more likely a place than an actor. */
    static final double PLACE_CERTAINTY = 0.5;
    /** Certainty of a bare agent no state is known for ("police", "the court"): its sector is all it says. */
    static final double STATELESS_CERTAINTY = 0.4;
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from");

    /** "Russian, Iranian and Turkish ministers": lone nationalities listed before get the same sector. */
    private void distribute(Sentence s, List<ActorMention> out, List<Integer> loneAdjectives, int from, String sector) {
        int boundary = from;
        for (int k = loneAdjectives.size() - 1; k >= 0; k--) {
            int idx = loneAdjectives.get(k);
            ActorMention m = out.get(idx);
            if (!onlyListWords(s.tokens(), m.tokenEnd(), boundary)) break;
            out.set(idx, m.withActors(List.of(kb.sectorOf(m.actor().country(), sector)), m.origin().asListed()));
            boundary = m.tokenStart();
        }
        loneAdjectives.clear();
    }

    private static boolean onlyListWords(List<Token> tokens, int from, int to) {
        if (from >= to) return false;
        for (int i = from; i < to; i++) if (!LIST.contains(tokens.get(i).word())) return false;
        return true;
    }

    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");

    /** A day or month name, which no person's name is. */
    static boolean isTimeWord(String word) {
        return TIME_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The end of a full name the knowledge base lacks right after an agent word ("Guatemalan
     * journalist Jose Ruben Zamora"): at least two capitalised proper nouns, no day or month, up to
     * the next name the knowledge base knows; else {@code from}.
     */
    private static int unknownNameEnd(List<Token> tokens, int from, List<Span> spans) {
        int limit = tokens.size();
        for (Span sp : spans) if (sp.start() >= from) limit = Math.min(limit, sp.start());
        int i = from;
        while (i < limit && tokens.get(i).pos().equals("NNP") && Character.isUpperCase(tokens.get(i).word().charAt(0))
                && !TIME_WORDS.contains(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT))) i++;
        return i - from >= 2 && (i == tokens.size() || !tokens.get(i).pos().startsWith("NN")) ? i : from;
    }

    /** Longest-leftmost names, hyphens skipped ("Iran-Russia" names both). */
    List<Span> spans(List<Token> tokens, LocalDate asOf) {
        List<String> words = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (Token t : tokens) {
            if (HYPHENS.contains(t.word())) continue;
            words.add(t.word());
            index.add(t.index());
        }
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            NameIndex.Match m = kb.names().longest(words, i);
            if (m == null) {
                i++;
                continue;
            }
            spans.add(new Span(index.get(m.start()), index.get(m.end() - 1) + 1, choose(m.entries(), asOf), m.entries()));
            i = m.end();
        }
        List<Span> out = withMisspeltNames(withMisspeltStates(spans, tokens), tokens, asOf);
        out.removeIf(sp -> sp.kind() == Entry.Kind.REGION); // it only kept the states inside it from being read
        return out;
    }

    /** A capitalised word no name covers that is one typing slip from exactly one state ("Ethopia has agreed"). */
    private List<Span> withMisspeltStates(List<Span> spans, List<Token> tokens) {
        List<Span> out = new ArrayList<>(spans);
        int k = 0;
        for (int i = 0; i < tokens.size(); i++) {
            while (k < spans.size() && spans.get(k).end() <= i) k++;
            if (k < spans.size() && spans.get(k).start() <= i) continue;
            Token t = tokens.get(i);
            if (!t.pos().startsWith("NNP") && !t.pos().equals("JJ") || !Character.isUpperCase(t.word().charAt(0))) continue;
            List<Entry> near = kb.misspeltStates(t.word());
            if (near.stream().map(Entry::key).distinct().count() != 1) continue;
            Span s = new Span(i, i + 1, near.get(0), List.of());
            int at = 0;
            while (at < out.size() && out.get(at).start() < i) at++;
            out.add(at, s);
        }
        return out;
    }

    /**
     * A title followed by a name the trie does not know ("President Francois Mitterand"): the one
     * person whose surname is a letter away and who held an office of that title's sector on the
     * date is meant.
     */
    private List<Span> withMisspeltNames(List<Span> spans, List<Token> tokens, LocalDate asOf) {
        if (asOf == null) return spans;
        List<Span> out = new ArrayList<>(spans);
        for (int k = 0; k < spans.size(); k++) {
            Span t = spans.get(k);
            if (t.kind() != Entry.Kind.TITLE || t.entry().sector() == null) continue;
            int next = k + 1 < spans.size() ? spans.get(k + 1).start() : tokens.size();
            int j = t.end();
            while (j < next && j < t.end() + 3 && tokens.get(j).pos().equals("NNP")) j++;
            if (j == t.end() || j < tokens.size() && j == next) continue; // no unknown name, or it runs into a known one
            Span before = k > 0 ? spans.get(k - 1) : null; // "Gambian President X": X must be Gambian
            String country = before != null && before.end() >= t.start() - 1 && before.entry().actor() != null
                    && (isPlace(before) || before.kind() == Entry.Kind.ADJECTIVE) ? before.entry().actor().country() : null;
            List<Entry> found = new ArrayList<>();
            List<Entry> near = kb.nearSurnames(tokens.get(j - 1).word());
            for (boolean onTheDate : new boolean[]{true, false}) { // office holders then, else whoever ever held such an office
                for (Entry e : near) {
                    if (kb.roles(e.key()).stream().anyMatch(r -> (!onTheDate || r.holdsOn(asOf)) && t.entry().sector().equals(r.actor().sector())
                            && (country == null || country.equals(r.actor().country())))) found.add(e);
                }
                if (!found.isEmpty()) break;
            }
            if (found.size() == 1) out.add(out.indexOf(t) + 1, new Span(t.end(), j, found.get(0), List.of()));
        }
        return out;
    }

    private Entry choose(List<NameIndex.Named> entries, LocalDate asOf) {
        Entry best = null;
        boolean bestActive = false;
        for (NameIndex.Named n : entries) {
            Entry e = n.entry();
            boolean active = e.kind() == Entry.Kind.PERSON && kb.roles(e.key()).stream().anyMatch(r -> r.holdsOn(asOf));
            boolean ours = !e.source().startsWith("dict:");
            boolean bestOurs = best != null && !best.source().startsWith("dict:");
            if (best == null || e.kind().priority > best.kind().priority
                    || (e.kind() == best.kind() && active && !bestActive)
                    || (e.kind() == best.kind() && active == bestActive && ours && !bestOurs)) {
                best = e;
                bestActive = active;
            }
        }
        return best;
    }

    /** Groups spans that form one noun phrase: joined only by 's, of, the, or a few nouns and adjectives. */
    private static List<List<Span>> chunks(List<Span> spans, List<Token> tokens) {
        List<List<Span>> out = new ArrayList<>();
        List<Span> cur = new ArrayList<>();
        for (Span sp : spans) {
            if (!cur.isEmpty() && !joins(cur.get(cur.size() - 1), sp, tokens)) {
                out.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(sp);
        }
        if (!cur.isEmpty()) out.add(cur);
        return out;
    }

    private static boolean joins(Span a, Span b, List<Token> tokens) {
        int gap = b.start() - a.end();
        if (gap > 3) return false;
        if (a.kind() == Entry.Kind.PERSON && b.kind() != Entry.Kind.PERSON && gap > 0) return false;
        boolean placeThenPlace = isPlace(a) && isPlace(b);
        if (placeThenPlace && gap == 0) return false;
        if (a.kind().isAgent() && isPlace(b) && gap == 1 && tokens.get(a.end()).word().equals("in")) return true; // officials in Tehran
        boolean linked = false; // "of" or a possessive before "the": "President of the Republic"; "Congressman the rebels" is two phrases
        for (int i = a.end(); i < b.start(); i++) {
            Token t = tokens.get(i);
            if (t.word().equalsIgnoreCase("the") && !linked) return false;
            if (LINKS.contains(t.word())) {
                linked = true;
                continue;
            }
            boolean nominal = t.pos().startsWith("NN") || t.pos().startsWith("JJ");
            if (!nominal || (!b.kind().isAgent() && b.kind() != Entry.Kind.PERSON && b.kind() != Entry.Kind.INSTITUTION)) return false;
        }
        return true;
    }

    private static boolean isPlace(Span s) {
        return s.kind() == Entry.Kind.COUNTRY || s.kind() == Entry.Kind.SEAT;
    }

    /** Whether one of the mentions covers the token. */
    static boolean covered(List<ActorMention> mentions, int token) {
        for (ActorMention m : mentions) if (m.covers(token)) return true;
        return false;
    }

    static ActorMention mention(Sentence s, int start, int end, Actor a, MentionOrigin entry, String person, double certainty) {
        return mention(s, start, end, a, entry, person, certainty, null);
    }

    static ActorMention mention(Sentence s, int start, int end, Actor a, MentionOrigin entry, String person, double certainty,
                                LocalDate since) {
        return new ActorMention(s.index(), start, end, s.tokens().get(start).begin(), s.tokens().get(end - 1).end(),
                text(s, start, end), List.of(a), entry, person, certainty, since);
    }

    /** The text of tokens {@code start} to {@code end} (exclusive) of a sentence. */
    static String text(Sentence s, int start, int end) {
        return s.text().substring(s.tokens().get(start).begin() - s.begin(), s.tokens().get(end - 1).end() - s.begin());
    }
}
