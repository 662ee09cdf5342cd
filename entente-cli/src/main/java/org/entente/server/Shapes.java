package org.entente.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.json.Json;
import org.entente.model.Event;
import org.entente.store.Changes;
import org.entente.store.EventFilter;
import org.entente.store.StoreReader;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The API's JSON and CSV shapes. Ids are strings: JavaScript loses digits of integers above 2^53. */
final class Shapes {
    static final String CSV_HEADER = "id,date,date_grain,source,source_code,target,target_code,cameo,root,quad_class,goldstein,"
            + "plover,mentions,sources,confidence,location,location_country,evidence";

    private Shapes() {
    }

    static ObjectNode dyads(List<StoreReader.DyadRow> rows) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        ArrayNode a = n.putArray("dyads");
        for (StoreReader.DyadRow r : rows) {
            ObjectNode d = a.addObject();
            d.put("dyad", r.dyad());
            d.put("events", r.events());
            d.put("reports", r.reports());
            d.put("first", r.first());
            d.put("last", r.last());
            d.put("goldstein", round(r.goldstein()));
        }
        return n;
    }

    static ObjectNode timeline(EventFilter f, String grain, List<StoreReader.Period> periods) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("dyad", f.dyad());
        n.put("grain", grain);
        ArrayNode a = n.putArray("periods");
        for (StoreReader.Period p : periods) {
            ObjectNode o = a.addObject();
            o.put("period", p.period());
            for (int q = 0; q < 4; q++) o.put("quad" + (q + 1), p.quad()[q]);
            o.put("goldstein", round(p.goldstein()));
            o.put("events", p.events());
        }
        return n;
    }

    static ObjectNode event(StoreReader.Row r) {
        ObjectNode n = Json.event(r.event());
        n.put("id", Long.toString(r.id()));
        n.put("mentions", r.mentions());
        n.put("sources", r.sources());
        return n;
    }

    static ObjectNode page(StoreReader.Page p) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("total", p.total());
        ArrayNode a = n.putArray("events");
        for (StoreReader.Row r : p.rows()) a.add(event(r));
        return n;
    }

    /** The merged event (its representative report) with every report and its document. */
    static ObjectNode detail(long id, List<StoreReader.Report> reports) {
        Set<String> docs = new LinkedHashSet<>();
        for (StoreReader.Report r : reports) docs.add(r.event().doc());
        ObjectNode n = event(new StoreReader.Row(id, reports.get(0).event(), reports.size(), docs.size()));
        ArrayNode a = n.putArray("reports");
        for (StoreReader.Report r : reports) {
            Event e = r.event();
            ObjectNode o = Json.event(e);
            o.put("title", r.title());
            o.put("outlet", r.outlet());
            o.put("url", r.url());
            o.put("published", r.published());
            a.add(o);
        }
        return n;
    }

    static ObjectNode places(List<StoreReader.PlaceCount> places) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        ArrayNode a = n.putArray("places");
        for (StoreReader.PlaceCount p : places) {
            a.addObject().put("name", p.name()).put("country", p.country()).put("lat", p.lat()).put("lon", p.lon())
                    .put("events", p.events()).put("goldstein", round(p.goldstein()));
        }
        return n;
    }

    static ObjectNode network(List<StoreReader.Edge> edges) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        Map<String, Long> nodes = new HashMap<>();
        ArrayNode e = n.putArray("edges");
        for (StoreReader.Edge x : edges) {
            ObjectNode o = e.addObject();
            o.put("source", x.source());
            o.put("target", x.target());
            o.put("events", x.events());
            o.put("goldstein", round(x.goldstein()));
            nodes.merge(x.source(), x.events(), Long::sum);
            nodes.merge(x.target(), x.events(), Long::sum);
        }
        ArrayNode a = n.putArray("nodes");
        nodes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(x -> a.addObject().put("id", x.getKey()).put("events", x.getValue()));
        return n;
    }

    static ObjectNode changes(List<Changes.Change> changes) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        ArrayNode a = n.putArray("changes");
        for (Changes.Change c : changes) {
            ObjectNode o = a.addObject();
            o.put("kind", c.kind());
            o.put("key", c.key());
            o.put("period", c.period());
            o.put("events", c.events());
            o.put("conflictShare", round(c.conflictShare()));
            o.put("goldstein", round(c.goldstein()));
            o.put("baselineEvents", c.baselineEvents());
            o.put("baselineConflictShare", round(c.baselineConflictShare()));
            o.put("baselineGoldstein", round(c.baselineGoldstein()));
            o.put("move", round(c.move()));
        }
        return n;
    }

    static String csv(StoreReader.Row r) {
        Event e = r.event();
        return String.join(",", Long.toString(r.id()), cell(e.date().value()), e.date().grain().json(), cell(e.source().text()),
                cell(e.source().code()), cell(e.target() == null ? null : e.target().text()), cell(e.target() == null ? null : e.target().code()),
                e.cameo(), e.root(), Integer.toString(e.quadClass()), Double.toString(e.goldstein()), cell(e.plover()),
                Integer.toString(r.mentions()), Integer.toString(r.sources()), Double.toString(e.confidence()),
                cell(e.location() == null ? null : e.location().name()), cell(e.location() == null ? null : e.location().country()),
                cell(e.evidence().text()));
    }

    /** A CSV cell: quoted, quotes doubled; a leading =, +, - or @ is escaped so no spreadsheet runs it as a formula. */
    private static String cell(String v) {
        if (v == null) return "";
        String s = v.replace("\r", " ").replace("\n", " ");
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static double round(double v) {
        return Double.isNaN(v) ? 0 : Math.round(v * 100) / 100.0;
    }
}
