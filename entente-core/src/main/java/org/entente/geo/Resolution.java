package org.entente.geo;

import java.util.List;
import java.util.Map;

/**
 * Which of the places a name can denote the text means: a region we list is that region and a
 * country name the country; then the place its text qualifies ("Paris, Texas"), a division where one is meant ("the Kharkiv region"),
 * one in the states the article names (the more often, the likelier), and the most populous.
 */
final class Resolution {
    private final Gazetteer gazetteer;
    private final Map<String, Integer> states;

    Resolution(Gazetteer gazetteer, Map<String, Integer> states) {
        this.gazetteer = gazetteer;
        this.states = states;
    }

    Place best(PlaceMention m) {
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Gazetteer.Named n : m.places()) {
            double score = score(n, m);
            if (score > bestScore) {
                best = n.place();
                bestScore = score;
            }
        }
        return best;
    }

    private double score(Gazetteer.Named n, PlaceMention m) {
        Place p = n.place();
        double score = Math.log10(p.population() + 10.0);
        switch (p.grain()) {
            case COUNTRY -> score += 10;
            case REGION, LANDMARK -> score += 12; // written by us for the names news uses: "Gaza" is the Strip
            case ADM1 -> score += m.division() ? 6 : -1.5;
            case CITY -> score += p.seat() == 2 ? 2 : p.seat() * 0.5;
        }
        if (n.main()) score += 1;
        if (m.qualifier() != null && qualifies(m.qualifier(), p)) score += 8;
        Integer named = p.country() == null ? null : states.get(p.country());
        if (named != null) score += 0.6 + Math.min(named, 4) * 0.1; // less than a town ten times the size
        return score;
    }

    private boolean qualifies(String qualifier, Place p) {
        List<Gazetteer.Named> q = gazetteer.places(qualifier);
        for (Gazetteer.Named n : q) {
            Place by = n.place();
            if (by.grain() == Place.Grain.COUNTRY && by.country().equals(p.country())) return true;
            if (by.grain() == Place.Grain.ADM1 && by.country().equals(p.country()) && by.name().equals(p.adm1())) return true;
        }
        return false;
    }
}
