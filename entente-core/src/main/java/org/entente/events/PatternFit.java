package org.entente.events;

/**
 * Whether a verb pattern of the lexicon fits a verb's clause: its particle ("carry out"), what its
 * object must be (someone, or a named noun: "signed an agreement", with a modifier: "a scathing
 * attack"), what its subject must be, the
 * complement it needs ("agreed to meet"), and that a pattern with no target has no object. Choosing
 * the pattern; {@link DependencyCoder} then fills its slots.
 *
 * @param head the object's head the pattern names (or the object itself)
 * @param x    the open complement the pattern needs, or -1
 */
record PatternFit(int head, int x) {
    /** The fit of pattern {@code p} on verb {@code v}, or null when it does not fit. */
    static PatternFit of(ParsedSentence ps, Pattern p, int v, int obj, int sourceHead, boolean passive) {
        int prt = ps.child(v, "compound:prt");
        if (prt >= 0 && prt + 1 < ps.sentence.tokens().size() && ps.isTimeWord(prt + 1)) prt = -1; // "called him on Wednesday": a date, no particle
        if (!p.particles().isEmpty()) {
            if (prt < 0 || !p.particles().contains(ps.token(prt).word().toLowerCase())) return null;
        } else if (prt >= 0 && ps.token(prt).word().equalsIgnoreCase("on")) {
            return null; // "talks have been going on", "carried on": going on is continuing, not going
        }
        if (futureGoing(ps, v)) return null; // "is going to win": a future, not a journey
        int head = obj;
        if (p.objects().equals(Pattern.ACTOR) || p.objects().equals(Pattern.SOMEONE)) {
            if (obj >= 0 ? !namesSomeone(ps, obj) : p.objects().equals(Pattern.SOMEONE)) return null; // "meet U.S. complaints", "called a moratorium"
        } else if (!p.objects().isEmpty()) {
            // with no direct object, the noun of the pattern's own phrase: "called for the release of"
            head = Slots.namedHead(ps, obj >= 0 || p.preps().isEmpty() ? obj : Slots.prepTarget(ps, p, v, -1, -1), p.objects());
            if (head < 0) return null;
            if (!p.modifiers().isEmpty() && !modified(ps, head, p)) return null;
        }
        if (!p.subjects().isEmpty() && (sourceHead < 0 || Slots.namedHead(ps, sourceHead, p.subjects()) < 0)) return null;
        int x = -1;
        if (!p.xcomps().isEmpty()) {
            for (int c : ps.childrenOf(v, "xcomp")) if (ps.lemmaIn(c, p.xcomps())) x = c;
            if (x < 0) { // "described the attack as barbaric": the complement in an "as" phrase
                for (int c : ps.childrenOf(v, "advcl", "obl")) if (ps.prep(c).equals("as") && ps.lemmaIn(c, p.xcomps())) x = c;
            }
            if (x < 0) return null;
        }
        if (p.noTarget() && obj >= 0 && !passive) return null;
        return new PatternFit(head, x);
    }

    /** "Going to" before a verb: the future it announces, the act being that verb's. */
    private static boolean futureGoing(ParsedSentence ps, int v) {
        if (!ps.lemma(v).equals("go") || !ps.token(v).pos().equals("VBG")) return false;
        int x = ps.child(v, "xcomp");
        return x > v && ps.token(x).pos().startsWith("VB");
    }

    /** Whether the named object carries one of the pattern's modifiers: "launched a scathing attack". */
    private static boolean modified(ParsedSentence ps, int head, Pattern p) {
        for (int c : ps.childrenOf(head, "amod", "compound")) if (ps.lemmaIn(c, p.modifiers())) return true;
        return false;
    }

    /**
     * Whether a noun phrase's head names someone: an actor ("the Iranian president"), a name, plain people,
     * or a pronoun; not a thing an actor qualifies ("U.S. complaints", "a French contract").
     */
    static boolean namesSomeone(ParsedSentence ps, int head) {
        return ps.mentionAt(head) != null || ps.token(head).pos().startsWith("NNP") || ps.lemmaIn(head, Words.PEOPLE)
                || ps.token(head).pos().startsWith("PRP");
    }
}
