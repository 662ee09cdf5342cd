package org.entente.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a page's main content: paragraphs vote for their parent and grandparent blocks by length
 * and commas, each block's score is discounted by its link density, and the best block (with
 * siblings that score nearly as well) is read out as lines: headings, paragraphs, list items.
 * All traversals are iterative, so deeply nested pages cannot overflow the stack.
 */
final class ContentScorer {
    private static final Pattern NEGATIVE = Pattern.compile("(?i)comment|share|social|related|sidebar|footer|\\bnav|menu|cookie"
            + "|banner|promo|subscribe|newsletter|advert|\\bads?\\b|\\bad-|breadcrumb|widget|popup|modal|masthead|byline|tags|caption|consent|privacy|gdpr");
    /** Names that mark a region as never article text, however much prose it holds (comment threads, teasers). */
    private static final Pattern STRONG = Pattern.compile("(?i)comment|disqus|respond|replies|rating|related");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "td");

    private ContentScorer() {
    }

    static List<String> extract(org.jsoup.nodes.Document page) {
        Element body = page.body();
        if (body == null) return List.of();
        body.select("script,style,noscript,iframe,svg,button,select,figcaption,template,input,textarea").remove();
        body.select("[hidden],[aria-hidden=true],[style~=(?i)display:\\s*none],[style~=(?i)visibility:\\s*hidden]").remove();
        BlockStats before = new BlockStats(body);
        List<Element> noisy = new ArrayList<>();
        for (Element e : body.select("nav,footer,aside,form,header")) {
            if (!holdsProse(e, before)) noisy.add(e); // a page wrapped in one <form> keeps its article
        }
        java.util.Set<Element> wrapping = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element a : body.select("article,h1,[itemprop=articleBody]")) {
            for (Element x = a; x != null && wrapping.add(x); x = x.parent()) {
                // every ancestor of an article wraps it; the walk stops where an earlier one did
            }
        }
        for (Element e : body.getAllElements()) {
            String idClass = e.id() + " " + e.className();
            if (e == body || idClass.isBlank() || e.tagName().equals("article") || !NEGATIVE.matcher(idClass).find()) continue;
            if (!wrapping.contains(e) && (STRONG.matcher(idClass).find() || !holdsProse(e, before))) noisy.add(e);
        }
        for (Element e : noisy) if (e.parent() != null) e.remove();
        BlockStats stats = new BlockStats(body);

        Map<Element, Double> score = new IdentityHashMap<>();
        Map<Element, Double> own = new IdentityHashMap<>();
        for (Element p : body.select("p,pre,blockquote,div,td,section")) {
            boolean container = p.tagName().equals("div") || p.tagName().equals("section");
            if (container && !hasOwnText(p) && !isLeafBlock(p)) continue;
            int length = stats.chars(p);
            if (length < 25) continue;
            double s = 1 + stats.commas(p) + 1 + Math.min(length / 100.0, 3);
            own.put(p, s);
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, s, Double::sum);
                Element grand = parent.parent();
                if (grand != null) score.merge(grand, s / 2, Double::sum);
            }
        }
        Map<Element, Double> subtree = below(body, own);
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            double s = e.getValue() * (1 - stats.linkDensity(e.getKey()));
            e.setValue(s);
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        if (best == null) return lines(List.of(body), stats);
        double threshold = Math.max(10, bestScore * 0.2);
        // articles split into repeated wrappers (one per paragraph group): climb while the level above
        // holds more than one scoring block
        Element top = best;
        for (int up = 0; up < 5 && top.parent() != null && top.parent() != body; up++) {
            int scoring = 0;
            for (Element sib : top.parent().children()) {
                Double sc = subtree.get(sib);
                if (sib != top && sc != null && sc >= Math.max(10, bestScore * 0.3) && stats.linkDensity(sib) < 0.3) scoring++;
            }
            boolean wrapperOnly = subtree.getOrDefault(top.parent(), 0.0) <= subtree.getOrDefault(top, 0.0) + 1e-9;
            if (scoring == 0 && !wrapperOnly) break;
            top = top.parent();
        }
        List<Element> chosen = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null) {
            chosen.add(top);
        } else if (top != best) {
            for (Element c : top.children()) {
                Double sc = subtree.get(c);
                if (inside(best, c) || (sc != null && sc >= threshold && stats.linkDensity(c) < 0.35)) chosen.add(c);
            }
        } else {
            for (Element sib : parent.children()) {
                Double sc = score.get(sib);
                if (sib == best || (sc != null && sc >= threshold)
                        || (sib.tagName().equals("p") && stats.chars(sib) > 80 && stats.linkDensity(sib) < 0.25)) chosen.add(sib);
            }
        }
        return lines(chosen, stats);
    }

    /** For each element, the sum of the scores of the scoring blocks strictly below it (one walk). */
    private static Map<Element, Double> below(Element root, Map<Element, Double> own) {
        Map<Element, Double> out = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e) || e.parent() == null) return;
                double add = out.getOrDefault(e, 0.0) + own.getOrDefault(e, 0.0);
                if (add > 0) out.merge(e.parent(), add, Double::sum);
            }
        }, root);
        return out;
    }

    private static boolean inside(Element e, Element ancestor) {
        for (Element x = e; x != null; x = x.parent()) if (x == ancestor) return true;
        return false;
    }

    private static boolean hasOwnText(Element e) {
        for (TextNode t : e.textNodes()) if (t.text().strip().length() > 20) return true;
        return false;
    }

    /** Whether an element holds real article prose (then a noisy name or tag does not remove it). */
    private static boolean holdsProse(Element e, BlockStats stats) {
        if (stats.paragraphs(e) >= 3) return true;
        return stats.chars(e) > 600 && stats.linkDensity(e) < 0.3;
    }

    /** A div holding only inline content (spans, links, line breaks): a paragraph in all but name. */
    private static boolean isLeafBlock(Element e) {
        if (e.childrenSize() == 0) return false;
        for (Element c : e.children()) {
            if (c.isBlock() && !c.tagName().equals("br")) return false;
        }
        return true;
    }

    /** The blocks' text as lines: one per paragraph, heading or list item. */
    private static List<String> lines(List<Element> roots, BlockStats stats) {
        List<String> out = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        for (Element root : roots) {
            NodeTraversor.traverse(new NodeVisitor() {
                int inBlock = 0;

                @Override
                public void head(Node node, int depth) {
                    if (node instanceof Element el && BLOCKS.contains(el.tagName())) {
                        if (inBlock == 0) {
                            flush(loose, out);
                            String t = el.text().strip();
                            boolean linkList = t.length() < 200 && stats.linkDensity(el) > 0.6; // "» Other story" teasers
                            boolean cell = el.tagName().equals("td") && t.length() < 40; // data tables: stats, not prose
                            boolean headline = el.tagName().equals("h1"); // the title, reported on its own
                            if (!t.isEmpty() && !linkList && !cell && !headline) out.add(t);
                        }
                        inBlock++;
                    } else if (inBlock == 0 && node instanceof TextNode tn) {
                        loose.append(tn.text());
                    } else if (inBlock == 0 && node instanceof Element el && el.tagName().equals("br")) {
                        flush(loose, out);
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element el && BLOCKS.contains(el.tagName())) inBlock--;
                    else if (inBlock == 0 && node instanceof Element el && el.isBlock()) flush(loose, out);
                }
            }, root);
            flush(loose, out);
        }
        return out;
    }

    private static void flush(StringBuilder loose, List<String> out) {
        String t = loose.toString().replaceAll("\\s+", " ").strip();
        if (!t.isEmpty()) out.add(t);
        loose.setLength(0);
    }

}
