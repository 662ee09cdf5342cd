package org.entente.nlp;

import edu.stanford.nlp.process.Morphology;
import org.entente.model.Dependency;
import org.entente.model.Sentence;
import org.entente.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A progressive verb the tagger read as an adjective or noun ("the IDF is striking targets",
 * tagged JJ with lemma "striking") while the parser gave it an object and "be" as auxiliary: the
 * parse shows it is a verb, so it is retagged VBG with the verb's lemma ("strike").
 */
final class ProgressiveVerbs {
    private ProgressiveVerbs() {
    }

    static Sentence retag(Sentence s) {
        List<Token> tokens = null;
        for (Token t : s.tokens()) {
            if (!(t.pos().startsWith("JJ") || t.pos().equals("NN")) || !t.word().toLowerCase(java.util.Locale.ROOT).endsWith("ing")) continue;
            boolean object = false, be = false;
            for (Dependency d : s.children(t.index())) {
                if (d.relation().equals("obj")) object = true;
                if (d.relation().equals("aux") && s.tokens().get(d.dependent()).lemma().equalsIgnoreCase("be")) be = true;
            }
            if (!object || !be) continue;
            if (tokens == null) tokens = new ArrayList<>(s.tokens());
            tokens.set(t.index(), new Token(t.index(), t.word(), Morphology.lemmaStatic(t.word(), "VBG", true), "VBG", t.begin(), t.end()));
        }
        return tokens == null ? s : new Sentence(s.index(), s.paragraph(), s.begin(), s.end(), s.text(), tokens, s.dependencies());
    }
}
