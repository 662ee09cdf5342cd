/**
 * The store stage: documents, articles and events in an embedded DuckDB file. Entry:
 * {@link org.entente.store.EventStore}; implementation {@link org.entente.store.DuckDbStore}.
 */
package org.entente.store;
