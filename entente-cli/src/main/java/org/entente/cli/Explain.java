package org.entente.cli;

import org.entente.model.ActorMention;
import org.entente.model.Dependency;
import org.entente.model.Sentence;
import org.entente.model.Token;
import org.entente.pipeline.Analysis;

/** A readable dump of what the pipeline saw in a document: tokens, dependencies, mentions. */
final class Explain {
    private Explain() {
    }

    static String of(Analysis a) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(a.document().id()).append('\n');
        for (Sentence s : a.annotated().sentences()) {
            b.append("sentence ").append(s.index()).append(s.parsed() ? "" : " (not parsed)").append(": ").append(s.text()).append('\n');
            for (Token t : s.tokens()) {
                Dependency h = s.head(t.index());
                b.append(String.format("  %2d %-16s %-12s %-5s %s%n", t.index(), t.word(), t.lemma(), t.pos(),
                        h == null ? "" : h.relation() + " <- " + (h.governor() < 0 ? "ROOT" : h.governor() + " " + s.tokens().get(h.governor()).word())));
            }
            for (ActorMention m : a.mentions()) {
                if (m.sentence() != s.index()) continue;
                b.append("  actor [").append(m.tokenStart()).append(',').append(m.tokenEnd()).append(") ").append(m.text())
                        .append(" = ").append(m.actors()).append("  (").append(m.entry()).append(")\n");
            }
        }
        return b.toString();
    }
}
