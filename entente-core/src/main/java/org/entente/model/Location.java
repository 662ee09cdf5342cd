package org.entente.model;

/**
 * Where an event happened, as the text gives it: the contract's {@code location} field.
 *
 * @param name      the place as the gazetteer names it ("Kharkiv", "Texas", "Iran", "Strait of Hormuz")
 * @param country   the ISO3 code of the state it lies in, or null for international waters
 * @param adm1      the first-level division it lies in ("Kharkiv", "Texas"), or null
 * @param adm1Code  that division's GeoNames code, ISO2 and its own code ("UA.07", "US.TX"), or null
 * @param lat       latitude of the place's point
 * @param lon       longitude
 * @param geonameId the GeoNames id of a town, else null
 * @param grain     "city", "adm1" (a division or a region) or "country"
 * @param how       what placed the event: "sentence" (its own sentence names the place), "paragraph"
 *                  (a sentence just before it in the same paragraph), "dateline" (the story's dateline)
 */
public record Location(String name, String country, String adm1, String adm1Code, double lat, double lon, Long geonameId,
                       String grain, String how) {
    public Location withHow(String placedBy) {
        return new Location(name, country, adm1, adm1Code, lat, lon, geonameId, grain, placedBy);
    }
}
