package org.entente.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.entente.json.EventJson;
import org.entente.json.Json;
import org.entente.merge.EventMerger;
import org.entente.merge.MergedEvent;
import org.entente.model.Event;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reports merged into events as a Spark step: a story repeated under another id counted once (as
 * {@code analyze} stores it), then grouped by merge block (the two states and the year;
 * an undated report is a block of its own, a negated one never merges), each block merged by the
 * same rule as {@code analyze} ({@link EventMerger}), in the order the store holds its reports
 * (document, sentence, then the coder's order), so ids and representatives are the same.
 */
final class MergeStep {
    /**
     * A report as the job carries it: its place in its document's output, its document's content hash
     * and place in the input, its merge block (null: never merged) and its JSON.
     */
    record Report(String doc, int sentence, int seq, String contentHash, long position, String block, String json)
            implements java.io.Serializable {
    }

    private MergeStep() {
    }

    /** The merged events as export's JSON lines: the representative report plus {@code id}, {@code mentions}, {@code sources}. */
    static JavaRDD<String> merged(JavaRDD<Report> all) {
        // as analyze stores it: a story repeated under another id counts once, the first in input order
        JavaPairRDD<String, Long> first = all.mapToPair(r -> new Tuple2<>(r.contentHash(), r.position())).reduceByKey(Math::min);
        JavaRDD<Report> reports = all.mapToPair(r -> new Tuple2<>(r.contentHash(), r)).join(first)
                .filter(t -> t._2()._1().position() == t._2()._2()).map(t -> t._2()._1());
        return reports.filter(r -> r.block() != null).mapToPair(r -> new Tuple2<>(r.block(), r)).groupByKey().flatMap(t -> {
            List<Report> in = new ArrayList<>();
            t._2().forEach(in::add);
            in.sort(Comparator.comparing(Report::doc).thenComparingInt(Report::sentence).thenComparingInt(Report::seq));
            List<Event> events = new ArrayList<>(in.size());
            for (Report r : in) events.add(EventJson.read(Json.MAPPER.readTree(r.json())));
            List<String> out = new ArrayList<>();
            for (MergedEvent m : new EventMerger().merge(events)) { // one per block: its similarity cache is not shared between tasks
                ObjectNode n = Json.event(m.event());
                n.put("id", Long.toString(m.id()));
                n.put("mentions", m.mentions().size());
                n.put("sources", m.sources());
                out.add(Json.line(n));
            }
            return out.iterator();
        });
    }
}
