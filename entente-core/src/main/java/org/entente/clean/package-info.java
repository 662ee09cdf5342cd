/**
 * The clean stage: a raw {@link org.entente.model.Document} to an {@link org.entente.model.Article}
 * (body, title, publication date, byline, outlet, language). Entry: {@link org.entente.clean.Cleaner}.
 * Boilerplate line patterns live in {@code entente/clean/boilerplate.tsv}.
 */
package org.entente.clean;
