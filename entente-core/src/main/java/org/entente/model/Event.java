package org.entente.model;

/**
 * One coded event: who did what to whom, when, with the sentence that says so.
 *
 * @param doc        the document id
 * @param sentence   the sentence index within the article
 * @param source     the actor who acts
 * @param target     the actor acted on, or null
 * @param cameo      the most specific CAMEO code found
 * @param root       its two-digit root
 * @param quadClass  1..4
 * @param goldstein  the Goldstein weight of {@code cameo}
 * @param plover     the PLOVER event type, or null where CAMEO has none (root 01)
 * @param date       when it happened
 * @param evidence   the sentence and its offsets in the clean text
 * @param trigger    the words that express the act, with offsets
 * @param confidence 0..1
 * @param provenance the lexicon entry or rule that fired, and the model that decided ({@link #rule()} writes it out)
 * @param negated    true when the sentence says it did not happen (kept out of default output)
 * @param ploverMode how the act was done where the CAMEO code says ("visit", "arrest"), or null
 * @param ploverContext the PLOVER contexts the evidence speaks of ("military", "legal"); empty when none
 * @param location   where it happened, as the text gives it, or null
 */
public record Event(String doc, int sentence, ActorRef source, ActorRef target,
                    String cameo, String root, int quadClass, double goldstein, String plover,
                    EventDate date, Evidence evidence, Evidence trigger, double confidence, Provenance provenance,
                    boolean negated, String ploverMode, java.util.List<String> ploverContext,
                    Location location) {
    public Event {
        ploverContext = ploverContext == null ? java.util.List.of() : java.util.List.copyOf(ploverContext);
    }

    /** An event as a coder first makes it: PLOVER mode and context are added by the events stage. */
    public Event(String doc, int sentence, ActorRef source, ActorRef target, String cameo, String root, int quadClass,
                 double goldstein, String plover, EventDate date, Evidence evidence, Evidence trigger, double confidence,
                 Provenance provenance, boolean negated) {
        this(doc, sentence, source, target, cameo, root, quadClass, goldstein, plover, date, evidence, trigger, confidence,
                provenance, negated, null, java.util.List.of(), null);
    }

    /** An event with its provenance in written form ("file:line +intent"), as a store holds it. */
    public Event(String doc, int sentence, ActorRef source, ActorRef target, String cameo, String root, int quadClass,
                 double goldstein, String plover, EventDate date, Evidence evidence, Evidence trigger, double confidence,
                 String rule, boolean negated) {
        this(doc, sentence, source, target, cameo, root, quadClass, goldstein, plover, date, evidence, trigger, confidence,
                Provenance.parse(rule), negated, null, java.util.List.of(), null);
    }

    /** The provenance written out: the contract's {@code rule} field. */
    public String rule() {
        return provenance.toString();
    }

    public Event withDate(EventDate d) {
        return new Event(doc, sentence, source, target, cameo, root, quadClass, goldstein, plover,
                d, evidence, trigger, confidence, provenance, negated, ploverMode, ploverContext, location);
    }

    public Event withActors(ActorRef s, ActorRef t) {
        return new Event(doc, sentence, s, t, cameo, root, quadClass, goldstein, plover,
                date, evidence, trigger, confidence, provenance, negated, ploverMode, ploverContext, location);
    }

    /** The same report under another code (a judge's verdict), with its confidence and provenance. */
    public Event recoded(String code, String codeRoot, int quad, double weight, String type, double conf, Provenance why) {
        return new Event(doc, sentence, source, target, code, codeRoot, quad, weight, type,
                date, evidence, trigger, conf, why, negated, null, ploverContext, location);
    }

    /** The same event with its PLOVER mode and contexts. */
    public Event withPlover(String mode, java.util.List<String> contexts) {
        return new Event(doc, sentence, source, target, cameo, root, quadClass, goldstein, plover,
                date, evidence, trigger, confidence, provenance, negated, mode, contexts, location);
    }

    /** The same event, placed where the text says it happened (null: nowhere it says). */
    public Event withLocation(Location where) {
        return new Event(doc, sentence, source, target, cameo, root, quadClass, goldstein, plover,
                date, evidence, trigger, confidence, provenance, negated, ploverMode, ploverContext, where);
    }

    /**
     * The block the merge compares this report within: its dyad and year ("IRN-RUS|2019"); an
     * undated report is a block of its own ("u|doc|sentence"), and a negated one is never merged (null).
     */
    public String mergeBlock() {
        if (negated) return null;
        if (date.value() == null) return "u|" + doc + "|" + sentence;
        return dyad() + "|" + date.value().substring(0, 4);
    }

    /** "IRN-RUS": the two principals in alphabetical order, or the source's alone. */
    public String dyad() {
        String b = target == null ? null : target.principal();
        return b == null ? source.principal() : dyad(source.principal(), b);
    }

    /** The dyad of two sides as the store keys it: in alphabetical order ("RUS", "IRN" is "IRN-RUS"). */
    public static String dyad(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }
}
