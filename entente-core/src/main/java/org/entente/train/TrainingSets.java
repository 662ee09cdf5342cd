package org.entente.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.events.CameoTable;
import org.entente.events.JudgeLabels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The judge's annotated sets, as documents with gold units: PLV sentences with their marked source
 * and PLOVER type (the fit part and the seeded dev rows of {@code eval/plv/train-dev-rows.txt}); the
 * coded VOA stories of one split of {@code eval/voa/}, one unit per sentence with the types of the
 * acts it reports as done (none for no act); and NGEC's synthetic stories' first sentences, weighted
 * low. Texts are read from {@code ../shared}; only offsets and labels live in the repository.
 */
public final class TrainingSets {
    /** A sentence span (offsets into {@code text}) and what it reports. */
    public record Unit(int start, int end, List<String> types, String source, String target) {
    }

    /** A document to run the rules over, with its gold. */
    public record Doc(String id, String text, String date, List<Unit> units, double weight, String set) {
    }

    private final Path shared;
    private final Path eval;
    private final JudgeLabels labels = JudgeLabels.get();
    private final CameoTable cameo = CameoTable.standard();

    public TrainingSets(Path shared, Path eval) {
        this.shared = shared;
        this.eval = eval;
    }

    /** PLV rows of plv-train.tsv: the dev rows when {@code dev}, the others otherwise. */
    public List<Doc> plv(boolean dev) throws IOException {
        Set<Integer> devRows = new HashSet<>();
        for (String l : Files.readAllLines(eval.resolve("plv/train-dev-rows.txt"))) {
            if (!l.isBlank() && !l.startsWith("#")) devRows.add(Integer.parseInt(l.strip()));
        }
        List<Map<String, String>> rows = Delimited.read(shared.resolve("bench/events/plv-train.tsv"), '\t');
        List<Doc> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (devRows.contains(i) != dev) continue;
            Map<String, String> r = rows.get(i);
            String type = labels.canonical(r.get("gold_root"));
            String text = r.get("sentence");
            if (type == null || text == null || text.isBlank()) continue;
            out.add(new Doc("plv" + i, text, null, List.of(new Unit(0, text.length(), List.of(type), r.get("source"), r.get("target"))), 1.0, "plv"));
        }
        return out;
    }

    /** NGEC's synthetic stories: each one's first sentence and its type, at {@code weight}. */
    public List<Doc> ngec(double weight) throws IOException {
        List<Doc> out = new ArrayList<>();
        List<Map<String, String>> rows = Delimited.read(shared.resolve("bench/events/ngec-synthetic-events.csv"), ',');
        for (int i = 0; i < rows.size(); i++) {
            String type = labels.canonical(rows.get(i).get("label"));
            String text = firstSentence(rows.get(i).get("text"));
            if (type == null || text.isBlank()) continue;
            out.add(new Doc("ngec" + i, text, null, List.of(new Unit(0, text.length(), List.of(type), null, null)), weight, "ngec"));
        }
        return out;
    }

    /**
     * Business news as documents of no political act: Reuters-21578 stories whose only topics are
     * company earnings or acquisitions, every sentence labelled none, at most {@code limit}. The
     * odd-numbered ones are for fitting, the even-numbered ones for dev (where every act found in
     * them counts against the coder, as general news does).
     */
    public List<Doc> businessNews(double weight, int limit, boolean odd) throws IOException {
        List<Doc> out = new ArrayList<>();
        Path file = shared.resolve("corpus/reuters21578/reuters21578.jsonl");
        try (java.io.BufferedReader r = Files.newBufferedReader(file)) {
            String line;
            while ((line = r.readLine()) != null && out.size() < limit) {
                com.fasterxml.jackson.databind.JsonNode n = org.entente.json.Json.MAPPER.readTree(line);
                String id = n.path("id").asText(), text = n.path("text").asText("");
                java.util.Set<String> topics = new java.util.HashSet<>();
                n.path("topics").forEach(t -> topics.add(t.asText()));
                int number = Integer.parseInt(id.replaceAll("\\D", "0"));
                if (text.isBlank() || (number % 2 == 1) != odd || topics.isEmpty() || !Set.of("earn", "acq").containsAll(topics)) continue;
                out.add(new Doc(id, text, n.path("date").asText(null), List.of(new Unit(0, text.length(), List.of(), null, null)), weight, "news"));
            }
        }
        return out;
    }

    private static String firstSentence(String text) {
        if (text == null) return "";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[.!?][\"”’]?\\s+(?=[\"“A-Z])").matcher(text);
        return (m.find() ? text.substring(0, m.end()) : text).strip();
    }

    /** The coded VOA stories of one split, a unit per sentence. */
    public List<Doc> voa(String split) throws IOException {
        Set<String> stories = new HashSet<>();
        for (String l : Files.readAllLines(eval.resolve("voa/split.tsv"))) {
            String[] c = l.split("\t");
            if (!l.startsWith("#") && c.length > 1 && c[1].equals(split)) stories.add(c[0]);
        }
        Map<String, Map<String, int[]>> sentences = new HashMap<>();
        for (String l : Files.readAllLines(eval.resolve("voa/sentences.tsv"))) {
            String[] c = l.split("\t");
            if (l.startsWith("#") || !stories.contains(c[0])) continue;
            sentences.computeIfAbsent(c[0], k -> new LinkedHashMap<>()).put(c[1], new int[]{Integer.parseInt(c[2]), Integer.parseInt(c[3])});
        }
        Map<String, List<String>> types = new HashMap<>();
        for (String l : Files.readAllLines(eval.resolve("voa/events.tsv"))) {
            String[] c = l.split("\t");
            if (c[0].equals("story") || !stories.contains(c[0])) continue;
            List<String> t = types.computeIfAbsent(c[0] + "/" + c[1], k -> new ArrayList<>());
            if (c[2].equals("none") || !c[12].equals("done") || cameo.root(c[2]).isStatement()) continue;
            String type = labels.canonical(cameo.plover(c[2]));
            if (type != null && !type.equals(JudgeLabels.NONE)) t.add(type);
        }
        ObjectMapper json = new ObjectMapper();
        List<Doc> out = new ArrayList<>();
        for (String line : Files.readAllLines(shared.resolve("corpus/voa/voa-stories.jsonl"))) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            String id = n.get("id").asText();
            if (!sentences.containsKey(id)) continue;
            List<Unit> units = new ArrayList<>();
            for (Map.Entry<String, int[]> s : sentences.get(id).entrySet()) {
                units.add(new Unit(s.getValue()[0], s.getValue()[1], types.getOrDefault(id + "/" + s.getKey(), List.of()), null, null));
            }
            out.add(new Doc(id, n.get("text").asText(), n.get("date").asText(), units, 1.0, "voa"));
        }
        out.sort(java.util.Comparator.comparing(Doc::id));
        return out;
    }
}
