package org.entente.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import org.entente.model.AnnotatedArticle;
import org.entente.model.Article;
import org.entente.model.Sentence;
import org.entente.model.Token;

import java.util.ArrayList;
import java.util.List;

/** Tokens, sentences, POS tags and lemmas from Stanford CoreNLP. */
public final class CoreNlpAnnotator implements TextAnnotator {

    @Override
    public AnnotatedArticle annotate(Article article) {
        String text = article.text();
        Annotation doc = new Annotation(text);
        CoreNlp.tagging().annotate(doc);
        List<Integer> paragraphStarts = paragraphStarts(text);
        List<Sentence> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String word = l.originalText() != null ? l.originalText() : l.word();
                String tag = l.tag() == null ? "X" : l.tag(); // sentences beyond pos.maxlen are not tagged
                tokens.add(new Token(tokens.size(), word, l.lemma() == null ? word.toLowerCase() : l.lemma(), tag,
                        l.beginPosition(), l.endPosition()));
            }
            if (tokens.isEmpty()) continue;
            HyphenatedWords.join(tokens);
            int begin = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            out.add(new Sentence(out.size(), paragraphOf(paragraphStarts, begin), begin, end,
                    text.substring(begin, end), tokens, List.of()));
        }
        return new AnnotatedArticle(article, out);
    }

    /** Tokenization and POS tagging only, returning the token count: the benchmark's baseline. */
    public static int baseline(String text) {
        Annotation doc = new Annotation(text);
        Baseline.PIPELINE.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    private static final class Baseline {
        static final edu.stanford.nlp.pipeline.StanfordCoreNLP PIPELINE =
                new edu.stanford.nlp.pipeline.StanfordCoreNLP(CoreNlp.baselineProperties());
    }

    private static List<Integer> paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int i = 0;
        while ((i = text.indexOf("\n\n", i)) >= 0) {
            i += 2;
            starts.add(i);
        }
        return starts;
    }

    private static int paragraphOf(List<Integer> starts, int offset) {
        int p = 0;
        for (int i = 0; i < starts.size(); i++) if (starts.get(i) <= offset) p = i;
        return p;
    }
}
