package org.entente.store;

import org.entente.geo.Gazetteer;
import org.entente.geo.Place;
import org.entente.model.ActorRef;
import org.entente.model.Event;
import org.entente.model.Location;

import java.util.List;

/**
 * GDELT's three blocks of eight geo columns (Actor1Geo_*, Actor2Geo_*, ActionGeo_*), as GDELT
 * writes them: type (1 country, 2 US state, 3 US city, 4 world city, 5 world state), full name,
 * FIPS 10-4 country code, ADM1 code (FIPS country and the division's code: "USTX", "UP07"), ADM2
 * (left empty), latitude, longitude, feature id (the GeoNames id of a town, else the country code).
 * ActionGeo is the event's location. An actor's geo is that location when the actor is of the
 * state it lies in, else the actor's state (its representative point), else empty.
 */
final class GdeltGeo {
    private static final int COLUMNS = 8;

    private GdeltGeo() {
    }

    static void write(List<String> row, Event e, Gazetteer g) {
        actor(row, e.source(), e.location(), g);
        actor(row, e.target(), e.location(), g);
        place(row, e.location(), g);
    }

    private static void actor(List<String> row, ActorRef a, Location where, Gazetteer g) {
        String state = a == null ? null : a.country();
        if (state == null) {
            place(row, null, g);
        } else if (where != null && state.equals(where.country())) {
            place(row, where, g);
        } else {
            Place p = g.country(state);
            place(row, p == null ? null : p.location("actor"), g);
        }
    }

    private static void place(List<String> row, Location l, Gazetteer g) {
        if (l == null) {
            for (int i = 0; i < COLUMNS; i++) row.add("");
            return;
        }
        String fips = g.fips(l.country());
        boolean us = "USA".equals(l.country());
        int type = switch (l.grain()) {
            case "country" -> 1;
            case "adm1" -> us ? 2 : 5;
            default -> us ? 3 : 4;
        };
        row.add(Integer.toString(type));
        row.add(fullName(l, g));
        row.add(fips == null ? "" : fips);
        String adm1 = l.adm1Code() == null || fips == null ? "" : fips + l.adm1Code().substring(l.adm1Code().indexOf('.') + 1);
        row.add(type == 1 ? (fips == null ? "" : fips) : adm1);
        row.add("");
        row.add(String.format(java.util.Locale.ROOT, "%.4f", l.lat()));
        row.add(String.format(java.util.Locale.ROOT, "%.4f", l.lon()));
        row.add(l.geonameId() != null ? l.geonameId().toString() : fips == null ? "" : fips);
    }

    /** "Kharkiv, Kharkiv, Ukraine": the place, its division and its state, as GDELT's FullName. */
    private static String fullName(Location l, Gazetteer g) {
        StringBuilder s = new StringBuilder(l.name());
        if (l.adm1() != null && !l.grain().equals("adm1")) s.append(", ").append(l.adm1());
        Place state = l.country() == null ? null : g.country(l.country());
        if (state != null && !l.grain().equals("country")) s.append(", ").append(state.name());
        return s.toString();
    }
}
