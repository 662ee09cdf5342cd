/**
 * The time stage: event dates. {@link org.entente.time.TimeFinder} finds time expressions,
 * {@link org.entente.time.DateResolver} resolves them against the article's date with their grain,
 * and {@link org.entente.time.EventDater} (the entry point) chooses the expression that governs
 * each event.
 */
package org.entente.time;
