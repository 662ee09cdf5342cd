package org.entente.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text measures of every element of a page, made in one walk: how many characters of text it
 * holds, how many of them are link text, its commas, its paragraphs. Asking an element for its
 * text costs its whole subtree, and asking that of every element costs the square of the page's
 * depth (100,000 nested elements took minutes); these sums cost one pass.
 */
final class BlockStats {
    private final Map<Element, int[]> sums = new IdentityHashMap<>();

    BlockStats(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) sums.put(e, new int[4]);
            }

            @Override
            public void tail(Node node, int depth) {
                Node parent = node.parent();
                int[] up = parent instanceof Element p ? sums.get(p) : null;
                if (node instanceof TextNode t) {
                    if (up == null) return;
                    String s = t.text();
                    int chars = s.isBlank() ? 0 : s.strip().length() + 1;
                    up[0] += chars;
                    up[2] += commas(s);
                } else if (node instanceof Element e && up != null) {
                    int[] own = sums.get(e);
                    up[0] += own[0];
                    up[1] += e.tagName().equals("a") ? 0 : own[1];
                    if (e.tagName().equals("a")) up[1] += own[0];
                    up[2] += own[2];
                    up[3] += own[3] + (e.tagName().equals("p") ? 1 : 0);
                }
            }
        }, root);
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ',') n++;
        return n;
    }

    private int[] of(Element e) {
        int[] s = sums.get(e);
        return s == null ? new int[4] : s;
    }

    /** Characters of text in the element (about what {@code text().length()} gives). */
    int chars(Element e) {
        return Math.max(0, of(e)[0] - 1);
    }

    int commas(Element e) {
        return of(e)[2];
    }

    /** How many {@code <p>} elements it holds. */
    int paragraphs(Element e) {
        return of(e)[3];
    }

    /** The share of its text that is link text (1 for an element with no text). */
    double linkDensity(Element e) {
        int all = of(e)[0];
        if (all == 0) return 1;
        int links = e.tagName().equals("a") ? all : of(e)[1];
        return Math.min(1.0, (double) links / all);
    }
}
