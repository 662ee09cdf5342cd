package org.entente.events;

import org.entente.model.ActorRef;
import org.entente.model.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CAMEO's two roots of violence told apart by who acts on whom: 19 is conventional military
 * force, 18 unconventional violence, such as killings, abductions and bombings by armed groups or
 * gangs against civilians or against no one named. PLOVER has one type for both, so a verb or a
 * judge that says "killed" cannot choose; the sides can. An armed group's violence against
 * people who are not an armed side is 18; a state's forces may use either (the codebook's own
 * examples of 18 include troops), so their events pass unchanged, as do all others.
 */
final class ViolenceCodes {
    private ViolenceCodes() {
    }

    /** Armed groups outside a state's forces. */
    private static final Set<String> IRREGULAR = Set.of("REB", "UAF", "IMG", "CRM", "ISM", "RAD");
    /** People and bodies that are not armed sides. */
    private static final Set<String> UNARMED = Set.of("CVL", "REF", "MED", "EDU", "HLH", "REL", "LAB", "BUS", "AGR", "ELI", "NGO");

    private static final CameoTable CAMEO = CameoTable.standard();

    static List<Event> apply(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) out.add(recode(e));
        return out;
    }

    static Event recode(Event e) {
        if (!e.root().equals("19") || !irregular(e.source()) || !(e.target() == null || unarmed(e.target()))) return e;
        CameoTable.Code c = CAMEO.get(unconventional(e));
        if (c == null) return e;
        return e.recoded(c.code(), c.root(), c.quadClass(), c.goldstein(), CAMEO.plover(c.code()), e.confidence(), e.provenance());
    }

    /** The unconventional code the trigger names: killing, abduction, bombing, else unspecified. */
    private static String unconventional(Event e) {
        String w = e.trigger() == null || e.trigger().text() == null ? "" : e.trigger().text().toLowerCase(Locale.ROOT);
        if (w.matches(".*\\b(kill|shot|shoot|murder|execut|behead|stab|slain|slay).*")) return "1823";
        if (w.matches(".*\\b(abduct|kidnap|hostage|hijack|seiz).*")) return "181";
        if (w.matches(".*\\b(bomb|blast|explo).*")) return "183";
        return "180";
    }

    private static String sector(ActorRef a) {
        return a == null || a.sector() == null ? "" : a.sector();
    }

    private static boolean irregular(ActorRef a) {
        return IRREGULAR.contains(sector(a));
    }

    private static boolean unarmed(ActorRef a) {
        return UNARMED.contains(sector(a));
    }
}
