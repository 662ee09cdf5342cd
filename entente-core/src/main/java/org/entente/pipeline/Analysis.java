package org.entente.pipeline;

import org.entente.model.ActorMention;
import org.entente.model.AnnotatedArticle;
import org.entente.model.Document;
import org.entente.model.Event;

import java.util.List;

/**
 * Everything the pipeline made of one document.
 *
 * @param document  the input
 * @param annotated the clean article with its sentences
 * @param mentions  actor mentions
 * @param events    dated events (negated ones included, flagged)
 * @param tokens    the number of tokens read
 */
public record Analysis(Document document, AnnotatedArticle annotated, List<ActorMention> mentions, List<Event> events,
                       int tokens) {
    public Analysis {
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
    }

    /** The same analysis without root 01 statements ("said", "commented"), as PLOVER leaves them out. */
    public Analysis withoutStatements() {
        return new Analysis(document, annotated, mentions, events.stream().filter(e -> !org.entente.events.CameoTable.standard().root(e.root()).isStatement()).toList(), tokens);
    }

    /** The events a user sees by default: not negated. */
    public List<Event> reported() {
        return events.stream().filter(e -> !e.negated()).toList();
    }
}
