package org.entente.nlp;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentence embeddings from a bundled BERT encoder (quantised, ONNX, shipped in its Maven artifact,
 * run offline on the CPU): all-MiniLM-L6-v2 compares two reports' evidence; the event judge uses
 * the encoder it was trained with ({@code judge.properties}). Vectors are unit length, so their
 * dot product is the cosine. Each encoder loads once per JVM, on first use, thread-safely.
 */
public final class SentenceEmbedder {
    /** The encoders the build carries: the name of their resources and how token vectors are pooled. */
    public enum Encoder {
        /** all-MiniLM-L6-v2: 6 layers, mean pooling. */
        MINILM("all-minilm-l6-v2-q", PoolingMode.MEAN),
        /** BAAI bge-small-en-v1.5: 12 layers, the first token's vector. */
        BGE_SMALL("bge-small-en-v1.5-q", PoolingMode.CLS);

        private final String resource;
        private final PoolingMode pooling;

        Encoder(String resource, PoolingMode pooling) {
            this.resource = resource;
            this.pooling = pooling;
        }

        /** The name written in settings ("bge-small-en-v1.5-q"). */
        public String id() {
            return resource;
        }

        /** The encoder of that name. */
        public static Encoder named(String id) {
            for (Encoder e : values()) if (e.resource.equals(id)) return e;
            throw new IllegalArgumentException("no sentence encoder '" + id + "' in this build (known: "
                    + java.util.Arrays.stream(values()).map(Encoder::id).collect(java.util.stream.Collectors.joining(", ")) + ")");
        }
    }

    private static final Map<Encoder, SentenceEmbedder> LOADED = new ConcurrentHashMap<>();

    private final OneThreadEncoder model;

    private SentenceEmbedder(Encoder encoder) {
        this.model = new OneThreadEncoder(encoder);
    }

    /** The encoder, loaded on first use. */
    public static SentenceEmbedder of(Encoder encoder) {
        return LOADED.computeIfAbsent(encoder, SentenceEmbedder::new);
    }

    /** The encoder that compares reports' evidence. */
    public static SentenceEmbedder similarity() {
        return of(Encoder.MINILM);
    }

    /**
     * An encoder with an ONNX session that computes on the calling thread only: the pipeline (and
     * Spark) already runs one document per core, and a session spreading each call over every
     * core, spinning while it waits, took cores from the other documents' parsing.
     */
    private static final class OneThreadEncoder extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        OneThreadEncoder(Encoder which) {
            super(Runnable::run);
            ClassLoader loader = SentenceEmbedder.class.getClassLoader();
            try (InputStream model = loader.getResourceAsStream(which.resource + ".onnx");
                 InputStream tokenizer = loader.getResourceAsStream(which.resource + "-tokenizer.json")) {
                if (model == null || tokenizer == null) throw new IllegalStateException(which.resource + " is missing from the classpath");
                OrtEnvironment env = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                encoder = new OnnxBertBiEncoder(env, env.createSession(model.readAllBytes(), options), tokenizer, which.pooling);
            } catch (IOException | OrtException e) {
                throw new IllegalStateException("cannot load " + which.resource + ": " + e.getMessage(), e);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }

    /** The unit-length embedding of {@code text}. */
    public float[] embed(String text) {
        return unit(model.embed(text).content().vector());
    }

    /** The unit-length embeddings of several texts, computed in one batch. */
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) segments.add(TextSegment.from(t.isBlank() ? "." : t));
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding e : model.embedAll(segments).content()) out.add(unit(e.vector()));
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
