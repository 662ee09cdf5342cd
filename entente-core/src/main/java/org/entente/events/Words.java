package org.entente.events;

import java.util.Set;

/**
 * Closed classes of grammatical words the coder reads a parse with: light verbs that carry a
 * nominal act, verbs of state and of putting, plain people, nouns of acts. Grammar, not knowledge:
 * what acts mean lives in the lexicon files.
 */
final class Words {
    private Words() {
    }

    /** Verbs by which a group says an act was its own: "claimed responsibility for the attack". */
    static final Set<String> CLAIMING = Set.of("claim", "take", "accept", "admit", "bear");

    /** Verbs that only carry a nominal event: "launched an attack", "carried out strikes", "paid a visit". */
    static final Set<String> LIGHT_VERBS = Set.of("launch", "carry", "conduct", "stage", "mount",
            "make", "pay", "hold", "begin", "start", "continue", "resume", "step", "undertake", "have", "give", "announce", "order",
            "declare", "issue", "lodge", "impose", "approve", "complete", "wage");

    /** Plain people named without a state: when acted on, they are the acting state's own civilians. */
    static final Set<String> PEOPLE = Set.of("protester", "demonstrator", "civilian", "people",
            "resident", "villager", "student", "worker", "crowd", "dissident", "activist", "opponent", "prisoner", "detainee",
            "journalist", "worshipper", "mourner", "marcher", "rioter", "striker", "citizen", "person");

    /** Verbs whose "on" phrase is a state the subject keeps or puts something in: "remained on alert", "put its army on alert". */
    static final Set<String> STANDING = Set.of("remain", "stay", "be", "keep", "put", "place", "go");

    /** Verbs that put someone under a measure: "placed under house arrest", "put under investigation". */
    static final Set<String> PUTTING = Set.of("put", "place", "bring", "keep", "hold");

    /** Verbs whose "in" phrase carries the act: "engaged in ethnic cleansing", "took part in the attack". */
    static final Set<String> ENGAGING = Set.of("engage", "involve", "participate", "join", "take");

    /** Nouns that name acts beside the lexicon's: what a state can investigate, ban or break up. */
    static final Set<String> ACT_NOUNS = Set.of("crime", "atrocity", "abuse", "violation",
            "activity", "rally", "demonstration", "gathering", "campaign", "march", "killing", "massacre", "violence");

    /** Things a nationality qualifies that do not act: "the Cuban economy", "the Japanese yen", "Iranian oil exports". */
    static final Set<String> THINGS = Set.of("economy", "market", "currency", "price", "stock", "share", "bond", "index",
            "rate", "inflation", "output", "production", "export", "import", "surplus", "deficit", "growth", "budget", "sale",
            "demand", "supply", "debt", "yen", "dollar", "mark", "franc", "pound", "rouble", "ruble", "rial", "yuan", "euro",
            "oil", "crude", "gas", "grain", "wheat", "sugar", "coffee", "reserve", "earnings", "profit", "revenue", "loss");
}
