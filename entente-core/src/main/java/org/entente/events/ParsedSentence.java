package org.entente.events;

import org.entente.model.ActorMention;
import org.entente.model.Dependency;
import org.entente.model.Sentence;
import org.entente.model.Token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** A parsed sentence with its actor mentions, and the tree walks the coder needs. */
final class ParsedSentence {
    /** Relations that start another clause: an argument's actors are not looked for below them. */
    static final Set<String> CLAUSAL = Set.of("acl", "acl:relcl", "advcl", "ccomp", "parataxis", "conj", "cc",
            "punct", "xcomp", "csubj", "dep", "list");

    /** Prepositions of place: "talks in Vienna" names where, not who. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "across", "around", "throughout");

    final Sentence sentence;
    final List<ActorMention> mentions;
    private final List<List<Dependency>> children;
    private final Dependency[] heads;

    ParsedSentence(Sentence sentence, List<ActorMention> mentions) {
        this.sentence = sentence;
        this.mentions = mentions;
        int n = sentence.tokens().size();
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) children.add(new ArrayList<>(2));
        heads = new Dependency[n];
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < 0 || d.dependent() >= n) continue;
            heads[d.dependent()] = d;
            if (d.governor() >= 0) children.get(d.governor()).add(d);
        }
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String lemma(int i) {
        return token(i).lemma().toLowerCase();
    }

    /**
     * Whether the token's lemma is one of {@code lemmas}; CoreNLP keeps some plurals as their own
     * lemma ("troops"), so a plural's singular counts too; a hyphenated word counts as the word
     * written solid ("cease-fire" as "ceasefire").
     */
    boolean lemmaIn(int i, java.util.Set<String> lemmas) {
        String l = lemma(i);
        if (lemmas.contains(l)) return true;
        if (l.indexOf('-') > 0 && lemmas.contains(l.replace("-", ""))) return true;
        if (l.endsWith("ies") && lemmas.contains(l.substring(0, l.length() - 3) + "y")) return true;
        return l.endsWith("s") && lemmas.contains(l.substring(0, l.length() - 1));
    }

    List<Dependency> children(int i) {
        return children.get(i);
    }

    /** The first dependent of {@code i} whose relation is one of {@code rels} (or starts with one + ':'), or -1. */
    int child(int i, String... rels) {
        for (Dependency d : children.get(i)) for (String r : rels) if (is(d.relation(), r)) return d.dependent();
        return -1;
    }

    List<Integer> childrenOf(int i, String... rels) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children.get(i)) for (String r : rels) if (is(d.relation(), r)) out.add(d.dependent());
        return out;
    }

    static boolean is(String relation, String r) {
        return relation.equals(r) || relation.startsWith(r + ":");
    }

    Dependency head(int i) {
        return heads[i];
    }

    /** The preposition (case marker) of a nominal, lower case, or "" ("in front of" gives "of"). */
    String prep(int i) {
        StringBuilder b = new StringBuilder();
        for (Dependency d : children.get(i)) {
            if (d.relation().equals("case") && d.dependent() < i) {
                if (b.length() > 0) b.append(' ');
                b.append(token(d.dependent()).word().toLowerCase());
            }
        }
        String p = b.toString();
        int sp = p.lastIndexOf(' ');
        return sp < 0 ? p : p.substring(sp + 1);
    }

    /**
     * The verb's direct object; where the parser hung it under a bare time word ("lifted Friday a
     * blockade", "rejected Thursday an appeal"), the noun found there.
     */
    int object(int verb) {
        int o = child(verb, "obj", "dobj");
        if (o >= 0) return o;
        Dependency h = heads[verb];
        if (h != null && h.governor() >= 0 && h.relation().equals("conj")) { // "met and held talks": the object both share
            int shared = child(h.governor(), "obj", "dobj");
            if (shared > verb) return shared;
        }
        for (int t : childrenOf(verb, "obl:tmod", "nmod:tmod")) {
            for (int c : childrenOf(t, "dep", "obj", "appos")) if (c > t && token(c).pos().startsWith("NN")) return c;
        }
        for (int c : childrenOf(verb, "ccomp", "dep")) { // "prevented the demonstration staged by students", parsed as a clause
            int n = child(c, "nsubj");
            String pos = token(c).pos();
            if (n > verb && n < c && (pos.equals("VBN") || pos.equals("VBG")) && child(c, "aux") < 0 && token(n).pos().startsWith("NN")
                    && onlyDeterminersBetween(verb, n)) return n;
        }
        return -1;
    }

    private boolean onlyDeterminersBetween(int verb, int noun) {
        for (int i = verb + 1; i < noun; i++) {
            String pos = token(i).pos();
            if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.equals("CD") || pos.startsWith("NN") || pos.equals("PRP$"))) return false;
        }
        return true;
    }

    boolean isPassive(int verb) {
        return child(verb, "nsubj:pass", "aux:pass") >= 0 || child(verb, "nsubjpass", "auxpass") >= 0 || reducedRelative(verb);
    }

    /** A participle that qualifies a noun ("detainees held after the escape"): a passive whose patient is that noun. */
    boolean reducedRelative(int verb) {
        if (!token(verb).pos().equals("VBN") || heads[verb] == null || heads[verb].governor() < 0
                || !heads[verb].relation().equals("acl") || child(verb, "obj") >= 0) return false;
        for (int c : childrenOf(verb, "conj")) { // "groups donated and delivered goods": a main verb the parser hung under a noun
            if (token(c).pos().matches("VB[DPZ]")) return false;
        }
        return true;
    }

    /** Participles that after "be" describe the subject's stance: "is opposed to", "is committed to". */
    static final Set<String> STATIVE = Set.of("oppose", "commit", "determine", "dedicate");

    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tomorrow", "tonight", "january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december", "week", "month", "year", "weekend");

    boolean isTimeWord(int token) {
        return TIME_WORDS.contains(token(token).word().toLowerCase());
    }

    boolean hasMark(int verb, String word) {
        for (int m : childrenOf(verb, "mark")) if (token(m).word().equalsIgnoreCase(word)) return true;
        return false;
    }

    /** The mention covering a token, or null. */
    ActorMention mentionAt(int token) {
        for (ActorMention m : mentions) if (m.covers(token)) return m;
        return null;
    }

    /**
     * The actors of the phrase headed by {@code head}: the mention covering it, else the nearest
     * mention in its subtree (not crossing into other clauses); then the same for its conjuncts.
     */
    List<ActorMention> argument(int head) {
        List<ActorMention> out = new ArrayList<>();
        if (head < 0) return out;
        ActorMention m = nearest(head);
        if (m == null) m = affiliatedSubject(head);
        if (m == null) m = following(head);
        if (m == null) m = Antecedents.of(this, head);
        if (m != null) out.add(m);
        for (int c : childrenOf(head, "conj")) {
            for (ActorMention x : argument(c)) if (!out.contains(x)) out.add(x);
        }
        return out;
    }

    /**
     * The nearest mention of the phrase; a pronoun that only qualifies it counts last: "his
     * counterpart, Italian President Sergio Mattarella" is Mattarella, not the speaker "his" stands for.
     */
    ActorMention nearest(int head) {
        java.util.function.Predicate<Dependency> follow = d -> (!CLAUSAL.contains(d.relation()) || affiliation(d) || namesNoun(d))
                && !LOCATIVE.contains(prep(d.dependent()));
        ActorMention named = firstBelow(head, 40, (i, m) -> i == head || !m.pronoun(), follow);
        return named != null ? named : firstBelow(head, 40, (i, m) -> true, follow);
    }

    /** Participles that say whose side a group is on: "workers affiliated with the union", "militias backed by Iran". */
    static final Set<String> AFFILIATING = Set.of("affiliate", "link", "tie", "belong", "ally", "attach", "connect",
            "associate", "loyal", "close");
    /** Participles that say who is aboard: "a helicopter carrying EC monitors". */
    private static final Set<String> CARRYING = Set.of("carry", "transport");

    /**
     * "Militants affiliated with Hezbollah attacked ...", which the parser reads with "affiliated"
     * as the main verb: the subject of such a verb is on the side its "with"/"to" phrase names.
     */
    private ActorMention affiliatedSubject(int head) {
        Dependency h = heads[head];
        if (h == null || h.governor() < 0 || !is(h.relation(), "nsubj") || !AFFILIATING.contains(lemma(h.governor()))) return null;
        for (int c : childrenOf(h.governor(), "obl")) {
            String p = prep(c);
            if (p.equals("with") || p.equals("to") || p.equals("by")) return nearest(c);
        }
        return null;
    }

    /** A name the parser hung loosely under a noun, which it stands beside: "his counterpart Italian President Sergio Mattarella". */
    private boolean namesNoun(Dependency d) {
        return d.relation().equals("dep") && token(d.governor()).pos().startsWith("NN") && token(d.dependent()).pos().startsWith("NNP");
    }

    private boolean affiliation(Dependency d) {
        return d.relation().equals("acl") && (AFFILIATING.contains(lemma(d.dependent())) || CARRYING.contains(lemma(d.dependent())));
    }

    /**
     * The first mention met walking breadth-first down from {@code start} (at most {@code limit}
     * tokens), that {@code accept}s it, following only the dependencies {@code follow} allows.
     */
    ActorMention firstBelow(int start, int limit, java.util.function.BiPredicate<Integer, ActorMention> accept,
                                    java.util.function.Predicate<Dependency> follow) {
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        int seen = 0;
        while (!queue.isEmpty() && seen++ < limit) {
            int i = queue.poll();
            ActorMention m = mentionAt(i);
            if (m != null && accept.test(i, m)) return m;
            for (Dependency d : children.get(i)) if (follow.test(d)) queue.add(d.dependent());
        }
        return null;
    }

    /**
     * A mention that the parser detached from its head noun but that continues its phrase:
     * "talks with Chairman of Russia's State Duma Vyacheslav Volodin".
     */
    private ActorMention following(int head) {
        int n = sentence.tokens().size();
        for (int i = head + 1; i < Math.min(n, head + 4); i++) {
            ActorMention m = mentionAt(i);
            if (m != null) return m.tokenStart() == i ? m : null;
            Token t = token(i);
            String w = t.word().toLowerCase();
            if (!(w.equals("of") || w.equals("the") || t.pos().equals("NNP") || t.pos().equals("POS"))) return null;
        }
        return null;
    }

    /** The actors named in the locative phrases of a nominal: "targets in Gaza", "a camp in Pakistan". */
    List<ActorMention> placeIn(int head) {
        List<ActorMention> out = new ArrayList<>();
        for (Dependency d : children.get(head)) {
            if (LOCATIVE.contains(prep(d.dependent()))) out.addAll(argument(d.dependent()));
        }
        return out;
    }

    /** The sentence's root word, or -1. */
    int root() {
        for (int i = 0; i < heads.length; i++) if (heads[i] != null && heads[i].governor() < 0) return i;
        return -1;
    }

    /** Whether {@code ancestor} governs {@code token}, directly or through other words. */
    boolean dominates(int ancestor, int token) {
        for (int t = token, hops = 0; t >= 0 && hops < 50; hops++) {
            if (t == ancestor) return true;
            t = heads[t] == null ? -1 : heads[t].governor();
        }
        return false;
    }

    /** The sentence's subject for a verb, following control and coordination upward when it has none ({@link Subjects}). */
    int subject(int verb) {
        return Subjects.of(this, verb);
    }
}
