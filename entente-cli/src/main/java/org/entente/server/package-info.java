/**
 * {@code serve}: a read-only JSON API over the store ({@link org.entente.server.Api}; query
 * parameters checked in {@code Params}, answers shaped in {@code Shapes}) and the analyst's
 * dashboard, a static page under {@code entente/web/} that draws with ECharts served from its
 * WebJar. Nothing is fetched from elsewhere; article text reaches the page as text only.
 */
package org.entente.server;
