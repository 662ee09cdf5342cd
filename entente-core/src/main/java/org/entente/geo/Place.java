package org.entente.geo;

import org.entente.model.Location;

/**
 * One entry of the gazetteer: a town, a first-level division, a region or sea, or a country.
 *
 * @param id         the GeoNames id of a town, else null
 * @param name       the name written out
 * @param country    ISO3 of the state it lies in, or null (international waters)
 * @param adm1       the name of the first-level division it lies in, or null
 * @param adm1Code   that division's code ("UA.07"), or null
 * @param population inhabitants (of a division: of its towns), 0 where unknown
 * @param lat        latitude
 * @param lon        longitude
 * @param grain      how fine a place it is
 * @param seat       2 for a state's capital, 1 for the seat of a first-level division, else 0
 */
public record Place(Long id, String name, String country, String adm1, String adm1Code, long population, double lat, double lon,
                    Grain grain, int seat) {
    public enum Grain {
        CITY("city"), LANDMARK("city"), ADM1("adm1"), REGION("adm1"), COUNTRY("country");

        /** The contract's word for the grain. */
        final String written;

        Grain(String written) {
            this.written = written;
        }
    }

    /** This place as an event's location, placed by {@code how}. */
    public Location location(String how) {
        return new Location(name, country, adm1, adm1Code, lat, lon, id, grain.written, how);
    }
}
