package org.entente.actors;

import org.entente.model.ActorMention;
import org.entente.model.MentionOrigin;
import org.entente.model.Sentence;
import org.entente.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "“We urge the authorities to act,” the minister said": in a quotation, "I" and "we" are its
 * speaker, the actor the sentence names as subject of its reporting verb ("X said", "said X",
 * "he told reporters", a pronoun already resolved). A sentence with no quotation mark or no
 * named speaker leaves them alone.
 */
final class Speakers {
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our");
    private static final Set<String> REPORTING = Set.of("say", "tell", "add", "state", "write", "insist", "stress");
    /** Reporting verbs whose speaker may follow them ("said the minister"); after "told" stands the one told. */
    private static final Set<String> INVERTED = Set.of("say", "add", "write");
    private static final double CERTAINTY = 0.6;

    private Speakers() {
    }

    /** {@code mentions} (this sentence's, in order) with the quotation's "I" and "we" added as its speaker. */
    static List<ActorMention> resolve(Sentence s, List<ActorMention> mentions) {
        if (!quoted(s.text())) return mentions;
        ActorMention speaker = null;
        List<ActorMention> out = null;
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!FIRST_PERSON.contains(t.get(i).word().toLowerCase(Locale.ROOT)) || !t.get(i).pos().startsWith("PRP")
                    || DictionaryRecognizer.covered(mentions, i)) continue;
            if (speaker == null) speaker = speaker(t, mentions);
            if (speaker == null) return mentions;
            if (out == null) out = new ArrayList<>(mentions);
            out.add(DictionaryRecognizer.mention(s, i, i + 1, speaker.actor(), MentionOrigin.of(MentionOrigin.Kind.SPEAKER, speaker.name()),
                    speaker.person(), CERTAINTY));
        }
        if (out == null) return mentions;
        out.sort((a, b) -> Integer.compare(a.tokenStart(), b.tokenStart()));
        return out;
    }

    private static boolean quoted(String text) {
        return text.indexOf('“') >= 0 || text.indexOf('”') >= 0 || text.indexOf('"') >= 0;
    }

    /** The actor named just before or just after a reporting verb ("the minister said", "said the minister"), or null. */
    private static ActorMention speaker(List<Token> t, List<ActorMention> mentions) {
        for (int v = 0; v < t.size(); v++) {
            String lemma = t.get(v).lemma().toLowerCase(Locale.ROOT);
            if (!t.get(v).pos().startsWith("VB") || !REPORTING.contains(lemma)) continue;
            boolean inverted = INVERTED.contains(lemma);
            for (ActorMention m : mentions) {
                if (m.actors().size() != 1) continue;
                if (m.tokenEnd() == v || inverted && (m.tokenStart() == v + 1
                        || m.tokenStart() == v + 2 && t.get(v + 1).word().equalsIgnoreCase("the"))) return m;
            }
        }
        return null;
    }
}
