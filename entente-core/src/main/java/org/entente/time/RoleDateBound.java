package org.entente.time;

import org.entente.actors.ActorRecognizer;
import org.entente.actors.KnowledgeBase;
import org.entente.actors.Role;
import org.entente.model.ActorMention;
import org.entente.model.MentionOrigin;
import org.entente.model.AnnotatedArticle;
import org.entente.model.Article;
import org.entente.stage.DocumentRecord;
import org.entente.stage.Part;
import org.entente.stage.Stage;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The role-based date bound: an undated article that names a person by a title ("Syrian President
 * Bashar al-Assad") was written after that person took the title, a lower bound from knowledge,
 * used when it is later than the one the text's own dates give. A title used alone with its state
 * ("the Iranian president") counts for the person named elsewhere in the article who held exactly
 * that office. With a new bound, the actors are resolved again as of it.
 */
public final class RoleDateBound implements Stage {
    private final ActorRecognizer actors;
    private final KnowledgeBase kb;

    public RoleDateBound(ActorRecognizer actors, KnowledgeBase kb) {
        this.actors = actors;
        this.kb = kb;
    }

    @Override
    public String name() {
        return "role-date-bound";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.MENTIONS);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.ANCHOR);
    }

    @Override
    public DocumentRecord apply(DocumentRecord r) {
        Article a = r.annotated().article();
        Article bounded = bound(a, r.mentions());
        if (bounded == a) return r.anchored();
        AnnotatedArticle annotated = new AnnotatedArticle(bounded, r.annotated().sentences());
        return r.withAnchor(bounded, actors.recognize(annotated, bounded.anchor()));
    }

    /** The article with the later bound, or the same article when its mentions give none. */
    public Article bound(Article a, List<ActorMention> mentions) {
        if (a.published() != null) return a;
        LocalDate bound = a.inferredAfter();
        for (ActorMention m : mentions) {
            if (m.since() != null && (bound == null || m.since().isAfter(bound))) bound = m.since();
        }
        LocalDate titled = titleAlone(mentions);
        if (titled != null && (bound == null || titled.isAfter(bound))) bound = titled;
        if (bound == null || bound.equals(a.inferredAfter())) return a;
        return new Article(a.docId(), a.title(), null, bound, a.author(), a.outlet(), a.dateline(), a.language(), a.text());
    }

    /** The latest start of an office that an untitled named person held and that the article names by title alone. */
    private LocalDate titleAlone(List<ActorMention> mentions) {
        Set<String> offices = new HashSet<>(); // "IRNGOV|president"
        for (ActorMention m : mentions) {
            if (m.person() != null || m.actor().sector() == null || m.origin().kind() != MentionOrigin.Kind.AGENT) continue;
            String[] words = m.text().toLowerCase(Locale.ROOT).split("[\\s’']+");
            offices.add(m.actor().code() + "|" + words[words.length - 1].replaceAll("s$", ""));
        }
        LocalDate latest = null;
        Set<String> people = new HashSet<>();
        for (ActorMention m : mentions) if (m.person() != null && m.since() == null) people.add(m.person());
        for (String key : people) {
            for (Role r : kb.roles(key)) {
                if (r.from() == null || r.title() == null) continue;
                String title = r.title().toLowerCase(Locale.ROOT);
                for (String office : offices) {
                    String[] ct = office.split("\\|");
                    if (ct[0].equals(r.actor().code()) && title.matches("(.*\\s)?" + java.util.regex.Pattern.quote(ct[1]) + "(\\s.*)?")
                            && (latest == null || r.from().isAfter(latest))) latest = r.from();
                }
            }
        }
        return latest;
    }
}
