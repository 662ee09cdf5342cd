package org.entente.actors;

import org.entente.model.Actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports PETRARCH/TABARI actor and agent dictionaries (the Phoenix files): entries
 * {@code NAME_ [CODE]}, aliases {@code +NAME}, dated code lines {@code [IRNGOV 20130803-20210803]},
 * {@code [AFGGOV >011222]}, {@code [X <990101]} (6- or 8-digit dates), agents
 * {@code NAME {PLURAL} [~SECTOR]} with {@code !MACRO! = A, B} substitutions. Malformed lines are
 * reported with their numbers and skipped.
 */
public final class PetrarchDictionary {
    /** What an import read and what it could not. */
    public record Report(String file, int entries, int names, List<String> malformed) {
    }

    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern DATED = Pattern.compile("~?([A-Z0-9]{3,})~?(?:\\s+([<>])?(\\d{6}|\\d{8})(?:-(\\d{6}|\\d{8}))?)?");
    private static final Pattern MACRO = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");

    private PetrarchDictionary() {
    }

    /** Adds the file's entries to {@code kb}; returns what was read. */
    static Report load(Path file, KnowledgeBase kb) throws IOException {
        List<String> malformed = new ArrayList<>();
        Map<String, List<String>> macros = new LinkedHashMap<>();
        List<String> pendingNames = new ArrayList<>();
        List<Role> pendingRoles = new ArrayList<>();
        int entries = 0, names = 0;
        String where = file.toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String raw;
            int n = 0;
            while ((raw = in.readLine()) != null) {
                n++;
                String line = stripComment(raw);
                if (line.isBlank()) continue;
                Matcher mac = MACRO.matcher(line.strip());
                if (mac.matches()) {
                    List<String> alts = new ArrayList<>();
                    for (String a : mac.group(2).split(",")) if (!a.isBlank()) alts.add(a.strip());
                    macros.put(mac.group(1), alts);
                    continue;
                }
                boolean codeOnly = line.strip().startsWith("[");
                boolean alias = line.strip().startsWith("+");
                if (!codeOnly && !alias && !pendingRoles.isEmpty()) {
                    entries += flush(kb, pendingNames, pendingRoles, where);
                    pendingNames.clear();
                    pendingRoles.clear();
                }
                String text = line.strip();
                Matcher cm = CODE.matcher(text);
                List<Role> roles = new ArrayList<>();
                int firstCode = -1;
                boolean bad = false;
                while (cm.find()) {
                    if (firstCode < 0) firstCode = cm.start();
                    if (cm.group(1).strip().equals("---")) continue; // TABARI's "no code"
                    Role r = role(cm.group(1).strip(), where + ":" + n);
                    if (r == null) bad = true;
                    else roles.add(r);
                }
                if (bad) {
                    malformed.add(where + ":" + n + ": cannot read code or date in '" + raw.strip() + "'");
                    continue;
                }
                String name = (firstCode < 0 ? text : text.substring(0, firstCode)).replaceAll("\\{[^}]*}", "").strip();
                if (alias) name = name.substring(1).strip();
                if (!name.isEmpty()) {
                    for (String expanded : expand(name, macros)) {
                        pendingNames.add(expanded);
                        names++;
                    }
                }
                pendingRoles.addAll(roles);
            }
        }
        if (!pendingRoles.isEmpty()) entries += flush(kb, pendingNames, pendingRoles, where);
        return new Report(where, entries, names, malformed);
    }

    private static int flush(KnowledgeBase kb, List<String> names, List<Role> roles, String where) {
        if (names.isEmpty()) return 0;
        kb.importEntry(List.copyOf(names), List.copyOf(roles), where);
        return 1;
    }

    /** "IRNGOV >20130804" as a role; null when malformed. */
    static Role role(String spec, String source) {
        Matcher m = DATED.matcher(spec);
        if (!m.matches()) return null;
        String code = m.group(1);
        LocalDate from = null, to = null;
        try {
            if (m.group(3) != null) {
                LocalDate d = date(m.group(3));
                if (m.group(4) != null) {
                    from = d;
                    to = date(m.group(4));
                } else if ("<".equals(m.group(2))) {
                    to = d;
                } else {
                    from = d;
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return new Role(actorOf(code), from, to, "dictionary", source);
    }

    static LocalDate date(String s) {
        if (s.length() == 8) return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                Integer.parseInt(s.substring(6, 8)));
        int yy = Integer.parseInt(s.substring(0, 2));
        int year = yy <= 30 ? 2000 + yy : 1900 + yy;
        return LocalDate.of(year, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4, 6)));
    }

    /** A CAMEO code as an actor: the first three letters are the state unless they are an IGO/NGO/IMG kind. */
    static Actor actorOf(String code) {
        String head = code.substring(0, 3);
        boolean transnational = head.equals("IGO") || head.equals("NGO") || head.equals("IMG") || head.equals("MNC") || head.equals("ISM");
        String sector = code.length() >= 6 ? code.substring(3, 6) : null;
        if (transnational) return new Actor(code, null, head);
        return new Actor(code, head, sector);
    }

    private static List<String> expand(String name, Map<String, List<String>> macros) {
        List<String> out = new ArrayList<>();
        out.add(name);
        for (Map.Entry<String, List<String>> m : macros.entrySet()) {
            List<String> next = new ArrayList<>();
            for (String s : out) {
                if (!s.contains(m.getKey())) {
                    next.add(s);
                    continue;
                }
                for (String alt : m.getValue()) next.add(s.replace(m.getKey(), alt));
            }
            out = next;
        }
        List<String> clean = new ArrayList<>();
        for (String s : out) {
            String t = s.replace('_', ' ').strip();
            if (!t.isEmpty()) clean.add(t);
        }
        return clean;
    }

    private static String stripComment(String raw) {
        int i = raw.indexOf('#');
        return i < 0 ? raw : raw.substring(0, i);
    }
}
