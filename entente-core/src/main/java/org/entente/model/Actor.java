package org.entente.model;

/**
 * A coded actor.
 *
 * @param code    CAMEO-style actor code ({@code IRNGOV}, {@code RUS}, {@code IGOWSTNAT})
 * @param country ISO 3166-1 alpha-3 of the state it belongs to, or null for transnational actors
 * @param sector  sector code ({@code GOV}, {@code MIL}, ...), or null for a whole country
 */
public record Actor(String code, String country, String sector) {
    public static Actor country(String iso3, String cameo) {
        return new Actor(cameo, iso3, null);
    }

    /** The same state with a sector: {@code IRN} + {@code GOV} gives {@code IRNGOV}. */
    public Actor withSector(String newSector, String cameoCountry) {
        return new Actor(cameoCountry + newSector, country, newSector);
    }

    /** The identity used to tell two actors apart in a dyad: the country, else the code. */
    public String principal() {
        return country != null ? country : code;
    }
}
