package org.entente.model;

/** One token of the clean text: {@code begin}/{@code end} are character offsets into it. */
public record Token(int index, String word, String lemma, String pos, int begin, int end) {
    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }
}
