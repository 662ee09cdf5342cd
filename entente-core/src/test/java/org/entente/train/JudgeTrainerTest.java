package org.entente.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training the judge end to end on a few sentences of ours laid out as the real sets are. */
class JudgeTrainerTest {
    private static final String[][] PLV = {
            {"Chile imposed sanctions on Peru over the fishing dispute.", "Chile", "Peru", "SANCTION"},
            {"Peru accused Chile of spying on its navy.", "Peru", "Chile", "ACCUSE"},
            {"Bolivia and Peru signed a trade agreement in La Paz.", "Bolivia", "Peru", "AGREE"},
            {"Argentina sent food aid to Bolivia after the floods.", "Argentina", "Bolivia", "AID"},
            {"Chilean troops shelled positions held by Peruvian forces.", "Chilean troops", "Peruvian forces", "FIGHT"},
            {"Ecuador rejected Colombia's proposal for joint patrols.", "Ecuador", "Colombia", "REJECT"},
            {"Colombia threatened to expel Venezuelan diplomats.", "Colombia", "Venezuelan diplomats", "THREATEN"},
            {"Uruguay's president met Paraguay's president in Asuncion.", "Uruguay's president", "Paraguay's president", "CONSULT"},
    };

    private static void fixtures(Path shared, Path eval) throws IOException {
        Files.createDirectories(shared.resolve("bench/events"));
        Files.createDirectories(shared.resolve("corpus/voa"));
        Files.createDirectories(eval.resolve("plv"));
        Files.createDirectories(eval.resolve("voa"));
        StringBuilder plv = new StringBuilder("\tsentence\tsource\ttarget\tgold_root\n");
        for (int i = 0; i < PLV.length; i++) plv.append(i).append('\t').append(String.join("\t", PLV[i])).append('\n');
        Files.writeString(shared.resolve("bench/events/plv-train.tsv"), plv);
        Files.writeString(eval.resolve("plv/train-dev-rows.txt"), "# dev rows\n6\n7\n");
        Files.writeString(shared.resolve("bench/events/ngec-synthetic-events.csv"), "text,label\n"
                + "\"Teachers in Lima went on strike, demanding better pay. Talks failed.\",PROTEST\n"
                + "\"Brazil deployed troops to its border with Venezuela. More may follow.\",MOBILIZE\n");
        String story = "Chile expelled two Peruvian diplomats on Monday. The weather in Santiago was mild.";
        Files.writeString(shared.resolve("corpus/voa/voa-stories.jsonl"),
                "{\"id\": \"s1\", \"text\": \"" + story + "\", \"date\": \"2024-05-02T10:00:00Z\"}\n"
                        + "{\"id\": \"s2\", \"text\": \"" + story + "\", \"date\": \"2024-05-03T10:00:00Z\"}\n");
        Files.createDirectories(shared.resolve("corpus/reuters21578"));
        Files.writeString(shared.resolve("corpus/reuters21578/reuters21578.jsonl"),
                "{\"id\": \"reuters-1\", \"text\": \"Acme Corp said first quarter profit rose 10 pct.\", \"topics\": [\"earn\"]}\n"
                        + "{\"id\": \"reuters-2\", \"text\": \"Beta Inc agreed to buy Gamma Co for 12 mln dlrs.\", \"topics\": [\"acq\"]}\n"
                        + "{\"id\": \"reuters-3\", \"text\": \"Iran said its forces attacked Iraqi positions.\", \"topics\": [\"crude\"]}\n");
        Files.writeString(eval.resolve("voa/split.tsv"), "# story\tsplit\ns1\ttrain\ns2\tdev\n");
        Files.writeString(eval.resolve("voa/sentences.tsv"), "# story\tn\tstart\tend\ns1\t1\t0\t48\ns1\t2\t49\t83\ns2\t1\t0\t48\ns2\t2\t49\t83\n");
        Files.writeString(eval.resolve("voa/events.tsv"), "story\tsent\tcameo\tsrc_start\tsrc_end\tsource\ttgt_start\ttgt_end\ttarget\t"
                + "trig_start\ttrig_end\tdate\tstatus\tloc_start\tloc_end\tloc_country\tcoder\n"
                + "s1\t1\t174\t0\t5\tCHLGOV\t16\t35\tPERGOV\t6\t14\t2024-04-29\tdone\t-\t-\t-\tt\n"
                + "s1\t2\tnone\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\tt\n"
                + "s2\t1\t174\t0\t5\tCHLGOV\t16\t35\tPERGOV\t6\t14\t2024-04-29\tdone\t-\t-\t-\tt\n"
                + "s2\t2\tnone\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\tt\n");
    }

    @Test
    void trainingIsDeterministicAndWritesAModelWithItsSettings(@TempDir Path dir) throws Exception {
        Path shared = dir.resolve("shared"), eval = dir.resolve("eval");
        fixtures(shared, eval);
        TrainingSets sets = new TrainingSets(shared, eval);
        assertEquals(6, sets.plv(false).size());
        assertEquals(2, sets.plv(true).size());
        assertEquals(2, sets.ngec(0.1).size());
        assertEquals("Teachers in Lima went on strike, demanding better pay.", sets.ngec(0.1).get(0).text());
        assertEquals(java.util.List.of("COERCE"), sets.voa("train").get(0).units().get(0).types());
        assertEquals(java.util.List.of("reuters-1"), sets.businessNews(0.1, 10, true).stream().map(TrainingSets.Doc::id).toList(),
                "odd business stories fit, and a story on other topics is never taken as no act");
        assertEquals(java.util.List.of("reuters-2"), sets.businessNews(1, 10, false).stream().map(TrainingSets.Doc::id).toList());
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        JudgeTrainer trainer = new JudgeTrainer(new PrintStream(log, true), org.entente.nlp.SentenceEmbedder.Encoder.BGE_SMALL);
        trainer.train(sets, dir.resolve("a"), 7, 3, 0.1, 0.1, 0, 1);
        trainer.train(sets, dir.resolve("b"), 7, 3, 0.1, 0.1, 0, 1);
        assertTrue(Files.size(dir.resolve("a/judge.tribuo")) > 1000);
        Properties p = new Properties(), q = new Properties();
        p.load(Files.newBufferedReader(dir.resolve("a/judge.properties")));
        q.load(Files.newBufferedReader(dir.resolve("b/judge.properties")));
        assertTrue(p.getProperty("version").startsWith("judge-"), p.toString());
        assertEquals("bge-small-en-v1.5-q", p.getProperty("encoder"), "the judge names the encoder it reads sentences with");
        assertEquals(p, q); // same seed, same weights (the version is their digest), same thresholds
        trainer.train(sets, dir.resolve("c"), 8, 3, 0.1, 0.1, 0, 1);
        q.load(Files.newBufferedReader(dir.resolve("c/judge.properties")));
        assertTrue(!p.getProperty("version").equals(q.getProperty("version")), "another seed, other weights");
        for (String k : new String[]{"drop", "retype", "propose"}) Double.parseDouble(p.getProperty(k));
        assertTrue(log.toString().contains("dev, judged:"), log.toString());
    }
}
