/**
 * The actors stage: recognise actor mentions and resolve them to coded actors as of a date.
 * Entry: {@link org.entente.actors.ActorRecognizer}; the standard implementation is
 * {@link org.entente.actors.DictionaryRecognizer} over the {@link org.entente.actors.KnowledgeBase}
 * (our data files under {@code entente/kb/}, loaded once per JVM).
 */
package org.entente.actors;
