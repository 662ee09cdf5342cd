package org.entente.geo;

import org.entente.data.TsvFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The gazetteer: towns of at least 15,000 inhabitants, first-level divisions, regions and seas, and
 * countries, read from our own files under {@code entente/geo/} (built from GeoNames by
 * scripts/gazetteer/build.py; regions.tsv written by us) and the state names of {@code kb/countries.tsv}.
 * Loaded once per JVM on first use; immutable and thread-safe after.
 */
public final class Gazetteer {
    private static final String DIR = "/entente/geo/";

    /** A place under one of its names; {@code main} when it is the name the place goes by. */
    public record Named(Place place, boolean main) {
    }

    private final Map<String, List<Named>> byName = new HashMap<>();
    private final Map<String, Place> countries = new HashMap<>();
    private final Map<String, String> fips = new HashMap<>();
    private final Map<String, Place> capitals = new HashMap<>();
    /** The word that makes a nationality name its state's capital ("the Turkish capital"). */
    static final String CAPITAL = "capital";
    private int longest = 1;

    private static final class Holder {
        static final Gazetteer STANDARD = load();
    }

    public static Gazetteer standard() {
        return Holder.STANDARD;
    }

    /** What loading the gazetteer costs: names indexed, seconds, heap retained (for {@code bench}). */
    public record Footprint(int names, double seconds, long heapMb) {
    }

    /** Loads a gazetteer of its own (not the shared one) and measures it. */
    public static Footprint measure() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory();
        long t = System.nanoTime();
        Gazetteer g = load();
        double seconds = (System.nanoTime() - t) / 1e9;
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        return new Footprint(g.byName.size(), seconds, Math.max(0, (after - heap) >> 20));
    }

    static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (TsvFile.Line l : TsvFile.resource(DIR + "countries.tsv", 6)) {
            Place p = new Place(null, l.col(3), l.col(0), null, null, 0, Double.parseDouble(l.col(4)), Double.parseDouble(l.col(5)),
                    Place.Grain.COUNTRY, 0);
            g.countries.put(p.country(), p);
            g.fips.put(p.country(), l.opt(2));
            g.index(p.name(), p, true);
        }
        List<TsvFile.Line> states = TsvFile.resource("/entente/kb/countries.tsv", 5);
        for (TsvFile.Line l : states) {
            Place p = g.countries.get(l.col(0));
            if (p == null) continue;
            for (String name : l.col(2).split("\\|")) g.index(name, p, true);
        }
        Map<String, String> divisions = new HashMap<>();
        java.util.Set<String> ordinary = ordinaryWords();
        for (TsvFile.Line l : TsvFile.resource(DIR + "admin1.tsv", 7)) {
            Place p = new Place(null, l.col(1), l.col(3), l.col(1), l.col(0), Long.parseLong(l.col(4)), Double.parseDouble(l.col(5)),
                    Double.parseDouble(l.col(6)), Place.Grain.ADM1, 0);
            divisions.put(l.col(0), p.name());
            if (!ordinary.containsAll(java.util.Arrays.asList(key(p.name()).split(" ")))) g.index(p.name(), p, true);
            if (l.opt(2) != null && !ordinary.containsAll(java.util.Arrays.asList(key(l.col(2)).split(" ")))) g.index(l.col(2), p, true);
        }
        for (TsvFile.Line l : TsvFile.resource(DIR + "places.tsv", 9)) {
            int seat = l.col(5).equals("PPLC") ? 2 : l.col(5).equals("PPLA") ? 1 : 0;
            Place p = new Place(Long.parseLong(l.col(0)), l.col(1), l.col(3), divisions.get(l.col(4)),
                    divisions.containsKey(l.col(4)) ? l.col(4) : null, Long.parseLong(l.col(6)),
                    Double.parseDouble(l.col(7)), Double.parseDouble(l.col(8)), Place.Grain.CITY, seat);
            if (seat == 2) g.capitals.merge(p.country(), p, (a, b) -> a.population() >= b.population() ? a : b);
            g.index(p.name(), p, true);
            if (l.opt(2) != null) for (String other : l.col(2).split("\\|")) g.index(other, p, false);
        }
        for (TsvFile.Line l : states) { // "the Afghan capital"
            Place capital = g.capitals.get(l.col(0));
            if (capital != null) for (String adjective : l.col(3).split("\\|")) g.index(adjective + " " + CAPITAL, capital, true);
        }
        for (TsvFile.Line l : TsvFile.resource(DIR + "regions.tsv", 5)) {
            String[] names = l.col(0).split("\\|");
            Place.Grain grain = switch (l.col(1)) {
                case "adm1" -> Place.Grain.REGION;
                case "city" -> Place.Grain.LANDMARK;
                default -> throw l.error("grain must be adm1 or city, not " + l.col(1));
            };
            Place p = new Place(null, names[0], l.opt(2), null, null, 0, Double.parseDouble(l.col(3)), Double.parseDouble(l.col(4)),
                    grain, 0);
            for (String name : names) g.index(name, p, true);
        }
        return g;
    }

    /** The words a division's name may be made of and still be no name: directions and the generic cues ({@code geo/cues.tsv}). */
    private static java.util.Set<String> ordinaryWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        Map<String, java.util.Set<String>> cues = PlaceFinder.readCues();
        for (String kind : List.of("direction", "generic")) for (String w : cues.getOrDefault(kind, java.util.Set.of())) out.add(key(w));
        return out;
    }

    private void index(String name, Place p, boolean main) {
        String key = key(name);
        List<Named> list = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (Named n : list) if (n.place() == p) return;
        list.add(new Named(p, main));
        longest = Math.max(longest, key.split(" ").length);
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** A name as looked up: lower case, without accents ("Bouaké" is "bouake"), one kind of apostrophe and space. */
    static String key(String name) {
        String plain = MARKS.matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }

    /** The places a name can denote, in no order. */
    public List<Named> places(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    /** The most words a name of the gazetteer has. */
    public int longestName() {
        return longest;
    }

    /** A state as a place (its representative point), or null. */
    public Place country(String iso3) {
        return countries.get(iso3);
    }

    /** The FIPS 10-4 code GDELT's geo fields use for a state, or null. */
    public String fips(String iso3) {
        return iso3 == null ? null : fips.get(iso3);
    }
}
