package org.entente.model;

/**
 * How an actor mention was recognised, typed, so that later stages ask its kind instead of
 * searching a string. Written out as one string, the {@code entry} field of a mention in JSON
 * ("/entente/kb/people.tsv:812", "title:president", "focus:police", "ref:pronoun->Rouhani").
 *
 * @param kind   what made the mention
 * @param source the knowledge file and line ("file:line") for a named or agent entry, the rule's name for a rule, else null
 * @param key    the agent word (title holder, focus), the antecedent's text (pronoun), else null
 * @param listed the mention's sector was given by a list it stands in ("Russian, Iranian and Turkish ministers")
 */
public record MentionOrigin(Kind kind, String source, String key, boolean listed) {
    public enum Kind {
        /** A name of the knowledge base: a person or an institution. */
        NAMED,
        /** A state's name, its capital, its nationality, or a place that stands for it ("shelling in Aleppo"). */
        STATE,
        /** An agent word with its state ("Iranian police", "Russia's foreign minister"). */
        AGENT,
        /** A bare title standing for the person last named with it ("the president"). */
        TITLE_HOLDER,
        /** A bare agent given the state the article is about ("the government"). */
        FOCUS,
        /**
         * A bare agent no state is named or implied for ("Teachers went on strike", "Mayor Dayton
         * King"): its sector alone is its code, as GDELT codes an actor of unknown country.
         */
        STATELESS,
        /** A pronoun standing for an earlier mention. */
        PRONOUN,
        /** A quotation's "I" or "we", standing for the speaker the sentence names ("“We will respond,” the minister said"). */
        SPEAKER,
        /** A surname standing for the person named in full earlier in the article ("Bashir" after "Omar al-Bashir"). */
        SURNAME,
        /** "The two countries": the pair named before. */
        PAIR,
        /** A rule of the coder that names an actor the text implies. */
        RULE
    }

    public static MentionOrigin named(String fileLine) {
        return new MentionOrigin(Kind.NAMED, fileLine, null, false);
    }

    public static MentionOrigin state(String fileLine) {
        return new MentionOrigin(Kind.STATE, fileLine, null, false);
    }

    public static MentionOrigin agent(String fileLine) {
        return new MentionOrigin(Kind.AGENT, fileLine, null, false);
    }

    public static MentionOrigin of(Kind kind, String key) {
        return new MentionOrigin(kind, null, key, false);
    }

    public static MentionOrigin rule(String name) {
        return new MentionOrigin(Kind.RULE, name, null, false);
    }

    public MentionOrigin asListed() {
        return new MentionOrigin(kind, source, key, true);
    }

    /** The written form. */
    @Override
    public String toString() {
        String s = switch (kind) {
            case NAMED, STATE, AGENT -> source;
            case TITLE_HOLDER -> "title:" + key;
            case FOCUS -> "focus:" + key;
            case STATELESS -> "stateless:" + key;
            case PRONOUN -> "ref:pronoun->" + key;
            case SPEAKER -> "ref:speaker->" + key;
            case SURNAME -> "ref:surname->" + key;
            case PAIR -> "ref:pair";
            case RULE -> "rule:" + source;
        };
        return listed ? s + "+list" : s;
    }
}
