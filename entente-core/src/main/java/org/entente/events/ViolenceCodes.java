package org.entente.events;

import org.entente.data.TsvFile;
import org.entente.model.ActorRef;
import org.entente.model.Event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CAMEO's two roots of violence told apart by who acts on whom: 19 is conventional military
 * force, 18 unconventional violence, such as killings, abductions and bombings by armed groups or
 * gangs against civilians or against no one named. PLOVER has one type for both, so a verb or a
 * judge that says "killed" cannot choose; the sides can. An armed group's violence against
 * people who are not an armed side is 18; a killing between armed sides (troops and rebels) is 19;
 * a state's forces may otherwise use either (the codebook's own examples of 18 include troops), so
 * their other events pass unchanged, as do all others. The sides and
 * the trigger words are data ({@code lexicon/unconventional.tsv}), loaded once per JVM.
 */
final class ViolenceCodes {
    private final Set<String> irregular;
    private final Set<String> unarmed;
    private final Set<String> regular;
    /** Codes of root 18 that between armed sides are conventional force (190). */
    private final Set<String> conventional;
    /** Unconventional codes in order, each with the word beginnings of its triggers. */
    private final Map<String, List<String>> codes;

    private ViolenceCodes(Set<String> irregular, Set<String> unarmed, Set<String> regular, Set<String> conventional,
                          Map<String, List<String>> codes) {
        this.irregular = irregular;
        this.unarmed = unarmed;
        this.regular = regular;
        this.conventional = conventional;
        this.codes = codes;
    }

    private static final CameoTable CAMEO = CameoTable.standard();

    private static final class Holder {
        static final ViolenceCodes STANDARD = load();
    }

    /** The sides and trigger words of {@code lexicon/unconventional.tsv}, loaded once per JVM. */
    private static ViolenceCodes load() {
        Set<String> irregular = Set.of(), unarmed = Set.of(), regular = Set.of(), conventional = Set.of();
        Map<String, List<String>> codes = new LinkedHashMap<>();
        for (TsvFile.Line l : TsvFile.resource("/entente/lexicon/unconventional.tsv", 2)) {
            List<String> values = List.of(l.col(1).split("\\|"));
            switch (l.col(0)) {
                case "irregular" -> irregular = Set.copyOf(values);
                case "unarmed" -> unarmed = Set.copyOf(values);
                case "regular" -> regular = Set.copyOf(values);
                case "conventional" -> conventional = Set.copyOf(values);
                default -> {
                    if (CAMEO.get(l.col(0)) == null || !l.col(0).startsWith("18")) throw l.error("not a CAMEO code of root 18: " + l.col(0));
                    codes.put(l.col(0), values);
                }
            }
        }
        return new ViolenceCodes(irregular, unarmed, regular, conventional, codes);
    }

    static List<Event> apply(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) out.add(recode(e));
        return out;
    }

    /** The event with root 18 where an irregular group used force on people who are no armed side, else as it was. */
    static Event recode(Event e) {
        return Holder.STANDARD.sided(e);
    }

    private Event sided(Event e) {
        if (conventional.contains(e.cameo()) && e.target() != null && armed(sector(e.source())) && armed(sector(e.target()))) {
            return as(e, CAMEO.get("190"));
        }
        if (!e.root().equals("19") || !irregular.contains(sector(e.source())) || !(e.target() == null || unarmed.contains(sector(e.target())))) return e;
        CameoTable.Code c = CAMEO.get(unconventional(e));
        return c == null ? e : as(e, c);
    }

    /** The event recoded to {@code c}, its confidence and provenance kept. */
    private static Event as(Event e, CameoTable.Code c) {
        return e.recoded(c.code(), c.root(), c.quadClass(), c.goldstein(), CAMEO.plover(c.code()), e.confidence(), e.provenance());
    }

    /** The unconventional code the trigger names: killing, abduction, bombing, else unspecified. */
    private String unconventional(Event e) {
        String text = e.trigger() == null || e.trigger().text() == null ? "" : e.trigger().text().toLowerCase(Locale.ROOT);
        String[] words = text.split("[^\\p{L}]+");
        for (Map.Entry<String, List<String>> c : codes.entrySet()) {
            for (String word : words) {
                for (String begin : c.getValue()) if (!word.isEmpty() && word.startsWith(begin)) return c.getKey();
            }
        }
        return "180";
    }

    private boolean armed(String sector) {
        return irregular.contains(sector) || regular.contains(sector);
    }

    /** The side's sector; {@code STATE} for a state named as such (often a place acted on: "attacked a train in Pakistan"). */
    private static String sector(ActorRef a) {
        if (a == null) return "";
        if (a.sector() == null) return a.country() != null && a.code() != null && a.code().equals(a.country()) ? "STATE" : "";
        return a.sector();
    }
}
