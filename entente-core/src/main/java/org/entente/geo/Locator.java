package org.entente.geo;

import org.entente.model.ActorMention;
import org.entente.model.AnnotatedArticle;
import org.entente.model.Event;
import org.entente.model.Location;
import org.entente.model.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each event happened, from the text: a place its own sentence puts something at, nearest its
 * trigger; else one a sentence just before it in the same paragraph does; else the story's dateline;
 * else none (a statement's place is not its speaker's capital). A name several places share is
 * read as the one in the states the article names, the one its text qualifies ("Paris, Texas"),
 * or else the most populous.
 */
public final class Locator {
    static final String SENTENCE = "sentence", PARAGRAPH = "paragraph", DATELINE = "dateline";
    private static final int PARAGRAPH_REACH = 2;
    /** How many words further a town may be than a coarser place and still be preferred. */
    private static final int COARSE = 5;

    private final Gazetteer gazetteer;
    private final PlaceFinder finder;

    public Locator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.finder = new PlaceFinder(gazetteer);
    }

    public static Locator standard() {
        return new Locator(Gazetteer.standard());
    }

    /** The events with their locations. */
    public List<Event> locate(AnnotatedArticle article, List<ActorMention> mentions, List<Event> events) {
        if (events.isEmpty()) return events;
        Map<Integer, List<ActorMention>> bySentence = new HashMap<>();
        for (ActorMention m : mentions) bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        List<Sentence> sentences = article.sentences();
        List<List<PlaceMention>> places = new ArrayList<>();
        for (Sentence s : sentences) places.add(finder.find(s, bySentence.getOrDefault(s.index(), List.of())));
        Resolution resolution = new Resolution(gazetteer, context(mentions, places));
        Location dateline = dateline(article, resolution);
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) out.add(e.withLocation(where(e, sentences, places, resolution, dateline)));
        return out;
    }

    private Location where(Event e, List<Sentence> sentences, List<List<PlaceMention>> places, Resolution r, Location dateline) {
        if (e.sentence() < 0 || e.sentence() >= sentences.size()) return dateline;
        Sentence s = sentences.get(e.sentence());
        PlaceMention own = nearest(places.get(e.sentence()), trigger(s, e));
        if (own != null) return r.best(own).location(SENTENCE);
        for (int k = e.sentence() - 1; k >= Math.max(0, e.sentence() - PARAGRAPH_REACH); k--) {
            if (sentences.get(k).paragraph() != s.paragraph()) break;
            PlaceMention before = nearest(places.get(k), Integer.MAX_VALUE);
            if (before != null) return r.best(before).location(PARAGRAPH);
        }
        return dateline;
    }

    /**
     * The placed mention nearest the token (the last one, for a token past the end); a town a few
     * words further than a state or region is still the nearer ("in the Black Sea resort of Sochi").
     */
    private static PlaceMention nearest(List<PlaceMention> mentions, int token) {
        PlaceMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PlaceMention m : mentions) {
            if (!m.placed()) continue;
            int d = token >= m.tokenEnd() ? token - m.tokenEnd() : token < m.tokenStart() ? m.tokenStart() - token : 0;
            if (token == Integer.MAX_VALUE) d = -m.tokenStart();
            if (m.places().stream().noneMatch(n -> n.place().grain().written.equals("city"))) d += COARSE;
            if (d <= bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int trigger(Sentence s, Event e) {
        if (e.trigger() == null) return 0;
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).end() > e.trigger().start()) return i;
        }
        return s.tokens().size() - 1;
    }

    /** How often the article names each state: through its actors, and through places only one state has. */
    private static Map<String, Integer> context(List<ActorMention> mentions, List<List<PlaceMention>> places) {
        Map<String, Integer> states = new HashMap<>();
        for (ActorMention m : mentions) {
            for (var a : m.actors()) if (a.country() != null) states.merge(a.country(), 1, Integer::sum);
        }
        for (List<PlaceMention> list : places) {
            for (PlaceMention p : list) {
                String only = p.places().stream().map(n -> n.place().country()).distinct().count() == 1
                        ? p.places().get(0).place().country() : null;
                if (only != null) states.merge(only, 1, Integer::sum);
            }
        }
        return states;
    }

    /** A dateline the cleaner left in the text: "KYIV, Ukraine —", "BEIRUT -" (a town in capitals, a dash). */
    private static final java.util.regex.Pattern CAPITALS_DATELINE =
            java.util.regex.Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu} .'-]{2,30}?)(?:,\\s*(\\p{Lu}[\\p{L} .]{1,30}?))?\\s*[-–—]+\\s");

    private Location dateline(AnnotatedArticle article, Resolution r) {
        String line = article.article().dateline();
        if (line == null || line.isBlank()) {
            java.util.regex.Matcher m = CAPITALS_DATELINE.matcher(article.article().text());
            if (!m.find()) return null;
            line = m.group(2) == null ? m.group(1) : m.group(1) + ", " + m.group(2);
        }
        String[] parts = line.split(",", 2);
        List<Gazetteer.Named> places = gazetteer.places(parts[0].strip());
        if (places.isEmpty()) return null;
        String qualifier = parts.length > 1 ? parts[1].strip() : null;
        PlaceMention m = new PlaceMention(-1, 0, 0, parts[0].strip(), places, true, false, qualifier);
        return r.best(m).location(DATELINE);
    }
}
