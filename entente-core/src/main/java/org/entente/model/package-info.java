/**
 * Immutable records that flow between the pipeline's stages: {@link org.entente.model.Document}
 * in, {@link org.entente.model.Article} after cleaning, {@link org.entente.model.AnnotatedArticle}
 * after NLP, {@link org.entente.model.ActorMention}s after actor recognition, and
 * {@link org.entente.model.Event}s, each with its {@link org.entente.model.Evidence} and
 * {@link org.entente.model.EventDate}.
 */
package org.entente.model;
