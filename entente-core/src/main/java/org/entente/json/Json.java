package org.entente.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.model.ActorMention;
import org.entente.model.ActorRef;
import org.entente.model.Article;
import org.entente.model.Event;


/** The JSON shapes of ../shared/CONTRACT.md: events, extracted articles, actor mentions. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static String line(ObjectNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An event in the contract's field order, with our provenance fields after them. */
    public static ObjectNode event(Event e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("doc", e.doc());
        n.put("sentence", e.sentence());
        n.set("source", actor(e.source()));
        n.set("target", actor(e.target()));
        n.put("cameo", e.cameo());
        n.put("root", e.root());
        n.put("quadClass", e.quadClass());
        n.put("goldstein", e.goldstein());
        n.put("plover", e.plover());
        if (e.ploverMode() != null) n.put("ploverMode", e.ploverMode());
        if (!e.ploverContext().isEmpty()) {
            var arr = n.putArray("ploverContext");
            for (String c : e.ploverContext()) arr.add(c);
        }
        n.put("date", e.date().value());
        n.put("dateGrain", e.date().grain().json());
        if (e.location() != null) n.set("location", location(e.location()));
        if (e.date().inferred()) n.put("dateInferred", true);
        ObjectNode ev = n.putObject("evidence");
        ev.put("text", e.evidence().text());
        ev.put("start", e.evidence().start());
        ev.put("end", e.evidence().end());
        n.put("confidence", e.confidence());
        if (e.trigger() != null) {
            ObjectNode t = n.putObject("trigger");
            t.put("text", e.trigger().text());
            t.put("start", e.trigger().start());
            t.put("end", e.trigger().end());
        }
        n.put("rule", e.rule());
        n.put("dateRule", e.date().rule());
        if (e.negated()) n.put("negated", true);
        return n;
    }

    private static ObjectNode location(org.entente.model.Location l) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", l.name());
        n.put("country", l.country());
        n.put("adm1", l.adm1());
        if (l.adm1Code() != null) n.put("adm1Code", l.adm1Code());
        n.put("lat", l.lat());
        n.put("lon", l.lon());
        if (l.geonameId() != null) n.put("geonameId", l.geonameId());
        else n.putNull("geonameId");
        n.put("grain", l.grain());
        n.put("how", l.how());
        return n;
    }

    private static ObjectNode actor(ActorRef a) {
        if (a == null) return null;
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", a.text());
        n.put("code", a.code());
        n.put("country", a.country());
        n.put("sector", a.sector());
        return n;
    }

    public static ObjectNode article(Article a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("doc", a.docId());
        n.put("title", a.title());
        n.put("published", a.published() == null ? null : a.published().toString());
        n.put("author", a.author());
        n.put("outlet", a.outlet());
        n.put("language", a.language());
        n.put("text", a.text());
        if (a.inferredAfter() != null) {
            n.put("publishedAfter", a.inferredAfter().toString());
            n.put("publishedInferred", true);
        }
        if (a.dateline() != null) n.put("dateline", a.dateline());
        return n;
    }

    public static ObjectNode mention(String doc, ActorMention m, int actorIndex) {
        var a = m.actors().get(actorIndex);
        ObjectNode n = MAPPER.createObjectNode();
        n.put("doc", doc);
        n.put("text", m.text());
        n.put("start", m.start());
        n.put("end", m.end());
        n.put("code", a.code());
        n.put("country", a.country());
        n.put("sector", a.sector());
        n.put("sentence", m.sentence());
        n.put("entry", m.entry());
        return n;
    }
}
