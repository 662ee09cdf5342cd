package org.entente.nlp;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.io.IOException;
import java.io.InputStream;

/**
 * Sentence embeddings, for comparing two reports' evidence and as the event judge's view of a
 * sentence: all-MiniLM-L6-v2 (quantised, ONNX, bundled in its Maven artifact, runs offline on the CPU). Vectors are unit length, so their dot
 * product is the cosine. The model loads once per JVM, on first use, thread-safely.
 */
public final class SentenceEmbedder {
    private SentenceEmbedder() {
    }

    private static final class Model {
        static final EmbeddingModel INSTANCE = new OneThreadMiniLm();
    }

    /**
     * The bundled all-MiniLM-L6-v2 with an ONNX session that computes on the calling thread only:
     * the pipeline (and Spark) already runs one document per core, and a session spreading each call
     * over every core, spinning while it waits, took cores from the other documents' parsing.
     */
    private static final class OneThreadMiniLm extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        OneThreadMiniLm() {
            super(Runnable::run);
            ClassLoader loader = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
            try (InputStream model = loader.getResourceAsStream("all-minilm-l6-v2-q.onnx");
                 InputStream tokenizer = loader.getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json")) {
                if (model == null || tokenizer == null) throw new IllegalStateException("all-MiniLM-L6-v2 is missing from the classpath");
                OrtEnvironment env = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                encoder = new OnnxBertBiEncoder(env, env.createSession(model.readAllBytes(), options), tokenizer, PoolingMode.MEAN);
            } catch (IOException | OrtException e) {
                throw new IllegalStateException("cannot load all-MiniLM-L6-v2: " + e.getMessage(), e);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }

    /** The unit-length embedding of {@code text}. */
    public static float[] embed(String text) {
        return unit(Model.INSTANCE.embed(text).content().vector());
    }

    /** The unit-length embeddings of several texts, computed in one batch. */
    public static java.util.List<float[]> embedAll(java.util.List<String> texts) {
        if (texts.isEmpty()) return java.util.List.of();
        java.util.List<TextSegment> segments = new java.util.ArrayList<>(texts.size());
        for (String t : texts) segments.add(TextSegment.from(t.isBlank() ? "." : t));
        java.util.List<float[]> out = new java.util.ArrayList<>(texts.size());
        for (Embedding e : Model.INSTANCE.embedAll(segments).content()) out.add(unit(e.vector()));
        return out;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) norm += x * x;
        norm = Math.sqrt(norm);
        if (norm > 0 && Math.abs(norm - 1) > 1e-4) {
            for (int i = 0; i < v.length; i++) v[i] /= norm;
        }
        return v;
    }

    public static double cosine(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) d += a[i] * b[i];
        return d;
    }
}
