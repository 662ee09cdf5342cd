package org.entente.cli;

import org.entente.actors.KnowledgeBase;
import org.entente.actors.StateNames;

import java.util.ArrayList;
import java.util.List;

/**
 * A pair of states as a user writes it: "IRN-RUS", "Iran-Russia", "iran-russia", "Guinea-Bissau-Senegal".
 * Refuses (a usage error) a side that names no state, with the states probably meant.
 */
final class DyadArgument {
    private DyadArgument() {
    }

    /** The two ISO alpha-3 codes. */
    static String[] parse(String dyad) {
        StateNames names = new StateNames(KnowledgeBase.standard());
        String[] parts = dyad.strip().split("-");
        for (int cut = 1; cut < parts.length; cut++) { // "Guinea-Bissau-Senegal": try each hyphen as the divide
            String a = names.state(String.join("-", java.util.Arrays.copyOfRange(parts, 0, cut)));
            String b = names.state(String.join("-", java.util.Arrays.copyOfRange(parts, cut, parts.length)));
            if (a != null && b != null) return new String[]{a, b};
        }
        if (parts.length != 2) throw new IllegalArgumentException("--dyad takes two states joined by '-', like IRN-RUS or Iran-Russia; got '" + dyad + "'");
        List<String> problems = new ArrayList<>();
        for (String p : parts) {
            if (names.state(p) != null) continue;
            List<String> near = names.near(p);
            problems.add("'" + p + "' is no state we know" + (near.isEmpty() ? "" : " (did you mean " + String.join(" or ", near) + "?)"));
        }
        throw new IllegalArgumentException("--dyad " + dyad + ": " + String.join("; ", problems));
    }
}
