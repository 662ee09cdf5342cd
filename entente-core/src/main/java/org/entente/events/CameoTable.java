package org.entente.events;

import org.entente.data.TsvFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The CAMEO event codes with root, QuadClass and Goldstein weight, and their PLOVER types. */
public final class CameoTable {
    /** One CAMEO code's facts. */
    public record Code(String code, String root, int quadClass, double goldstein, String description) {
    }

    private static final class Holder {
        static final CameoTable STANDARD = new CameoTable();
    }

    private final Map<String, Code> codes = new HashMap<>();
    private final Map<String, String> plover = new HashMap<>();
    private final Map<String, String> modes = new HashMap<>();

    private CameoTable() {
        for (TsvFile.Line l : TsvFile.resource("/entente/cameo.tsv", 5)) {
            try {
                codes.put(l.col(0), new Code(l.col(0), l.col(1), Integer.parseInt(l.col(2)), Double.parseDouble(l.col(3)), l.col(4)));
            } catch (NumberFormatException e) {
                throw l.error("QuadClass and Goldstein must be numbers");
            }
        }
        for (TsvFile.Line l : TsvFile.resource("/entente/plover.tsv", 3)) {
            plover.put(l.col(0), l.opt(1));
            if (l.opt(2) != null) modes.put(l.col(0), l.opt(2));
        }
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

    public List<String> roots() {
        return codes.keySet().stream().filter(c -> c.length() == 2).sorted().toList();
    }
}
