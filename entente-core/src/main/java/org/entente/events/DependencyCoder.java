package org.entente.events;

import org.entente.model.ActorMention;
import org.entente.model.AnnotatedArticle;
import org.entente.model.Dependency;
import org.entente.model.Event;
import org.entente.model.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Codes events from dependency parses: for each verb and noun of the lexicon, the best matching
 * pattern picks the source (subject, or "by" agent in the passive, or possessor of a nominal
 * event), the target (object or the pattern's preposition), negation and intent. Then
 * {@link EventBuilder} turns matches into one event per dyad.
 */
public final class DependencyCoder implements EventCoder {
    private final Lexicon lexicon;
    private final CameoTable cameo;
    private final EventBuilder builder;

    public DependencyCoder(Lexicon lexicon, CameoTable cameo) {
        this.lexicon = lexicon;
        this.cameo = cameo;
        this.builder = new EventBuilder(cameo);
    }

    public DependencyCoder() {
        this(Lexicon.standard(), CameoTable.standard());
    }

    @Override
    public boolean isTrigger(String lemma) {
        return lexicon.isTrigger(lemma.toLowerCase());
    }

    @Override
    public List<String> codesOf(String lemma) {
        String l = lemma.toLowerCase(java.util.Locale.ROOT);
        List<String> out = new java.util.ArrayList<>();
        for (Pattern p : lexicon.verb(l)) out.add(p.cameo());
        for (Pattern p : lexicon.noun(l)) out.add(p.cameo());
        return out;
    }

    @Override
    public List<Event> code(AnnotatedArticle article, List<ActorMention> mentions) {
        Map<Integer, List<ActorMention>> bySentence = new HashMap<>();
        for (ActorMention m : mentions) bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        List<Event> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            List<ActorMention> ms = bySentence.get(s.index());
            if (ms == null || !s.parsed()) continue;
            ParsedSentence ps = new ParsedSentence(s, ms);
            out.addAll(builder.build(article.article().docId(), ps, matches(ps)));
        }
        return out;
    }

    /** Every pattern that fires in the sentence, after intent and reported-speech rules. */
    List<Match> matches(ParsedSentence ps) {
        List<Match> found = new ArrayList<>();
        int n = ps.sentence.tokens().size();
        List<Integer> consumed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!ps.token(i).pos().startsWith("VB") && !(ps.token(i).pos().startsWith("JJ") && ps.child(i, "cop") >= 0)) continue;
            Match m = verb(ps, i);
            if (m != null) {
                found.add(m);
                if (m.consumed() >= 0) consumed.add(m.consumed());
            }
        }
        for (int i = 0; i < n; i++) {
            if (!ps.token(i).pos().startsWith("NN") || consumed.contains(i)) continue;
            Match m = noun(ps, i);
            if (m != null) found.add(m);
        }
        return Clauses.resolve(ps, Clauses.unrealised(ps, Clauses.complaints(ps, Clauses.demands(ps, found, lexicon), lexicon)));
    }

    private Match verb(ParsedSentence ps, int v) {
        List<Pattern> patterns = lexicon.verb(ps.lemma(v));
        // naming is no act ("calling them an occupying army"), unless the name is a condemnation the lexicon lists ("called the vote illegal")
        if (!patterns.isEmpty() && Slots.naming(ps, v)) patterns = patterns.stream().filter(p -> !p.xcomps().isEmpty()).toList();
        if (patterns.isEmpty()) return null;
        boolean passive = ps.isPassive(v) && !ParsedSentence.STATIVE.contains(ps.lemma(v)); // "Israel is opposed to": a state, not a passive
        int obj = passive ? ps.reducedRelative(v) ? ps.head(v).governor() : ps.child(v, "nsubj:pass", "nsubjpass") : ps.object(v);
        if (obj < 0 && ParsedSentence.STATIVE.contains(ps.lemma(v))) { // "is opposed to French mediation": what it is opposed to
            for (int c : ps.childrenOf(v, "obl")) if (ps.prep(c).equals("to")) obj = c;
        }
        int sourceHead = passive ? Slots.agent(ps, v) : ps.subject(v);
        List<ActorMention> subjects = sourceHead >= 0 && ps.lemmaIn(sourceHead, Words.THINGS) ? List.of() // "the Cuban economy is going through"
                : ps.argument(sourceHead);
        boolean conditional = Modality.conditionClause(ps, v) >= 0;
        Match best = null;
        int bestPhrase = -1;
        for (Pattern p : patterns) {
            PatternFit fit = PatternFit.of(ps, p, v, obj, sourceHead, passive);
            if (fit == null) continue;
            Filled f = fill(ps, p, v, obj, fit, subjects, conditional);
            int target = f.target(), phrase = f.phrase();
            List<ActorMention> targets = f.targets();
            int head = fit.head();
            CameoTable.Root root = cameo.root(p.cameo());
            boolean phraseMissing = !p.preps().isEmpty() && target < v; // "warned of setbacks" has its phrase, "With the end of ..., they agreed" not
            // "fought militants near Raqqa": a pattern missing its phrase guesses no target over an object that names someone
            boolean objectIgnored = phraseMissing && obj >= 0 && PatternFit.namesSomeone(ps, obj);
            int score = p.specificity() * 2 + (objectIgnored || targets.isEmpty() ? (phraseMissing ? -3 : 0) : 3);
            if (best == null || score > best.score()) {
                bestPhrase = phrase;
                int consumed = p.namesObject() ? head : -1;
                List<ActorMention> sources = subjects;
                if (sources.isEmpty() && sourceHead >= 0) sources = ps.placeIn(sourceHead); // "students throughout Indonesia"
                if (sources.isEmpty() && passive && sourceHead < 0 && root.doneByPlace()) {
                    sources = ps.placeIn(v); // "was arrested in Lebanon": that state's authorities acted
                }
                best = new Match(v, p, score, sources, targets, consumed, Slots.negated(ps, v, obj), intent(ps, v));
            }
        }
        if (best != null && best.targets().isEmpty() && !best.pattern().noTarget() && best.sources().size() == 1
                && best.sources().get(0).actors().size() == 1) { // co-subjects act on each other: no guess needed
            ActorMention other = NearbyActors.otherActorBelow(ps, v, best.sources());
            Dependency h = ps.head(v);
            if (other == null && h != null && h.governor() >= 0 && (ParsedSentence.is(h.relation(), "advcl")
                    || ParsedSentence.is(h.relation(), "xcomp"))) {
                other = NearbyActors.otherActorBelow(ps, h.governor(), best.sources()); // "summoned Niger's envoy to complain"
            }
            if (other == null) other = NearbyActors.otherActorInSentence(ps, v, best.sources());
            if (other != null) best = best.withNearbyTargets(List.of(other));
        }
        // "went on strike" is no journey: a pattern defined by the phrase that names its target needs the phrase
        if (best != null && best.targets().isEmpty() && !best.pattern().preps().isEmpty() && !best.pattern().namesObject()
                && best.pattern().xcomps().isEmpty() && best.pattern().particles().isEmpty() && bestPhrase < 0) return null;
        return best;
    }

    /** What filling a fitted pattern's slots gives: its prepositional phrase, its target's head, and the target's actors. */
    private record Filled(int phrase, int target, List<ActorMention> targets) {
    }

    /**
     * Fills a fitted pattern's target slot: the pattern's phrase ("to Moscow"), its complement's or
     * object's argument, the owner of a named object; then, where that names no one, the agent of an
     * acted-on event noun, the place of a placed act, the source's own people, a threat's condition.
     */
    private Filled fill(ParsedSentence ps, Pattern p, int v, int obj, PatternFit fit, List<ActorMention> subjects, boolean conditional) {
        int x = fit.x();
        int phrase = p.preps().isEmpty() ? -1 : Slots.prepTarget(ps, p, v, obj, x); // "to Moscow", "with Putin"
        int target = -1;
        if (!p.noTarget()) {
            if (!p.preps().isEmpty()) {
                target = phrase;
            } else if (!p.namesObject()) {
                // "urged Russia to withdraw its troops": the one urged, else what the complement acts on
                target = x >= 0 && (obj < 0 || ps.argument(obj).isEmpty()) ? Slots.complementTarget(ps, x)
                        : obj >= 0 ? obj : Slots.clausalSubject(ps, v);
                if (target < 0 && x < 0) {
                    int xc = ps.child(v, "xcomp");
                    if (xc >= 0) target = Slots.complementTarget(ps, xc); // "threatened to deliver blows to the US"
                }
            } else {
                target = Slots.possessor(ps, fit.head());
            }
        }
        List<ActorMention> targets = Slots.targetArgument(ps, target, p).stream()
                .filter(m -> !(m.pronoun() && NearbyActors.sameActor(m, subjects))).toList(); // "reneged on his commitment"
        if (targets.isEmpty() && obj >= 0 && (target < 0 || target == obj) && isEventNoun(ps, obj)) {
            int agent = Slots.eventAgent(ps, obj); // "prevented the demonstration staged by students": acts on those who act
            if (agent >= 0) { // but "mounted its invasion" is the subject's own act
                targets = ps.argument(agent).stream().filter(m -> !NearbyActors.sameActor(m, subjects)).toList();
                if (targets.isEmpty()) target = agent;
            }
        }
        CameoTable.Root root = cameo.root(p.cameo());
        // "eased curbs in Kosovo"; but co-subjects of a joint act act on each other ("troops and rebels clashed near Goma")
        if (targets.isEmpty() && root.placed() && !(root.joint() && Dyads.twoActors(subjects))) targets = ps.placeIn(v);
        if (targets.isEmpty() && target >= 0 && ps.lemmaIn(target, Words.PEOPLE)) {
            ActorMention home = NearbyActors.homeCivilians(ps, target, subjects, v);
            if (home != null) targets = List.of(home); // "police opened fire on demonstrators": the state's own people
        }
        if (targets.isEmpty() && (root.isThreat() || conditional && Modality.threatens(p.cameo()))) {
            targets = ps.argument(Slots.conditionSubject(ps, v));
        }
        return new Filled(phrase, target, targets);
    }

    private Match noun(ParsedSentence ps, int n) {
        List<Pattern> patterns = lexicon.noun(ps.lemma(n));
        if (patterns.isEmpty()) return null;
        Dependency up = ps.head(n);
        if (up != null && up.relation().equals("compound")) return null; // "trade deficits", "peace conference": a kind, no act
        Match best = null;
        String governor = up == null || up.governor() < 0 ? "" : ps.lemma(up.governor());
        for (Pattern p : patterns) {
            if (!p.xcomps().isEmpty() && !p.xcomps().contains(governor)) continue; // "went on strike": the verb it needs
            int target = -1;
            if (!p.noTarget()) {
                for (int c : ps.childrenOf(n, "nmod", "obl")) {
                    if (p.preps().isEmpty() ? ps.prep(c).equals("of") : p.preps().contains(ps.prep(c))) target = c;
                }
            }
            if (target < 0 && !p.noTarget()) { // "its demand that Israel ease restrictions"
                for (int c : ps.childrenOf(n, "acl", "ccomp")) if (ps.child(c, "nsubj") >= 0) target = ps.child(c, "nsubj");
            }
            List<ActorMention> sources = ps.argument(ps.child(n, "nmod:poss"));
            if (sources.isEmpty()) {
                for (int c : ps.childrenOf(n, "nmod", "obl")) if (ps.prep(c).equals("by")) sources = ps.argument(c);
            }
            if (sources.isEmpty() && up != null && up.governor() >= 0
                    && (ParsedSentence.is(up.relation(), "obj") && Words.LIGHT_VERBS.contains(governor)
                    || ParsedSentence.is(up.relation(), "obl") && ps.prep(n).equals("in") && Words.ENGAGING.contains(governor)
                    || ParsedSentence.is(up.relation(), "obl") && ps.prep(n).equals("on") && Words.STANDING.contains(governor))) {
                sources = ps.argument(ps.subject(up.governor()));
            }
            if (sources.isEmpty() && up != null && up.governor() >= 0 && ps.prep(n).equals("for")
                    && ps.lemma(up.governor()).equals("responsibility")) { // "al-Shabab claimed responsibility for the attack": who claims it did it
                Dependency claim = ps.head(up.governor());
                if (claim != null && claim.governor() >= 0 && Words.CLAIMING.contains(ps.lemma(claim.governor()))) {
                    sources = ps.argument(ps.subject(claim.governor()));
                }
            }
            if (sources.isEmpty()) { // "Palestinian riots", "Israeli air strikes"
                for (int c : ps.childrenOf(n, "amod", "compound")) {
                    ActorMention m = ps.mentionAt(c);
                    if (m != null && m.tokenEnd() <= n && (target < 0 || !ps.argument(target).contains(m))) sources = List.of(m);
                }
            }
            List<ActorMention> targets = Slots.targetArgument(ps, target, p);
            if (up != null && up.governor() >= 0 && ParsedSentence.is(up.relation(), "obl") && ps.prep(n).equals("under")
                    && Words.PUTTING.contains(governor)) { // "was put under investigation in Italy", "placed him under arrest"
                int g = up.governor();
                boolean passive = ps.isPassive(g);
                if (sources.isEmpty()) sources = passive ? ps.argument(Slots.agent(ps, g)) : ps.argument(ps.subject(g));
                if (sources.isEmpty() && passive) sources = ps.placeIn(g);
                if (targets.isEmpty() && !p.noTarget()) targets = ps.argument(passive ? ps.child(g, "nsubj:pass", "nsubjpass") : ps.object(g));
            }
            if (sources.isEmpty()) {
                for (int c : ps.childrenOf(n, "nmod")) if (ps.prep(c).equals("between")) sources = ps.argument(c);
            }
            if (targets.isEmpty() && !p.noTarget() && cameo.root(p.cameo()).placed()) {
                targets = ps.placeIn(n); // "on alert in the West Bank", "a crackdown in Kashmir"
                if (targets.isEmpty() && up != null && up.governor() >= 0) targets = ps.placeIn(up.governor());
            }
            int score = p.specificity() * 2 + (targets.isEmpty() ? 0 : 3) - 1;
            if (!sources.isEmpty() && (best == null || score > best.score())) {
                best = new Match(n, p, score, sources, targets, -1, Slots.negated(ps, n, -1), false);
            }
        }
        return best;
    }

    private boolean isEventNoun(ParsedSentence ps, int n) {
        return ps.token(n).pos().startsWith("NN") && (Words.ACT_NOUNS.contains(ps.lemma(n)) || !lexicon.noun(ps.lemma(n)).isEmpty());
    }

    private static boolean intent(ParsedSentence ps, int v) {
        return Modality.isFuture(ps, v);
    }
}
