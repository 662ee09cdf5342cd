package org.entente.geo;

import java.util.List;

/**
 * A span of a sentence that names a place of the gazetteer.
 *
 * @param sentence   the sentence index
 * @param tokenStart first token (inclusive)
 * @param tokenEnd   last token (exclusive)
 * @param text       the words as written
 * @param places     the places the name can denote
 * @param placed     the words around it say something happened there ("in Tehran", "the Baku summit"), not
 *                   merely that the name is there ("Tehran rejected the offer": Tehran's government)
 * @param division   a division is meant ("the Kharkiv region")
 * @param qualifier  the state or division named right after it ("Paris, Texas"), or null
 */
public record PlaceMention(int sentence, int tokenStart, int tokenEnd, String text, List<Gazetteer.Named> places,
                           boolean placed, boolean division, String qualifier) {
    public PlaceMention {
        places = List.copyOf(places);
    }
}
