package org.entente.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What changed: for each state and each dyad, the latest period's share of conflict (QuadClass 3
 * and 4) and mean Goldstein against its own trailing baseline (the twelve periods before), ranked
 * by how far it moved, as ACLED's change levels do for conflict, here for cooperation as well.
 */
public final class Changes {
    static final int BASELINE = 12;

    /**
     * @param kind      "country" or "dyad"
     * @param key       "IRN" or "IRN-RUS"
     * @param period    the latest period
     * @param move      how far it moved: the change in conflict share plus a tenth of the change in mean Goldstein (absolute)
     */
    public record Change(String kind, String key, String period, long events, double conflictShare, double goldstein,
                         long baselineEvents, double baselineConflictShare, double baselineGoldstein, double move) {
    }

    private record Cell(long events, long conflict, double goldsteinSum) {
        Cell plus(Cell o) {
            return new Cell(events + o.events, conflict + o.conflict, goldsteinSum + o.goldsteinSum);
        }
    }

    private Changes() {
    }

    /** The changes of the latest {@code period} ("month" or "year"), largest first. */
    public static List<Change> of(StoreReader store, String period, int limit) {
        int n = period.equals("year") ? 4 : 7;
        String sums = "count(*), count(*) FILTER (WHERE quad_class >= 3), sum(goldstein)";
        String base = "FROM events WHERE representative AND NOT negated AND length(event_date) >= " + n;
        String sql = "SELECT 'dyad', dyad, substr(event_date, 1, " + n + ") p, " + sums + " " + base + " AND dyad LIKE '%-%' GROUP BY 2, 3 "
                + "UNION ALL SELECT 'country', c, p, " + sums.replace("quad_class", "q").replace("goldstein", "g")
                + " FROM (SELECT source_country c, substr(event_date, 1, " + n + ") p, quad_class q, goldstein g " + base
                + " AND source_country IS NOT NULL UNION ALL SELECT target_country, substr(event_date, 1, " + n + "), quad_class, goldstein "
                + base + " AND target_country IS NOT NULL AND target_country <> source_country) GROUP BY 2, 3";
        Map<String, TreeMap<String, Cell>> series = new LinkedHashMap<>();
        String latest = null;
        for (Object[] r : store.list(sql, List.of(), rs -> new Object[]{rs.getString(1) + "|" + rs.getString(2), rs.getString(3),
                new Cell(rs.getLong(4), rs.getLong(5), rs.getDouble(6))})) {
            String p = (String) r[1];
            series.computeIfAbsent((String) r[0], k -> new TreeMap<>()).put(p, (Cell) r[2]);
            if (latest == null || p.compareTo(latest) > 0) latest = p;
        }
        List<Change> out = new ArrayList<>();
        for (var e : series.entrySet()) {
            Cell now = e.getValue().get(latest);
            if (now == null) continue;
            Cell before = new Cell(0, 0, 0);
            for (Cell c : e.getValue().headMap(latest, false).descendingMap().values().stream().limit(BASELINE).toList()) before = before.plus(c);
            if (before.events == 0) continue;
            double share = (double) now.conflict / now.events, g = now.goldsteinSum / now.events;
            double baseShare = (double) before.conflict / before.events, baseG = before.goldsteinSum / before.events;
            String[] kindKey = e.getKey().split("\\|", 2);
            out.add(new Change(kindKey[0], kindKey[1], latest, now.events, share, g, before.events, baseShare, baseG,
                    Math.abs(share - baseShare) + Math.abs(g - baseG) / 10));
        }
        out.sort(Comparator.comparingDouble(Change::move).reversed().thenComparing(Change::key));
        return out.subList(0, Math.min(limit, out.size()));
    }
}
