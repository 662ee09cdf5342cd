package org.entente.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Properties;

/**
 * The CoreNLP pipelines, loaded once per JVM on first use (thread-safe lazy holders), shared by
 * every thread: CoreNLP's annotators are safe to call concurrently.
 */
final class CoreNlp {
    private CoreNlp() {
    }

    private static final class Tagging {
        static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(taggingProperties());
    }

    private static final class Parsing {
        static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(parsingProperties());
    }

    static StanfordCoreNLP tagging() {
        return Tagging.PIPELINE;
    }

    static StanfordCoreNLP parsing() {
        return Parsing.PIPELINE;
    }

    static Properties taggingProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,normalizeParentheses=false,normalizeOtherBrackets=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("pos.maxlen", "150");
        return p;
    }

    /** Tokenization and POS only: the baseline the benchmark compares the full pipeline with. */
    static Properties baselineProperties() {
        Properties p = taggingProperties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        return p;
    }

    private static Properties parsingProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "depparse");
        p.setProperty("enforceRequirements", "false");
        return p;
    }
}
