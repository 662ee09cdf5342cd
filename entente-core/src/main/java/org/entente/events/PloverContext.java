package org.entente.events;

import org.entente.data.TsvFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * PLOVER contexts (what an event is about: military, economic, legal, ...) read off the words of
 * its evidence sentence, from {@code entente/lexicon/contexts.tsv}. A sentence may show several;
 * none is a valid answer. Loaded once per JVM.
 */
public final class PloverContext {
    private static final String RESOURCE = "/entente/lexicon/contexts.tsv";
    private final Map<String, List<String[]>> cuesByFirstWord = new HashMap<>();
    private final List<String> order = new ArrayList<>();

    private static final class Holder {
        static final PloverContext STANDARD = new PloverContext(TsvFile.resource(RESOURCE, 2));
    }

    public static PloverContext standard() {
        return Holder.STANDARD;
    }

    PloverContext(List<TsvFile.Line> lines) {
        for (TsvFile.Line l : lines) {
            String context = l.col(0);
            if (!context.matches("[a-z_]+")) throw l.error("a context is a lower-case name: " + context);
            order.add(context);
            for (String cue : l.col(1).split("\\|")) {
                String[] words = cue.trim().toLowerCase(Locale.ROOT).split("_");
                if (words[0].isEmpty()) throw l.error("empty cue");
                String[] entry = new String[words.length + 1];
                entry[0] = context;
                System.arraycopy(words, 0, entry, 1, words.length);
                cuesByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(entry);
            }
        }
    }

    /** The contexts a sentence shows, in the file's order. */
    public List<String> of(String sentence) {
        if (sentence == null || sentence.isEmpty()) return List.of();
        String[] words = sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+");
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            for (String[] cue : cuesByFirstWord.getOrDefault(words[i], List.of())) {
                if (matchesAt(words, i, cue)) found.add(cue[0]);
            }
        }
        List<String> out = new ArrayList<>();
        for (String c : order) if (found.contains(c) && !out.contains(c)) out.add(c);
        return out;
    }

    private static boolean matchesAt(String[] words, int i, String[] cue) {
        if (i + cue.length - 1 > words.length) return false;
        for (int k = 1; k < cue.length; k++) if (!words[i + k - 1].equals(cue[k])) return false;
        return true;
    }
}
