package org.entente.nlp;

import org.entente.model.Dependency;
import org.entente.model.Sentence;
import org.entente.model.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A progressive verb the tagger took for an adjective, given back its verb reading by the parse. */
class ProgressiveVerbsTest {
    private static Sentence sentence(String pos, boolean withObject) {
        List<Token> t = List.of(new Token(0, "Troops", "troops", "NNS", 0, 6), new Token(1, "are", "be", "VBP", 7, 10),
                new Token(2, "striking", "striking", pos, 11, 19), new Token(3, "targets", "target", "NNS", 20, 27));
        List<Dependency> d = List.of(new Dependency(2, 0, "nsubj"), new Dependency(2, 1, "aux"), new Dependency(-1, 2, "root"),
                new Dependency(2, 3, withObject ? "obj" : "dep"));
        return new Sentence(0, 0, 0, 27, "Troops are striking targets", t, d);
    }

    @Test
    void anAdjectiveWithAnObjectAndBeIsAVerb() {
        Token striking = ProgressiveVerbs.retag(sentence("JJ", true)).tokens().get(2);
        assertEquals("VBG", striking.pos());
        assertEquals("strike", striking.lemma());
    }

    @Test
    void withoutAnObjectItStaysAsTagged() {
        assertEquals("JJ", ProgressiveVerbs.retag(sentence("JJ", false)).tokens().get(2).pos()); // "the results are striking"
    }
}
