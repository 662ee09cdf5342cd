package org.entente.merge;

import org.entente.model.Event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The merge stage: reports of the same happening become one event with many mentions. Two
 * reports are the same happening when they have the same two states (direction ignored for mutual
 * acts: meetings, agreements, cooperation), the same CAMEO root and the same date at its grain.
 * Undated reports are never merged: there is nothing to tell two of them apart. Grouping is by
 * key, so merging is linear in the number of events.
 */
public final class EventMerger {
    private static final Set<String> MUTUAL_ROOTS = Set.of("03", "04", "05", "06");

    public List<MergedEvent> merge(List<Event> events) {
        Map<String, List<Event>> groups = new LinkedHashMap<>();
        int undated = 0;
        for (Event e : events) {
            String key = e.date().value() == null ? "undated#" + (undated++) + "#" + e.doc() + "#" + e.sentence() : key(e);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<MergedEvent> out = new ArrayList<>(groups.size());
        for (Map.Entry<String, List<Event>> g : groups.entrySet()) {
            List<Event> ms = g.getValue();
            Event best = ms.stream().max(Comparator.comparingDouble(Event::confidence)).orElseThrow();
            out.add(new MergedEvent(id(g.getKey(), ms), best, ms));
        }
        return out;
    }

    /** The happening's key: actors' states, root, date at its grain. */
    static String key(Event e) {
        String a = e.source().principal();
        String b = e.target() == null ? "-" : e.target().principal();
        if (MUTUAL_ROOTS.contains(e.root()) && a.compareTo(b) > 0) {
            String t = a;
            a = b;
            b = t;
        }
        return a + "|" + b + "|" + e.root() + "|" + e.date().value();
    }

    private static long id(String key, List<Event> ms) {
        String basis = key.startsWith("undated#") ? ms.get(0).doc() + "#" + ms.get(0).sentence() + "#" + ms.get(0).cameo()
                + "#" + ms.get(0).source().code() + "#" + (ms.get(0).target() == null ? "" : ms.get(0).target().code()) : key;
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 7; i++) v = (v << 8) | (h[i] & 0xff);
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
