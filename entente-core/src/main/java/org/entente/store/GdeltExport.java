package org.entente.store;

import org.entente.merge.MergedEvent;
import org.entente.model.ActorRef;
import org.entente.model.Event;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes merged events in the GDELT 2.0 layouts (tab-separated, no header, as GDELT's own
 * files): the 61-column event table, the 16-column mentions table, and a side file with what
 * GDELT has no column for (date grain, evidence, the rule that fired, PLOVER type). SQLDATE is
 * the event's own date (its first day when the grain is a month or year), not the report's.
 */
public final class GdeltExport {
    public static final String EVENTS = "entente.export.CSV";
    public static final String MENTIONS = "entente.mentions.CSV";
    public static final String EVIDENCE = "entente.evidence.tsv";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private GdeltExport() {
    }

    /** Writes the three files; returns how many merged events were left out for want of a date (GDELT rows need one). */
    public static int write(List<MergedEvent> merged, Map<String, DuckDbStore.DocumentInfo> docs, Path dir) throws IOException {
        int undated = 0;
        Files.createDirectories(dir);
        String added = LocalDateTime.now(ZoneOffset.UTC).format(STAMP);
        try (BufferedWriter ev = Files.newBufferedWriter(dir.resolve(EVENTS), StandardCharsets.UTF_8);
             BufferedWriter mn = Files.newBufferedWriter(dir.resolve(MENTIONS), StandardCharsets.UTF_8);
             BufferedWriter side = Files.newBufferedWriter(dir.resolve(EVIDENCE), StandardCharsets.UTF_8)) {
            side.write(String.join("\t", "GLOBALEVENTID", "Doc", "Sentence", "Date", "DateGrain", "DateInferred", "Plover",
                    "Rule", "Confidence", "Evidence"));
            side.newLine();
            for (MergedEvent m : merged) {
                Event e = m.event();
                if (e.date().value() == null) { // GDELT rows need a date
                    undated++;
                    continue;
                }
                line(ev, eventRow(m, docs, added));
                for (Event x : m.mentions()) {
                    line(mn, mentionRow(m.id(), x, docs.get(x.doc())));
                    line(side, List.of(Long.toString(m.id()), x.doc(), Integer.toString(x.sentence()), x.date().value(),
                            x.date().grain().json(), Boolean.toString(x.date().inferred()), nz(x.plover()), nz(x.rule()),
                            Double.toString(x.confidence()), x.evidence().text()));
                }
            }
        }
        return undated;
    }

    static List<String> eventRow(MergedEvent m, Map<String, DuckDbStore.DocumentInfo> docs, String added) {
        Event e = m.event();
        LocalDate d = e.date().firstDay();
        List<String> r = new ArrayList<>(61);
        r.add(Long.toString(m.id()));
        r.add(d.format(DateTimeFormatter.BASIC_ISO_DATE));
        r.add(String.format("%04d%02d", d.getYear(), d.getMonthValue()));
        r.add(Integer.toString(d.getYear()));
        r.add(String.format("%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0));
        actor(r, e.source());
        actor(r, e.target());
        r.add(e.sentence() == 0 ? "1" : "0");
        r.add(e.cameo());
        r.add(e.cameo().substring(0, Math.min(3, e.cameo().length())));
        r.add(e.root());
        r.add(Integer.toString(e.quadClass()));
        r.add(Double.toString(e.goldstein()));
        Set<String> outlets = new HashSet<>();
        for (Event x : m.mentions()) {
            DuckDbStore.DocumentInfo info = docs.get(x.doc());
            outlets.add(info == null || info.outlet() == null ? x.doc() : info.outlet());
        }
        r.add(Integer.toString(m.mentions().size()));
        r.add(Integer.toString(outlets.size()));
        r.add(Integer.toString(m.sources()));
        r.add("0");
        GdeltGeo.write(r, e, org.entente.geo.Gazetteer.standard()); // columns 36-59
        r.add(added);
        DuckDbStore.DocumentInfo info = docs.get(e.doc());
        r.add(info != null ? info.address() : e.doc());
        return r;
    }

    private static void actor(List<String> r, ActorRef a) {
        r.add(a == null ? "" : a.code());
        r.add(a == null || a.text() == null ? "" : a.text().toUpperCase().replace('\t', ' '));
        r.add(a == null || a.country() == null ? "" : a.code().substring(0, 3));
        for (int i = 0; i < 4; i++) r.add("");
        r.add(a == null || a.sector() == null ? (a != null && a.country() == null && a.code().length() >= 3 ? a.code().substring(0, 3) : "") : a.sector());
        r.add("");
        r.add("");
    }

    static List<String> mentionRow(long id, Event x, DuckDbStore.DocumentInfo info) {
        LocalDate d = x.date().firstDay();
        List<String> r = new ArrayList<>(16);
        r.add(Long.toString(id));
        r.add(d == null ? "" : d.format(DateTimeFormatter.BASIC_ISO_DATE) + "000000");
        r.add(info == null || info.published() == null ? "" : info.published().format(DateTimeFormatter.BASIC_ISO_DATE) + "000000");
        r.add("1");
        r.add(info == null || info.outlet() == null ? "" : info.outlet());
        r.add(info != null ? info.address() : x.doc());
        r.add(Integer.toString(x.sentence() + 1));
        r.add("-1");
        r.add("-1");
        r.add(x.trigger() == null ? "-1" : Integer.toString(x.trigger().start()));
        r.add("1");
        r.add(Long.toString(Math.round(x.confidence() * 100)));
        r.add(info == null ? "" : Integer.toString(info.length()));
        r.add("0");
        r.add("");
        r.add("");
        return r;
    }

    private static void line(BufferedWriter w, List<String> cols) throws IOException {
        for (int i = 0; i < cols.size(); i++) {
            if (i > 0) w.write('\t');
            w.write(cols.get(i).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        w.newLine();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
