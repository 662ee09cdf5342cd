package org.entente.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The schema.org objects of a page's JSON-LD blocks, flattened: top-level arrays, {@code @graph}
 * lists and {@code mainEntity} / {@code mainEntityOfPage} objects all become nodes. Broken blocks
 * (common) are passed over; the page's other metadata still counts.
 */
final class LinkedData {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<JsonNode> nodes;

    private LinkedData(List<JsonNode> nodes) {
        this.nodes = nodes;
    }

    static LinkedData of(org.jsoup.nodes.Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                flatten(JSON.readTree(script.data().strip()), nodes, 0);
            } catch (Exception e) {
                // broken JSON-LD: skip this block
            }
        }
        return new LinkedData(nodes);
    }

    private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) return;
        if (n.isArray()) {
            n.forEach(x -> flatten(x, out, depth + 1));
            return;
        }
        if (!n.isObject()) return;
        if (n.has("@type")) out.add(n);
        flatten(n.get("@graph"), out, depth + 1);
        for (String f : new String[]{"mainEntity", "mainEntityOfPage"}) {
            if (n.path(f).isObject()) flatten(n.get(f), out, depth + 1);
        }
    }

    /** Whether a node is an article of some kind (NewsArticle, BlogPosting, Report, ...). */
    static boolean isArticle(JsonNode n) {
        for (String t : types(n)) {
            if (t.contains("Article") || t.contains("Posting") || t.equals("Report") || t.equals("LiveBlogPosting")) return true;
        }
        return false;
    }

    private static List<String> types(JsonNode n) {
        List<String> out = new ArrayList<>();
        JsonNode t = n.path("@type");
        if (t.isArray()) t.forEach(x -> out.add(x.asText("")));
        else out.add(t.asText(""));
        return out;
    }

    /** A text field of the article nodes first, then of any node; null when none has it. */
    String field(String name) {
        String any = null;
        for (JsonNode n : nodes) {
            String v = text(n.get(name));
            if (v == null) continue;
            if (isArticle(n)) return v;
            if (any == null) any = v;
        }
        return any;
    }

    /** A text field of the article nodes only. */
    String articleField(String name) {
        for (JsonNode n : nodes) {
            if (!isArticle(n)) continue;
            String v = text(n.get(name));
            if (v != null) return v;
        }
        return null;
    }

    /** The name of the first article node's person or organisation field ({@code author}, {@code publisher}). */
    String articleName(String name) {
        for (JsonNode n : nodes) {
            if (isArticle(n) && n.has(name)) {
                String v = name(n.get(name));
                if (v != null) return v;
            }
        }
        return null;
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (v.isArray()) return v.size() == 0 ? null : text(v.get(0));
        if (v.isObject()) return v.hasNonNull("@value") ? text(v.get("@value")) : null;
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String name(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isArray()) return n.size() == 0 ? null : name(n.get(0));
        if (n.isTextual()) return n.asText();
        return n.hasNonNull("name") ? text(n.get("name")) : null;
    }
}
