package org.entente.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.entente.model.Dependency;
import org.entente.model.Sentence;
import org.entente.model.Token;

import java.util.ArrayList;
import java.util.List;

/** Basic Universal Dependencies from CoreNLP's neural dependency parser (english_UD). */
public final class CoreNlpParser implements SentenceParser {
    /** Longer sentences are left unparsed: they are rarely one event and cost the most. */
    public static final int MAX_TOKENS = 100;

    @Override
    public List<Sentence> parse(List<Sentence> sentences) {
        List<CoreMap> maps = new ArrayList<>();
        List<Sentence> parseable = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.tokens().size() <= MAX_TOKENS) {
                maps.add(toCoreMap(s));
                parseable.add(s);
            }
        }
        if (maps.isEmpty()) return sentences;
        Annotation a = new Annotation("");
        a.set(CoreAnnotations.SentencesAnnotation.class, maps);
        CoreNlp.parsing().annotate(a);
        List<Sentence> out = new ArrayList<>();
        int k = 0;
        for (Sentence s : sentences) {
            if (k < parseable.size() && parseable.get(k) == s) {
                out.add(ProgressiveVerbs.retag(s.withDependencies(dependencies(maps.get(k).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)))));
                k++;
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static CoreMap toCoreMap(Sentence s) {
        List<CoreLabel> labels = new ArrayList<>();
        for (Token t : s.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(t.word());
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setIndex(t.index() + 1);
            l.setSentIndex(s.index());
            l.setBeginPosition(t.begin());
            l.setEndPosition(t.end());
            labels.add(l);
        }
        CoreMap m = new ArrayCoreMap();
        m.set(CoreAnnotations.TokensAnnotation.class, labels);
        m.set(CoreAnnotations.SentenceIndexAnnotation.class, s.index());
        return m;
    }

    private static List<Dependency> dependencies(SemanticGraph g) {
        List<Dependency> deps = new ArrayList<>();
        if (g == null) return deps;
        for (IndexedWord root : g.getRoots()) deps.add(new Dependency(-1, root.index() - 1, "root"));
        for (SemanticGraphEdge e : g.edgeIterable()) {
            deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
        deps.sort((x, y) -> Integer.compare(x.dependent(), y.dependent()));
        return deps;
    }
}
