package org.entente.geo;

import org.entente.data.TsvFile;
import org.entente.model.ActorMention;
import org.entente.model.MentionOrigin;
import org.entente.model.Sentence;
import org.entente.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the place names of a sentence: the longest run of capitalised words that the gazetteer
 * knows, not part of a longer name ("Paris Agreement", "Moscow State University"), not a person or
 * institution the actor stage named, and not a possessive ("Tehran's decision"). Whether the words
 * around it place something there comes from {@code geo/cues.tsv}.
 */
public final class PlaceFinder {
    private static final Set<String> CONNECTORS = Set.of("of", "the", "de", "del", "al", "el", "on", "upon", "-", "la", "le", "and");
    private static final Set<String> POSSESSIVE = Set.of("'s", "'", "’s");
    private final Gazetteer gazetteer;
    private final Map<String, Set<String>> cues;

    public PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.cues = readCues();
    }

    /** The cues of {@code geo/cues.tsv}, by kind ("before", "direction", "generic", ...). */
    static Map<String, Set<String>> readCues() {
        Map<String, Set<String>> out = new HashMap<>();
        for (TsvFile.Line l : TsvFile.resource("/entente/geo/cues.tsv", 2)) {
            out.put(l.col(0), Set.of(l.col(1).split("\\|")));
        }
        return out;
    }

    private boolean cue(String kind, String word) {
        return cues.getOrDefault(kind, Set.of()).contains(word);
    }

    /** The place names of one sentence, in order; {@code actors} are the sentence's actor mentions. */
    public List<PlaceMention> find(Sentence s, List<ActorMention> actors) {
        List<Token> t = s.tokens();
        List<PlaceMention> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!capitalised(t.get(i).word()) || cue("not", t.get(i).word()) || namedPerson(actors, i)) continue;
            for (int len = Math.min(gazetteer.longestName() + 2, t.size() - i); len >= 1; len--) {
                int end = i + len;
                String last = t.get(end - 1).word();
                if (!(capitalised(last) || len > 1 && last.equals(Gazetteer.CAPITAL)) || !nameRun(t, i, end - 1)) continue;
                String text = text(s, i, end);
                List<Gazetteer.Named> places = gazetteer.places(text);
                if (places.isEmpty()) continue;
                PlaceMention m = partOfLongerName(t, i, end) ? null : mention(s, i, end, text, places);
                // an institution's name is a place only where the words around it place something there ("at the White House")
                if (m != null && (m.placed() || !namedInstitution(actors, i))) out.add(m);
                i = end - 1;
                break;
            }
        }
        return out;
    }

    private PlaceMention mention(Sentence s, int start, int end, String text, List<Gazetteer.Named> places) {
        List<Token> t = s.tokens();
        String after = end < t.size() ? t.get(end).word().toLowerCase(Locale.ROOT) : "";
        boolean division = cue("division", after);
        String qualifier = null;
        if (after.equals(",") && end + 1 < t.size() && capitalised(t.get(end + 1).word())) {
            int q = end + 1;
            while (q + 1 < t.size() && capitalised(t.get(q + 1).word())) q++;
            qualifier = text(s, end + 1, q + 1);
            if (gazetteer.places(qualifier).stream().noneMatch(n -> n.place().grain() != Place.Grain.CITY)) qualifier = null;
        }
        boolean state = places.stream().allMatch(n -> n.place().grain() == Place.Grain.COUNTRY);
        int b = start - 1;
        int owner = possessiveState(s, start);
        if (owner >= 0 && !state) {
            // "in Iraq's Anbar desert", "in Syria's Idlib province": the state qualifies the place, the cue stands before it
            if (qualifier == null) qualifier = text(s, owner, start - 1);
            b = owner - 1;
        }
        while (b >= 0 && (t.get(b).word().equalsIgnoreCase("the") || cue("direction", t.get(b).word().toLowerCase(Locale.ROOT)))) b--;
        String before = b >= 0 ? t.get(b).word().toLowerCase(Locale.ROOT) : "";
        String twoBefore = b > 0 ? t.get(b - 1).word().toLowerCase(Locale.ROOT) : "";
        boolean ofUnknownTown = before.equals(",") && qualifiesUnknownTown(s, b);
        if (ofUnknownTown) division = true;
        boolean compass = start > 0 && cue("compass", t.get(start - 1).word().toLowerCase(Locale.ROOT));
        boolean placed = cue(state ? "before-state" : "before", before) || (!state && cue("after", after)) || division
                || state && compass // "northeast Nigeria", "southern Lebanon": a part of the state, so a place
                || ofUnknownTown // "gathered in Charlevoix, Quebec": a town we lack, in the province of Quebec
                || ((before.equals("of") || before.equals(",")) && cue("of", twoBefore))
                || (before.equals("to") && cue("to", twoBefore));
        return new PlaceMention(s.index(), start, end, text, places, placed, division, qualifier);
    }

    /**
     * Whether the comma at {@code comma} follows a capitalised name of one or two words that a
     * place cue introduces ("in Charlevoix,"): the name after the comma then says where that town is.
     */
    private boolean qualifiesUnknownTown(Sentence s, int comma) {
        List<Token> t = s.tokens();
        for (int start = comma - 1; start >= Math.max(1, comma - 2); start--) {
            String w = t.get(start).word();
            if (!capitalised(w) || cue("not", w) || !t.get(start).pos().startsWith("NNP")) return false;
            if (cue("before", t.get(start - 1).word().toLowerCase(Locale.ROOT))) return gazetteer.places(text(s, start, comma)).isEmpty();
        }
        return false;
    }

    /** Where the state's name starts that "'s" joins to the place at {@code start} ("Iraq's Anbar"), or -1. */
    private int possessiveState(Sentence s, int start) {
        List<Token> t = s.tokens();
        if (start < 2 || !POSSESSIVE.contains(t.get(start - 1).word())) return -1;
        for (int from = Math.max(0, start - 4); from < start - 1; from++) {
            if (!nameRun(t, from, start - 2) || !capitalised(t.get(from).word())) continue;
            List<Gazetteer.Named> owner = gazetteer.places(text(s, from, start - 1));
            if (!owner.isEmpty() && owner.stream().allMatch(n -> n.place().grain() == Place.Grain.COUNTRY)) return from;
        }
        return -1;
    }

    /** A person the actor stage named covers the token ("Jackson" of "Andrew Jackson"). */
    private static boolean namedPerson(List<ActorMention> actors, int token) {
        for (ActorMention m : actors) if (m.covers(token) && m.person() != null) return true;
        return false;
    }

    private static boolean namedInstitution(List<ActorMention> actors, int token) {
        for (ActorMention m : actors) if (m.covers(token) && m.origin().kind() == MentionOrigin.Kind.NAMED) return true;
        return false;
    }

    /** Capitalised words, joined only by connectors ("Strait of Hormuz", "Rostov-on-Don"). */
    private static boolean nameRun(List<Token> t, int start, int end) {
        for (int k = start; k < end; k++) {
            String w = t.get(k).word();
            if (!capitalised(w) && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /** "Paris Agreement", "Moscow State University", "the Tehran Times", "Tehran's": not the place. */
    private boolean partOfLongerName(List<Token> t, int start, int end) {
        if (end < t.size()) {
            Token next = t.get(end);
            if (POSSESSIVE.contains(next.word())) return true;
            if (capitalised(next.word()) && next.pos().startsWith("NNP") && !cue("not", next.word())
                    && !cue("division", next.word().toLowerCase(Locale.ROOT))) return true; // "Kherson Oblast" is the division
        }
        return start > 0 && t.get(start - 1).pos().startsWith("NNP") && capitalised(t.get(start - 1).word())
                && !t.get(start - 1).word().endsWith(",");
    }

    /** A capitalised word ("Kharkiv"), or a short abbreviation ("U.S.", "UK"); not a word in capitals ("KYIV", "NATO"). */
    static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && (w.chars().anyMatch(Character::isLowerCase) || w.contains(".") || w.length() <= 3);
    }

    private static String text(Sentence s, int start, int end) {
        return s.text().substring(s.tokens().get(start).begin() - s.begin(), s.tokens().get(end - 1).end() - s.begin());
    }
}
