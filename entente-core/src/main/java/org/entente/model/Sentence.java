package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of an article with its tokens and, when it was parsed, its dependencies.
 *
 * @param index        0-based sentence number within the article
 * @param paragraph    0-based paragraph number within the article
 * @param begin        character offset of the sentence in the clean text
 * @param end          end offset (exclusive)
 * @param text         the sentence text
 * @param tokens       the tokens
 * @param dependencies the basic UD dependencies, or an empty list when the sentence was not parsed
 */
public record Sentence(int index, int paragraph, int begin, int end, String text,
                       List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public boolean parsed() {
        return !dependencies.isEmpty();
    }

    public Sentence withDependencies(List<Dependency> deps) {
        return new Sentence(index, paragraph, begin, end, text, tokens, deps);
    }

    /** Dependents of a token, in token order. */
    public List<Dependency> children(int governor) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == governor) out.add(d);
        }
        return out;
    }

    /** The arc that governs a token, or null for the root or an unparsed sentence. */
    public Dependency head(int dependent) {
        for (Dependency d : dependencies) {
            if (d.dependent() == dependent) return d;
        }
        return null;
    }
}
