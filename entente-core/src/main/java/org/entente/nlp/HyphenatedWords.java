package org.entente.nlp;

import org.entente.model.Token;

import java.util.List;
import java.util.Locale;

/**
 * A word written with a hyphen that the tokenizer split ("cease-fire" as "cease", "-", "fire"):
 * its last part takes the whole word as its lemma ("cease-fire"), so the lexicon finds the word that
 * was written, not its last part ("fire"). Only a lower-case first part joins: "Iranian-backed" is
 * a name and a verb, not one word.
 */
final class HyphenatedWords {
    private HyphenatedWords() {
    }

    /** Rewrites the lemmas of {@code tokens} in place. */
    static void join(List<Token> tokens) {
        for (int i = 2; i < tokens.size(); i++) {
            Token first = tokens.get(i - 2), hyphen = tokens.get(i - 1), last = tokens.get(i);
            if (!hyphen.word().equals("-") || first.end() != hyphen.begin() || hyphen.end() != last.begin()) continue;
            if (!first.word().chars().allMatch(c -> c >= 'a' && c <= 'z') || !Character.isLetter(last.word().charAt(0))) continue;
            tokens.set(i, new Token(last.index(), last.word(), first.word() + "-" + last.lemma().toLowerCase(Locale.ROOT),
                    last.pos(), last.begin(), last.end()));
        }
    }
}
