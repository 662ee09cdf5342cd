package org.entente.events;

import org.entente.data.TsvFile;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Acts of cooperation reported as refused or failed, as the rejections they are: "did not agree
 * to meet" is CAMEO 125, "refused to release the hostages" 1243, "failed to reach agreement" 120
 * ({@code lexicon/refusals.tsv}). An act not yet done ("has not yet signed", "is yet to meet") is
 * no refusal, and a refused threat or attack is no event at all. Loaded once per JVM.
 */
final class Refusals {
    private static final Set<String> PENDING = Set.of("yet", "still");
    private final Map<String, String> byCode;

    Refusals(Map<String, String> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    private static final class Holder {
        static final Refusals STANDARD = load();
    }

    static Refusals standard() {
        return Holder.STANDARD;
    }

    private static Refusals load() {
        Map<String, String> m = new HashMap<>();
        for (TsvFile.Line l : TsvFile.resource("/entente/lexicon/refusals.tsv", 2)) m.put(l.col(0), l.col(1));
        return new Refusals(m);
    }

    /** The rejection of a refused act of this code, or null when refusing it is no event. */
    String rejectionOf(String code) {
        for (int n = code.length(); n >= 2; n--) {
            String r = byCode.get(code.substring(0, n));
            if (r != null) return r;
        }
        return null;
    }

    /** Whether the words just before the act say it is still to come ("has not yet signed", "is yet to meet"). */
    static boolean pending(ParsedSentence ps, int trigger) {
        for (int i = Math.max(0, trigger - 4); i < trigger; i++) {
            if (PENDING.contains(ps.token(i).word().toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }
}
