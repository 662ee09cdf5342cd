package org.entente.events;

import org.entente.data.TsvFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CAMEO event codes with root, QuadClass and Goldstein weight, their PLOVER types, and how
 * each root is coded ({@code cameo-roots.tsv}: intent and threat forms, joint and mutual acts, ...).
 * Every fact of the codebook the coder and the merge use is read here; no code tests a CAMEO prefix.
 */
public final class CameoTable {
    /** One CAMEO code's facts. */
    public record Code(String code, String root, int quadClass, double goldstein, String description) {
    }

    /**
     * How a root is coded; see {@code cameo-roots.tsv} for what each column means. {@code intent}
     * and {@code threat} are null where the root has no such form; {@code untargeted} is "home",
     * "government" or null.
     */
    public record Root(String root, String kind, String intent, String threat, boolean joint, boolean mutual,
                       boolean placed, String untargeted, boolean doneByPlace) {
        public boolean isStatement() {
            return kind.equals("statement");
        }

        /** Whether the root's acts are themselves intents (03). */
        public boolean isIntent() {
            return kind.equals("intent");
        }

        /** Whether the root's acts are themselves threats (13). */
        public boolean isThreat() {
            return kind.equals("threat");
        }
    }

    private static final Root UNKNOWN = new Root("", "act", null, null, false, false, false, null, false);

    private static final class Holder {
        static final CameoTable STANDARD = new CameoTable();
    }

    private final Map<String, Code> codes = new HashMap<>();
    private final Map<String, String> plover = new HashMap<>();
    private final Map<String, String> modes = new HashMap<>();
    private final Map<String, Root> roots = new HashMap<>();

    private CameoTable() {
        for (TsvFile.Line l : TsvFile.resource("/entente/cameo.tsv", 5)) {
            try {
                codes.put(l.col(0), new Code(l.col(0), l.col(1), Integer.parseInt(l.col(2)), Double.parseDouble(l.col(3)), l.col(4)));
            } catch (NumberFormatException e) {
                throw l.error("QuadClass and Goldstein must be numbers");
            }
        }
        for (TsvFile.Line l : TsvFile.resource("/entente/cameo-roots.tsv", 9)) {
            roots.put(l.col(0), new Root(l.col(0), l.col(1), dash(l.col(2)), dash(l.col(3)), yes(l, 4), yes(l, 5), yes(l, 6),
                    dash(l.col(7)), "place".equals(dash(l.col(8)))));
        }
        for (TsvFile.Line l : TsvFile.resource("/entente/plover.tsv", 3)) {
            plover.put(l.col(0), l.opt(1));
            if (l.opt(2) != null) modes.put(l.col(0), l.opt(2));
        }
    }

    private static String dash(String v) {
        return v == null || v.equals("-") ? null : v;
    }

    private static boolean yes(TsvFile.Line l, int col) {
        String v = l.col(col);
        if (!v.equals("yes") && !v.equals("no")) throw l.error("column " + (col + 1) + " must be yes or no");
        return v.equals("yes");
    }

    public static CameoTable standard() {
        return Holder.STANDARD;
    }

    public Code get(String code) {
        return codes.get(code);
    }

    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    /** The PLOVER type of a CAMEO code: the longest prefix listed in plover.tsv. */
    public String plover(String code) {
        for (int n = code.length(); n >= 2; n--) {
            String p = code.substring(0, n);
            if (plover.containsKey(p)) return plover.get(p);
        }
        return null;
    }

    /** The PLOVER mode a CAMEO code says (how: "visit", "arrest", "aerial"): the longest prefix with one, else null. */
    public String ploverMode(String code) {
        for (int n = code.length(); n >= 2; n--) {
            String m = modes.get(code.substring(0, n));
            if (m != null) return m;
        }
        return null;
    }

    /** How the root of a code (or a root) is coded; a root the table lacks is a plain act with no special forms. */
    public Root root(String code) {
        return code == null || code.length() < 2 ? UNKNOWN : roots.getOrDefault(code.substring(0, 2), UNKNOWN);
    }

    public List<String> roots() {
        return codes.keySet().stream().filter(c -> c.length() == 2).sorted().toList();
    }
}
