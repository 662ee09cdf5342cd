package org.entente.actors;

import org.entente.data.TsvFile;

import org.entente.model.Actor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actor knowledge base: states, institutions, people with dated roles and generic agents,
 * read from our own files under {@code entente/kb/} (format: docs/knowledge-format.md), loaded
 * once per JVM on first use.
 */
public final class KnowledgeBase {
    public static final Set<String> SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "BUS", "MED", "CVL",
            "EDU", "OPP", "REB", "ELI", "REL", "LAB", "HLH", "REF", "IGO", "NGO", "IMG", "ISM", "AGR", "CRM", "DEV",
            "ENV", "MOD", "RAD", "UAF", "SET", "INS", "PTY");
    private static final String DIR = "/entente/kb/";

    private final NameIndex names = new NameIndex();
    private final NearNames surnames = new NearNames();
    private final NearNames stateNames = new NearNames();
    private final Map<String, String> cameoByIso = new HashMap<>();
    private final Map<String, String> isoByCameo = new HashMap<>();
    private final Map<String, List<Role>> roles = new HashMap<>();
    private final Map<String, String> personCountry = new HashMap<>();

    private static final class Holder {
        static final KnowledgeBase STANDARD = load();
    }

    public static KnowledgeBase standard() {
        return Holder.STANDARD;
    }

    static KnowledgeBase load() {
        KnowledgeBase kb = new KnowledgeBase();
        kb.loadCountries(TsvFile.resource(DIR + "countries.tsv", 5));
        kb.loadPlaces(TsvFile.resource(DIR + "places.tsv", 2));
        kb.loadPlaces(TsvFile.resource(DIR + "divisions.tsv", 2));
        kb.loadInstitutions(TsvFile.resource(DIR + "institutions.tsv", 4));
        kb.loadPeople(TsvFile.resource(DIR + "people.tsv", 7));
        kb.loadAgents(TsvFile.resource(DIR + "agents.tsv", 3));
        return kb;
    }

    /** The standard knowledge base with PETRARCH/TABARI dictionaries merged in (ours wins where both name an actor). */
    public static KnowledgeBase withDictionaries(List<java.nio.file.Path> files, List<PetrarchDictionary.Report> reports) {
        KnowledgeBase kb = load();
        for (java.nio.file.Path f : files) {
            try {
                reports.add(PetrarchDictionary.load(f, kb));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read dictionary " + f, e);
            }
        }
        return kb;
    }

    /**
     * An imported dictionary entry: agents ({@code ~SECTOR} codes, no state) become generic agents,
     * dated or state-coded entries become people or named actors.
     */
    void importEntry(List<String> allNames, List<Role> entryRoles, String file) {
        String source = "dict:" + file;
        List<String> entryNames = new ArrayList<>();
        for (String n : allNames) if (!names.contains(n)) entryNames.add(n); // our own names win
        if (entryNames.isEmpty()) return;
        Role first = entryRoles.get(0);
        if (first.actor().country() == null && first.actor().code().length() == 3 && SECTORS.contains(first.actor().code())) {
            for (String n : entryNames) names.add(n.toLowerCase(), new Entry(Entry.Kind.GROUP, n.toLowerCase(), null, first.actor().code(), source));
            return;
        }
        List<Role> valid = new ArrayList<>();
        for (Role r : entryRoles) {
            Actor a = r.actor();
            if (a.country() != null && !cameoByIso.containsKey(a.country())) {
                String iso = isoByCameo.get(a.country());
                a = new Actor(a.code(), iso, iso == null ? a.code().substring(0, 3) : a.sector());
            }
            valid.add(new Role(a, r.from(), r.to(), r.title(), r.source()));
        }
        boolean dated = valid.stream().anyMatch(r -> r.from() != null || r.to() != null);
        String key = "dict:" + entryNames.get(0);
        if (dated) {
            roles.computeIfAbsent(key, k -> new ArrayList<>()).addAll(valid);
            if (valid.get(0).actor().country() != null) personCountry.putIfAbsent(key, valid.get(0).actor().country());
            for (String n : entryNames) names.add(n, new Entry(Entry.Kind.PERSON, key, null, null, source));
        } else {
            Actor a = valid.get(0).actor();
            for (String n : entryNames) names.add(n, new Entry(Entry.Kind.INSTITUTION, key, a, a.sector(), source));
        }
    }

    public NameIndex names() {
        return names;
    }

    /** The CAMEO country code of an ISO alpha-3 code (usually the same). */
    public String cameo(String iso3) {
        return cameoByIso.getOrDefault(iso3, iso3);
    }

    public boolean isCountry(String iso3) {
        return cameoByIso.containsKey(iso3);
    }

    /** Every state's ISO alpha-3 code. */
    public Set<String> states() {
        return java.util.Collections.unmodifiableSet(cameoByIso.keySet());
    }

    public int countries() {
        return cameoByIso.size();
    }

    public int people() {
        return roles.size();
    }

    /** The actor a state's sector makes: IRN + GOV is IRNGOV. */
    public Actor sectorOf(String iso3, String sector) {
        return new Actor(cameo(iso3) + sector, iso3, sector);
    }

    /**
     * What a person is on a date: the role that holds then; outside all roles the person's state
     * as an elite ({@code <country>ELI}), never the government.
     */
    public Actor person(String key, LocalDate date) {
        List<Role> rs = roles.getOrDefault(key, List.of());
        for (Role r : rs) if (r.holdsOn(date)) return r.actor();
        String iso = personCountry.get(key);
        if (iso == null) return rs.isEmpty() ? null : rs.get(rs.size() - 1).actor();
        return sectorOf(iso, "ELI");
    }

    /** The first day a person held a role of this sector ("President" is GOV), or null. */
    public LocalDate titledSince(String key, String sector) {
        LocalDate first = null;
        for (Role r : roles.getOrDefault(key, List.of())) {
            if (r.from() == null || sector == null || !sector.equals(r.actor().sector())) continue;
            if (first == null || r.from().isBefore(first)) first = r.from();
        }
        return first;
    }

    /** People whose surname is one letter away from {@code word} ("Mitterand", "Gbago"): for titled names the trie misses. */
    public List<Entry> nearSurnames(String word) {
        return surnames.near(word);
    }

    /** States (by name or adjective) that a typing slip turns into {@code word} ("Ethopia", "Isreal", "Pakistanti"). */
    public List<Entry> misspeltStates(String word) {
        return stateNames.typo(word);
    }

    public List<Role> roles(String key) {
        return roles.getOrDefault(key, List.of());
    }

    private void loadCountries(List<TsvFile.Line> lines) {
        for (TsvFile.Line l : lines) {
            String iso = l.col(0);
            String cameo = l.col(1);
            if (!iso.matches("[A-Z]{3}")) throw l.error("iso3 must be three capital letters: " + iso);
            cameoByIso.put(iso, cameo);
            isoByCameo.putIfAbsent(cameo, iso);
            Actor country = Actor.country(iso, cameo);
            String src = l.where();
            for (String n : alternatives(l.opt(2))) {
                Entry e = new Entry(Entry.Kind.COUNTRY, iso, country, null, src);
                names.add(n, e);
                stateNames.addWord(n, e);
            }
            for (String n : alternatives(l.opt(3))) {
                Entry e = new Entry(Entry.Kind.ADJECTIVE, iso, country, null, src);
                names.add(n, e);
                stateNames.addWord(n, e);
            }
            Actor gov = new Actor(cameo + "GOV", iso, "GOV");
            for (String n : alternatives(l.opt(4))) names.add(n, new Entry(Entry.Kind.SEAT, iso, gov, "GOV", src));
        }
    }

    /**
     * Cities, regions and first-level divisions: a place named alone stands for its state, never for its
     * government; a region of several states ({@code -}) is no actor and hides the state names inside it.
     */
    private void loadPlaces(List<TsvFile.Line> lines) {
        for (TsvFile.Line l : lines) {
            String iso = l.col(1);
            if (iso.equals("-")) {
                for (String n : alternatives(l.opt(0))) names.add(n, new Entry(Entry.Kind.REGION, n, null, null, l.where()));
                continue;
            }
            String cameo = cameoByIso.get(iso);
            if (cameo == null) throw l.error("unknown state " + iso + " (not in countries.tsv)");
            Actor country = Actor.country(iso, cameo);
            for (String n : alternatives(l.opt(0))) names.add(n, new Entry(Entry.Kind.COUNTRY, iso, country, null, l.where()));
        }
    }

    private void loadInstitutions(List<TsvFile.Line> lines) {
        for (TsvFile.Line l : lines) {
            Actor a = new Actor(l.col(1), country(l, l.opt(2)), sector(l, l.col(3)));
            for (String n : alternatives(l.opt(0))) {
                names.add(n, new Entry(Entry.Kind.INSTITUTION, l.col(1) + ":" + n, a, a.sector(), l.where()));
            }
        }
    }

    private void loadPeople(List<TsvFile.Line> lines) {
        for (TsvFile.Line l : lines) {
            List<String> ns = alternatives(l.opt(0));
            if (ns.isEmpty()) throw l.error("a person needs a name");
            String key = ns.get(0);
            String iso = country(l, l.opt(2));
            Actor a = new Actor(l.col(1), iso, sector(l, l.col(3)));
            LocalDate from = date(l, l.opt(4));
            LocalDate to = date(l, l.opt(5));
            if (from != null && to != null && !from.isBefore(to)) throw l.error("role ends before it starts");
            boolean known = roles.containsKey(key);
            roles.computeIfAbsent(key, k -> new ArrayList<>()).add(new Role(a, from, to, l.col(6), l.where()));
            if (iso != null) personCountry.putIfAbsent(key, iso);
            if (!known) {
                Entry person = new Entry(Entry.Kind.PERSON, key, null, null, l.where());
                for (String n : ns) names.add(n, person);
                surnames.add(ns, person);
            }
        }
    }

    private void loadAgents(List<TsvFile.Line> lines) {
        for (TsvFile.Line l : lines) {
            String sector = sector(l, l.col(1));
            Entry.Kind kind = switch (l.col(2)) {
                case "title" -> Entry.Kind.TITLE;
                case "group" -> Entry.Kind.GROUP;
                default -> throw l.error("kind must be title or group: " + l.col(2));
            };
            for (String n : alternatives(l.opt(0))) names.add(n, new Entry(kind, n.toLowerCase(), null, sector, l.where()));
        }
    }

    private String country(TsvFile.Line l, String iso) {
        if (iso == null) return null;
        if (!cameoByIso.containsKey(iso)) throw l.error("unknown country " + iso + " (not in countries.tsv)");
        return iso;
    }

    private static String sector(TsvFile.Line l, String s) {
        if (s == null || s.equals("-")) return null;
        if (!SECTORS.contains(s)) throw l.error("unknown sector " + s);
        return s;
    }

    private static LocalDate date(TsvFile.Line l, String s) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw l.error("bad date " + s + " (expected YYYY-MM-DD or -)");
        }
    }

    static List<String> alternatives(String col) {
        List<String> out = new ArrayList<>();
        if (col == null) return out;
        for (String s : col.split("\\|")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }
}
