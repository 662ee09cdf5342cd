/**
 * The geo stage: where each event happened. {@link org.entente.geo.Gazetteer} holds the places
 * (GeoNames' towns of at least 15,000 inhabitants, first-level divisions and countries, and the
 * regions and seas of {@code regions.tsv}); {@link org.entente.geo.PlaceFinder} finds their names
 * in a sentence and whether the words around them place something there; {@link org.entente.geo.Locator}
 * gives each event the place of its own sentence, else of the sentence before in its paragraph,
 * else the dateline's; {@link org.entente.geo.LocateStage} is the stage's entry.
 */
package org.entente.geo;
