package org.entente.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.model.ActorRef;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Evidence;
import org.entente.model.Location;
import org.entente.model.Provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An event read back from its contract JSON ({@link Json#event}): what a later step (Spark's merge) works on. */
public final class EventJson {
    private EventJson() {
    }

    public static Event read(JsonNode n) {
        List<String> contexts = new ArrayList<>();
        n.path("ploverContext").forEach(c -> contexts.add(c.asText()));
        EventDate date = new EventDate(text(n, "date"), EventDate.Grain.valueOf(n.path("dateGrain").asText("unknown").toUpperCase(Locale.ROOT)),
                n.path("dateInferred").asBoolean(false), text(n, "dateRule"));
        return new Event(n.path("doc").asText(), n.path("sentence").asInt(), actor(n.get("source")), actor(n.get("target")),
                n.path("cameo").asText(), n.path("root").asText(), n.path("quadClass").asInt(), n.path("goldstein").asDouble(),
                text(n, "plover"), date, span(n.get("evidence")), span(n.get("trigger")), n.path("confidence").asDouble(),
                Provenance.parse(text(n, "rule")), n.path("negated").asBoolean(false), text(n, "ploverMode"), contexts,
                location(n.get("location")));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static ActorRef actor(JsonNode a) {
        if (a == null || a.isNull()) return null;
        return new ActorRef(text(a, "text"), text(a, "code"), text(a, "country"), text(a, "sector"), null);
    }

    private static Evidence span(JsonNode s) {
        if (s == null || s.isNull()) return null;
        return new Evidence(text(s, "text"), s.path("start").asInt(), s.path("end").asInt());
    }

    private static Location location(JsonNode l) {
        if (l == null || l.isNull()) return null;
        JsonNode id = l.get("geonameId");
        return new Location(text(l, "name"), text(l, "country"), text(l, "adm1"), text(l, "adm1Code"), l.path("lat").asDouble(),
                l.path("lon").asDouble(), id == null || id.isNull() ? null : id.asLong(), text(l, "grain"), text(l, "how"));
    }
}
