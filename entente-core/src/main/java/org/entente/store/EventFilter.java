package org.entente.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader of the store asks for: merged events of one dyad, in a date range, with an actor or
 * a state on either side, of a CAMEO root, PLOVER type or QuadClass, whose evidence contains some
 * words. Every field may be null (no condition). Turned into SQL with parameters, never with the
 * values spliced in.
 *
 * @param dyad      "IRN-RUS" (either order)
 * @param from      first date, a prefix of an ISO date ("2016", "2016-01", "2016-01-15")
 * @param to        last date, as {@code from}; an event dated within it is in
 * @param actor     an actor code on either side ("IRNGOV")
 * @param country   an ISO3 state on either side
 * @param root      a two-digit CAMEO root
 * @param plover    a PLOVER type
 * @param quadClass 1..4
 * @param q         words the evidence sentence contains (case ignored)
 */
public record EventFilter(String dyad, String from, String to, String actor, String country, String root, String plover,
                          Integer quadClass, String q) {
    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null, null, null);

    /** A condition and its parameters, to follow "WHERE". */
    public record Sql(String where, List<Object> params) {
    }

    public EventFilter withDyad(String d) {
        return new EventFilter(d, from, to, actor, country, root, plover, quadClass, q);
    }

    public Sql sql() {
        StringBuilder w = new StringBuilder("NOT negated");
        List<Object> p = new ArrayList<>();
        if (dyad != null) {
            w.append(" AND dyad = ?");
            p.add(normalDyad(dyad));
        }
        if (from != null) {
            w.append(" AND event_date IS NOT NULL AND substr(event_date, 1, ?) >= ?");
            p.add(from.length());
            p.add(from);
        }
        if (to != null) {
            w.append(" AND event_date IS NOT NULL AND substr(event_date, 1, ?) <= ?");
            p.add(to.length());
            p.add(to);
        }
        if (actor != null) {
            w.append(" AND (source_code = ? OR target_code = ?)");
            p.add(actor);
            p.add(actor);
        }
        if (country != null) {
            w.append(" AND (source_country = ? OR target_country = ?)");
            p.add(country);
            p.add(country);
        }
        if (root != null) {
            w.append(" AND root = ?");
            p.add(root);
        }
        if (plover != null) {
            w.append(" AND plover = ?");
            p.add(plover);
        }
        if (quadClass != null) {
            w.append(" AND quad_class = ?");
            p.add(quadClass);
        }
        if (q != null && !q.isBlank()) {
            w.append(" AND evidence_text ILIKE ? ESCAPE '\\'");
            p.add("%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new Sql(w.toString(), p);
    }

    /** "RUS-IRN" as the store writes it: "IRN-RUS". */
    static String normalDyad(String d) {
        String[] two = d.toUpperCase(java.util.Locale.ROOT).split("-", 2);
        if (two.length < 2) return two[0];
        return org.entente.model.Event.dyad(two[0], two[1]);
    }
}
