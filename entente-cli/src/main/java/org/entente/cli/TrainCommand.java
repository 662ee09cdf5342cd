package org.entente.cli;

import org.entente.nlp.SentenceEmbedder;
import org.entente.train.JudgeTrainer;
import org.entente.train.TrainingSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code train}: fits the event judge on the annotated sets and writes it where the build bundles it. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train the event judge on the annotated sets (deterministic with --seed).")
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--shared", description = "the shared data folder (default: ../shared)")
    Path shared = Path.of("..", "shared");

    @Option(names = "--eval", description = "our stand-off annotations (default: eval)")
    Path eval = Path.of("eval");

    @Option(names = "--out", description = "where to write judge.tribuo and judge.properties (default: the bundled resource folder)")
    Path out = Path.of("entente-core", "src", "main", "resources", "entente", "judge");

    @Option(names = "--seed", description = "the random seed (default: 20261207)")
    long seed = 20261207L;

    @Option(names = "--epochs", description = "passes over the data (default: 15)")
    int epochs = 15;

    @Option(names = "--rate", description = "AdaGrad's initial learning rate (default: 0.1)")
    double rate = 0.1;

    @Option(names = "--ngec-weight", description = "the weight of NGEC's synthetic stories, 0 to leave them out (default: 0.1)")
    double ngecWeight = 0.1;

    @Option(names = "--news-weight", description = "the weight of business news (Reuters earnings and acquisitions) as examples of no act, 0 to leave it out (default: 0.1)")
    double newsWeight = 0.1;

    @Option(names = "--encoder", description = "the sentence encoder the judge reads: bge-small-en-v1.5-q or all-minilm-l6-v2-q (default: bge-small-en-v1.5-q)")
    String encoder = SentenceEmbedder.Encoder.BGE_SMALL.id();

    @Option(names = "--thresholds-only", description = "keep the bundled judge's weights and choose its thresholds again on dev")
    boolean thresholdsOnly;

    @Mixin
    Threads threads;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(shared.resolve("bench/events"))) throw new IllegalArgumentException("no training data under " + shared);
        if (!Files.isDirectory(eval.resolve("voa"))) throw new IllegalArgumentException("no annotations under " + eval);
        JudgeTrainer trainer = new JudgeTrainer(System.err, SentenceEmbedder.Encoder.named(encoder));
        if (thresholdsOnly) trainer.retune(new TrainingSets(shared, eval), out, threads.threads);
        else trainer.train(new TrainingSets(shared, eval), out, seed, epochs, rate, ngecWeight, newsWeight, threads.threads);
        return 0;
    }
}
