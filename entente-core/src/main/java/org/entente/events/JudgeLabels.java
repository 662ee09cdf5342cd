package org.entente.events;

import org.entente.data.TsvFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event judge's labels (PLOVER types in today's names, and {@link #NONE}), with the CAMEO code
 * an event typed by the judge alone gets, from {@code entente/judge/types.tsv}. Loaded once.
 */
public final class JudgeLabels {
    public static final String NONE = "NONE";
    private static final String RESOURCE = "/entente/judge/types.tsv";

    private static final class Holder {
        static final JudgeLabels INSTANCE = load();
    }

    private final List<String> types;
    private final Map<String, String> canonical;
    private final Map<String, String> cameo;

    private JudgeLabels(List<String> types, Map<String, String> canonical, Map<String, String> cameo) {
        this.types = List.copyOf(types);
        this.canonical = Map.copyOf(canonical);
        this.cameo = Map.copyOf(cameo);
    }

    public static JudgeLabels get() {
        return Holder.INSTANCE;
    }

    private static JudgeLabels load() {
        List<String> types = new ArrayList<>();
        Map<String, String> canonical = new HashMap<>();
        Map<String, String> cameo = new HashMap<>();
        List<TsvFile.Line> lines = new ArrayList<>();
        for (TsvFile.Line l : TsvFile.resource(RESOURCE, 3)) {
            String t = l.col(0);
            types.add(t);
            canonical.put(t, t);
            if (l.opt(2) != null) for (String a : l.col(2).split("\\|")) canonical.put(a, t);
            if (l.opt(1) != null) cameo.put(t, l.col(1));
            lines.add(l);
        }
        for (TsvFile.Line l : lines) { // the code a judged event gets must be of the type the judge chose
            String code = cameo.get(l.col(0));
            if (code == null) continue;
            String type = canonical.get(String.valueOf(CameoTable.standard().plover(code)).toUpperCase(Locale.ROOT));
            if (!l.col(0).equals(type)) throw l.error("CAMEO " + code + " is " + type + " in plover.tsv, not " + l.col(0));
        }
        return new JudgeLabels(types, canonical, cameo);
    }

    /** Every label, NONE included. */
    public List<String> types() {
        return types;
    }

    /** Today's name of a PLOVER type in any of its names, NONE for null or "-", or null when unknown. */
    public String canonical(String plover) {
        if (plover == null || plover.isBlank() || plover.equals("-")) return NONE;
        return canonical.get(plover.strip().toUpperCase(Locale.ROOT));
    }

    /** The CAMEO code for an event of this type that no rule coded, or null for NONE. */
    public String cameo(String type) {
        return cameo.get(type);
    }
}
