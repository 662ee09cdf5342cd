/**
 * The events stage: CAMEO and PLOVER coding from dependency parses and actor mentions. Entry:
 * {@link org.entente.events.EventCoder}; the standard implementation is
 * {@link org.entente.events.DependencyCoder} over the {@link org.entente.events.Lexicon}
 * ({@code entente/lexicon/verbs.tsv}) and the {@link org.entente.events.CameoTable}.
 */
package org.entente.events;
