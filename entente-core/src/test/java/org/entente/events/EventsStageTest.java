package org.entente.events;

import org.entente.model.Document;
import org.entente.model.Event;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The events stage as users get it: rules, the bundled judge, and what is never reported. */
class EventsStageTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static List<Event> events(String text) {
        return PIPELINE.process(new Document("t", "test", text, null, null, null, "2024-05-02", null)).events();
    }

    @Test
    void creditContactAndCaptionLinesReportNothing() {
        assertTrue(ReportFilter.notAReport("Maria Lopez in Lima contributed to this report."));
        assertTrue(ReportFilter.notAReport("Reporting by Ana Diaz; Editing by Tom Reed"));
        assertTrue(ReportFilter.notAReport("Some information for this report came from The Associated Press and Reuters."));
        assertTrue(ReportFilter.notAReport("Photo: Chilean police detain a protester in Santiago."));
        assertFalse(ReportFilter.notAReport("Chilean police detained a protester in Santiago on Tuesday."));
        assertTrue(events("Peruvian officials who met Chilean diplomats in Lima contributed to this report.").isEmpty());
    }

    @Test
    void anActWithinOneStateNeedsTwoDistinctNamedSides() {
        for (Event e : events("Chilean President Gabriel Boric criticized Chile on Tuesday. Chile praised Chile.")) {
            assertFalse(e.target() != null && e.source().code().equals(e.target().code()), e.toString());
        }
        List<Event> police = events("Chilean police arrested dozens of Chilean students in Santiago on Tuesday.");
        assertTrue(police.stream().anyMatch(e -> e.target() != null && e.source().code().equals("CHLCOP")
                && e.target().country().equals("CHL") && !e.target().code().equals("CHLCOP")), police.toString());
    }

    @Test
    void theBundledJudgeLoadsOnceAndNamesItsVersionInTheRule() {
        Judge judge = Judge.standard();
        assertNotNull(judge, "no judge bundled: run ./entente train");
        assertTrue(judge.version().startsWith("judge-"));
        assertTrue(judge == Judge.standard());
        Judge.Verdict v = judge.judge(org.entente.nlp.SentenceEmbedder.of(judge.encoder()).embed("Chile imposed sanctions on Peru."),
                List.of("rule=SANCTION", "trigger=imposed", "lemma=impose", "src=", "tgt="));
        double sum = v.scores().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(1.0, sum, 0.01);
        assertEquals(JudgeLabels.get().types().size(), v.scores().size());
        List<Event> e = events("The European Union imposed new sanctions on Russia on Tuesday.");
        assertFalse(e.isEmpty());
        assertTrue(e.stream().allMatch(x -> x.rule().contains("judge:" + judge.version())), e.toString());
    }

    @Test
    void statementsAreLeftOutUnlessAskedFor() {
        Analysis a = PIPELINE.process(new Document("t", "test", "The Chilean foreign minister commented on the Peruvian proposal on Tuesday.",
                null, null, null, "2024-05-02", null));
        long statements = a.events().stream().filter(e -> e.root().equals("01")).count();
        assertTrue(statements > 0, a.events().toString());
        assertTrue(a.withoutStatements().events().stream().noneMatch(e -> e.root().equals("01")));
        assertEquals(a.events().size() - statements, a.withoutStatements().events().size());
    }

    @Test
    void theJudgeProposesNoActorNamedOnlyAfterTheActVerbAsItsSource() {
        // one actor, after the verb: acted on, so no source to propose (before: "Peru" as the source)
        JudgedCoder.Proposal before = assertProposedSource("A regional bloc of traders agreed to supply Peru with grain.", "Peru",
                "Peru agreed to supply grain to a regional bloc of traders.", "Peru");
        assertNotNull(before.verb(), "the proposal names the act verb it rests on");
    }

    /** The judge's proposal in {@code without} has no source {@code absent}; in {@code with}, it has {@code expected}. */
    private static JudgedCoder.Proposal assertProposedSource(String without, String absent, String with, String expected) {
        JudgedCoder coder = new JudgedCoder(new DependencyCoder(), Judge.standard());
        JudgedCoder.Proposal no = proposal(coder, without);
        assertTrue(no == null || !no.source().text().equals(absent), String.valueOf(no));
        JudgedCoder.Proposal yes = proposal(coder, with);
        assertNotNull(yes, with);
        assertEquals(expected, yes.source().text());
        return yes;
    }

    @Test
    void aCandidateNamingOneActorTwiceLeavesItsSentenceToTheJudge() {
        String text = "The Iraqi prime minister held a meeting with a government delegation ahead of talks with Kurdish rebels on Sunday.";
        Analysis a = PIPELINE.process(new Document("t", "test", text, null, null, null, "2019-06-01", null));
        assertTrue(new DependencyCoder().code(a.annotated(), a.mentions()).stream().anyMatch(ReportFilter::sameActorTwice),
                "the rules meet the government's own delegation");
        List<Event> e = a.events();
        assertFalse(e.isEmpty(), "the judge finds the sentence's dyad instead");
        assertTrue(e.stream().allMatch(x -> x.source().code().equals("IRQGOV") && x.target() != null && x.target().code().equals("IRQREB")), e.toString());
    }

    @Test
    void theJudgesProposalIsCodedAsIntendedOrRefusedAsTheRulesWouldBe() {
        List<Event> done = events("Chile sent a team of engineers to Peru last week.");
        List<Event> planned = events("Chile will send a team of engineers to Peru next week.");
        assertTrue(done.stream().anyMatch(e -> e.rule().startsWith("judge:") && !e.root().equals("03")), "done: " + done);
        assertTrue(planned.stream().anyMatch(e -> e.rule().startsWith("judge:")), "the judge proposes the plan too: " + planned);
        assertTrue(planned.stream().allMatch(e -> e.root().equals("03")), "a plan is an intent: " + planned);
        assertTrue(events("Chile did not send a team of engineers to Peru.").stream().noneMatch(e -> e.root().equals("06")),
                "what was not done is not reported as done");
    }

    @Test
    void whoIsAskedToActIsNoSourceOfTheJudgesProposal() {
        // who declines to act is that act's subject too
        assertProposedSource("The rapporteur called for the Taliban to lift the travel ban.", "Taliban",
                "The Taliban declined to lift the travel ban on Kabul.", "Taliban");
    }

    @Test
    void aProposalKnowsTheSourcesCoSubject() {
        JudgedCoder coder = new JudgedCoder(new DependencyCoder(), Judge.standard());
        JudgedCoder.Proposal p = proposal(coder, "China and Malaysia are bickering over fishing rights.");
        assertNotNull(p);
        assertEquals("China", p.source().text());
        assertNotNull(p.partner(), p.toString());
        assertEquals("MYS", p.partner().actor().code());
        JudgedCoder.Proposal alone = proposal(coder, "China is bickering with Malaysia over fishing rights.");
        assertNotNull(alone);
        assertEquals(null, alone.partner(), alone.toString());
    }

    @Test
    void anAuxiliaryIsNoActVerbForTheJudgesProposal() {
        JudgedCoder coder = new JudgedCoder(new DependencyCoder(), Judge.standard());
        JudgedCoder.Proposal p = proposal(coder, "In Pakistan, hundreds of militants have been killed in the last year.");
        assertNotNull(p);
        assertEquals("killed", p.verb().text(), p.toString());
    }

    private static JudgedCoder.Proposal proposal(JudgedCoder coder, String text) {
        Analysis a = PIPELINE.process(new Document("t", "test", text, null, null, null, "2024-05-02", null));
        var s = a.annotated().sentences().get(0);
        return coder.proposal(s, a.mentions().stream().filter(m -> m.sentence() == 0 && !m.actors().isEmpty()).toList());
    }

    @Test
    void anArmedGroupsViolenceAgainstPeopleWhoAreNotAnArmedSideIsUnconventional() {
        List<Event> found = events("Islamabad, May 2 - Pakistani militants attacked Pakistani troops in the northwest on Tuesday, officials said.\n\nThe army said it would respond.");
        Event attack = found.stream().filter(e -> e.root().equals("19")).findFirst().orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals("PAKREB", attack.source().code());
        assertEquals("19", ViolenceCodes.recode(attack).root(), "against troops it stays military force");
        CameoTable.Code small = CameoTable.standard().get("193");
        Event onCivilians = attack.withActors(attack.source(), new org.entente.model.ActorRef("villagers", "PAKCVL", "PAK", "CVL", null))
                .recoded(small.code(), small.root(), small.quadClass(), small.goldstein(), "ASSAULT", attack.confidence(), attack.provenance());
        Event recoded = ViolenceCodes.recode(onCivilians);
        assertEquals("18", recoded.root(), recoded.toString());
        assertEquals(4, recoded.quadClass());
        assertEquals("18", ViolenceCodes.recode(onCivilians.withActors(attack.source(), null)).root(), "no target named: 18 too");
        Event onAPlace = attack.withActors(attack.source(), new org.entente.model.ActorRef("Quetta", "PAK", "PAK", null, null));
        assertEquals("18", ViolenceCodes.recode(onAPlace).root(), "a place acted on, the state as such, is no armed side");
        Event byTroops = onCivilians.withActors(new org.entente.model.ActorRef("troops", "PAKMIL", "PAK", "MIL", null), onCivilians.target());
        assertEquals("19", ViolenceCodes.recode(byTroops).root(), "a state's forces pass unchanged");
        CameoTable.Code kill = CameoTable.standard().get("186");
        Event killing = byTroops.withActors(byTroops.source(), attack.source())
                .recoded(kill.code(), kill.root(), kill.quadClass(), kill.goldstein(), "ASSAULT", attack.confidence(), attack.provenance());
        assertEquals("190", ViolenceCodes.recode(killing).cameo(), "troops killing militants is military force");
        assertEquals("186", ViolenceCodes.recode(killing.withActors(byTroops.source(), onCivilians.target())).cameo(),
                "troops killing villagers stays as coded");
    }

    @Test
    void theJudgeChoosesTheTypeAndTheTriggersLexiconEntryTheCodeWithinIt() {
        JudgedCoder coder = new JudgedCoder(new DependencyCoder(), Judge.standard());
        for (String[] c : new String[][]{{"Chile demanded that Peru withdraw its troops.", "demanded", "10"},
                {"Chile urged Peru to withdraw its troops.", "urged", "02"}}) {
            var s = PIPELINE.process(new Document("t", "test", c[0], null, null, null, "2024-05-02", null)).annotated().sentences().get(0);
            var word = s.tokens().stream().filter(t -> t.word().equals(c[1])).findFirst().orElseThrow();
            var trigger = new org.entente.model.Evidence(word.word(), word.begin(), word.end());
            assertEquals(c[2], coder.codeOf("REQUEST", trigger, s).root(), c[0]);
        }
        var s = PIPELINE.process(new Document("t", "test", "Chile and Peru.", null, null, null, "2024-05-02", null)).annotated().sentences().get(0);
        assertEquals(JudgeLabels.get().cameo("REQUEST"), coder.codeOf("REQUEST", null, s).code(), "no trigger: the type's own code");
    }
}
