package org.entente.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProvenanceTest {
    @Test
    void typedFieldsAndTheirWrittenFormRoundTrip() {
        Provenance p = Provenance.parse("/entente/lexicon/verbs.tsv:730").asIntended().decidedBy("judge-ed94f130");
        assertEquals("/entente/lexicon/verbs.tsv", p.source());
        assertEquals(730, p.line());
        assertTrue(p.intended());
        assertEquals("judge-ed94f130", p.model());
        assertEquals("/entente/lexicon/verbs.tsv:730 +intent +judge:judge-ed94f130", p.toString());
        assertEquals(p, Provenance.parse(p.toString()));
        Provenance proposed = Provenance.proposedBy("judge-ed94f130");
        assertEquals("judge:judge-ed94f130", proposed.toString());
        assertEquals(proposed, Provenance.parse(proposed.toString()));
        Provenance refused = Provenance.parse("/entente/lexicon/verbs.tsv:90").asRefused().decidedBy("judge-ed94f130");
        assertEquals("/entente/lexicon/verbs.tsv:90 +refused +judge:judge-ed94f130", refused.toString());
        assertEquals(refused, Provenance.parse(refused.toString()));
        Provenance plain = Provenance.parse("a rule");
        assertFalse(plain.intended());
        assertNull(plain.model());
        assertEquals("a rule", plain.toString());
    }
}
