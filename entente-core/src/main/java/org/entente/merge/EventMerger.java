package org.entente.merge;

import org.entente.model.Event;
import org.entente.model.EventDate;

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
 * The merge stage: reports of the same happening become one event with many mentions.
 *
 * <p>Two reports are one happening when they name the same two states (direction ignored for mutual
 * acts: meetings, agreements, cooperation) and their dates are compatible at their grains (a day
 * inside the month another report gives). Then: the same CAMEO root on the same day is the same
 * happening outright; the same root otherwise (a month, a year) needs evidence sentences that read alike
 * ({@link #SAME_ROOT}); a neighbouring root (adjacent roots on the same side, cooperative or
 * conflictual: an agreement signed and the cooperation it starts) needs them to read much alike ({@link #NEIGHBOUR}). Undated reports are never
 * merged. Candidates are compared only within a block (the pair of states and the year), so
 * merging stays near-linear; sentences are embedded only when a candidate pair needs them.
 */
public final class EventMerger {
    /** Evidence similarity needed to merge reports with the same root but different date grains. */
    public static final double SAME_ROOT = 0.5;
    /** Evidence similarity needed to merge reports with neighbouring roots. */
    public static final double NEIGHBOUR = 0.7;

    private static final org.entente.events.CameoTable CAMEO = org.entente.events.CameoTable.standard();
    private final EvidenceSimilarity similarity;

    public EventMerger() {
        this(EvidenceSimilarity.miniLm());
    }

    public EventMerger(EvidenceSimilarity similarity) {
        this.similarity = similarity;
    }

    public List<MergedEvent> merge(List<Event> events) {
        Map<String, List<Event>> groups = new LinkedHashMap<>();
        int undated = 0;
        for (Event e : events) {
            String key = e.date().value() == null ? "undated#" + (undated++) + "#" + e.doc() + "#" + e.sentence()
                    : e.date().grain() == EventDate.Grain.DAY ? key(e)
                    : key(e) + "#" + e.doc() + "#" + e.sentence() + "#" + e.cameo();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<String> keys = new ArrayList<>(groups.keySet());
        List<Event> reps = new ArrayList<>(keys.size());
        for (String k : keys) reps.add(representative(groups.get(k)));
        int[] parent = new int[keys.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;

        Map<String, List<Integer>> blocks = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).startsWith("undated#")) continue;
            Event e = reps.get(i);
            blocks.computeIfAbsent(e.mergeBlock(), b -> new ArrayList<>()).add(i);
        }
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int i = block.get(x), j = block.get(y);
                    if (find(parent, i) != find(parent, j) && same(reps.get(i), reps.get(j))) {
                        parent[find(parent, j)] = find(parent, i);
                    }
                }
            }
        }

        Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) clusters.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        List<MergedEvent> out = new ArrayList<>(clusters.size());
        for (List<Integer> members : clusters.values()) {
            List<Event> ms = new ArrayList<>();
            String idKey = null;
            for (int i : members) {
                ms.addAll(groups.get(keys.get(i)));
                if (idKey == null || keys.get(i).compareTo(idKey) < 0) idKey = keys.get(i);
            }
            out.add(new MergedEvent(id(idKey, groups.get(idKey)), representative(ms), ms));
        }
        return out;
    }

    /** Whether two key groups' representatives report one happening (the same two states, one block). */
    private boolean same(Event a, Event b) {
        boolean mutual = CAMEO.root(a.root()).mutual() && CAMEO.root(b.root()).mutual();
        if (!mutual && !a.source().principal().equals(b.source().principal())) return false;
        if (a.date().lastDay().isBefore(b.date().firstDay()) || b.date().lastDay().isBefore(a.date().firstDay())) return false;
        if (a.root().equals(b.root())) return similarity.of(a, b) >= SAME_ROOT;
        return neighbours(a, b) && similarity.of(a, b) >= NEIGHBOUR;
    }

    private static boolean neighbours(Event a, Event b) {
        boolean cooperative = a.quadClass() <= 2;
        return cooperative == (b.quadClass() <= 2) && Math.abs(Integer.parseInt(a.root()) - Integer.parseInt(b.root())) == 1;
    }

    private static Event representative(List<Event> ms) {
        return ms.stream().max(Comparator.comparingDouble(Event::confidence)).orElseThrow();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The happening's key: actors' states, root, date at its grain. */
    static String key(Event e) {
        String a = e.source().principal();
        String b = e.target() == null ? "-" : e.target().principal();
        if (CAMEO.root(e.root()).mutual() && a.compareTo(b) > 0) {
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
