package org.entente.events;

import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.model.Event;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coder on sentences we wrote: one per CAMEO root and one per grammatical case. */
class CoderTest {
    /** The rules alone: what the grammar finds, before the judge and the report filter. */
    private static final Pipeline PIPELINE = Pipeline.standard().withCoder(new DependencyCoder());

    static Analysis analyse(String text, String date) {
        Document d = new Document("s", "test", text, null, null, null, date, null);
        Article a = new Article("s", null, LocalDate.parse(date), null, null, null, null, "en", text);
        return PIPELINE.process(d, a);
    }

    /** "SRC>TGT:root" for each reported event. */
    static String coded(String text) {
        return analyse(text, "2019-06-12").reported().stream()
                .map(e -> e.source().principal() + ">" + (e.target() == null ? "-" : e.target().principal()) + ":" + e.root())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "01 | The Kremlin declined to comment on the Iranian proposal. | RUS | -",
            "02 | Iran appealed to Russia for economic help. | IRN | RUS",
            "03 | Iran pledged to cooperate with Russia on energy. | IRN | RUS",
            "04 | Putin met Rouhani in Tehran. | RUS | IRN",
            "05 | Russia praised Iran for its restraint. | RUS | IRN",
            "06 | Russia shared intelligence with Iran. | RUS | IRN",
            "07 | Russia sent humanitarian aid to Syria. | RUS | SYR",
            "08 | Russia lifted sanctions on Turkey. | RUS | TUR",
            "09 | The IAEA investigated Iran over its nuclear programme. | IGOUNO | IRN",
            "10 | Russia demanded an apology from Turkey. | RUS | TUR",
            "11 | Russia criticized Turkey over the incident. | RUS | TUR",
            "12 | Russia rejected Ukraine's proposal. | RUS | UKR",
            "13 | Russia threatened Ukraine with retaliation. | RUS | UKR",
            "14 | Iranian students protested against Britain. | IRN | GBR",
            "15 | Russia deployed troops along the Ukrainian border. | RUS | UKR",
            "16 | The European Union imposed sanctions on Russia. | IGOEUREEC | RUS",
            "17 | Iranian police arrested British diplomats. | IRN | GBR",
            "18 | Russian soldiers abducted Ukrainian civilians. | RUS | UKR",
            "19 | Russian troops shelled Ukrainian positions. | RUS | UKR",
            "20 | Syrian forces used chemical weapons against Turkish troops. | SYR | TUR"})
    void everyRoot(String root, String sentence, String source, String target) {
        String got = coded(sentence);
        String src = source.startsWith("IGO") ? null : source;
        boolean ok = analyse(sentence, "2019-06-12").reported().stream().anyMatch(e -> e.root().equals(root)
                && (src == null ? e.source().code().startsWith("IGO") : e.source().principal().equals(source))
                && (target.equals("-") || (e.target() != null && e.target().principal().equals(target))));
        assertTrue(ok, root + " " + sentence + " -> " + got);
    }

    @Test
    void lightVerbAndPrepositionalTarget() {
        assertEquals("IRN>RUS:04", coded("Rouhani held talks with Putin."));
    }

    @Test
    void passiveTakesTheAgentAsSource() {
        assertEquals("RUS>IRN:11", coded("Iran was criticized by Russia."));
    }

    @Test
    void negatedActsAreNotReported() {
        Analysis a = analyse("Putin did not meet Rouhani.", "2019-06-12");
        assertTrue(a.reported().isEmpty(), a.reported().toString());
        assertTrue(a.events().stream().anyMatch(Event::negated));
    }

    @Test
    void aRefusedActOfCooperationIsARejection() {
        assertEquals("IRN>FRA:12", coded("Iran did not agree to the French proposal."));
        assertTrue(coded("The United States and South Korea failed to reach agreement on trade.").contains("USA>KOR:12"));
        assertEquals("", coded("Russia has not yet signed the treaty with Ukraine."), "not yet done is no refusal");
        assertEquals("", coded("Israel did not attack Gaza."), "a refused attack is no event");
        List<Event> announced = analyse("France will not lift the ban on British beef.", "2019-06-12").reported();
        assertEquals("FRA>GBR:12", announced.isEmpty() ? "" : announced.get(0).source().principal() + ">" + announced.get(0).target().principal()
                + ":" + announced.get(0).root(), announced.toString());
        assertEquals("2019-06-12", announced.get(0).date().value(), "a refusal announced is made as it is said");
        Event e = analyse("Iran did not agree to the French proposal.", "2019-06-12").reported().get(0);
        assertTrue(e.provenance().refused(), e.provenance().toString());
    }

    @Test
    void futureActsAreIntentsDatedWhenPlanned() {
        List<Event> es = analyse("Putin will visit Tehran next week.", "2019-06-12").reported();
        assertEquals(1, es.size(), es.toString());
        assertEquals("03", es.get(0).root());
        assertEquals("2019-06", es.get(0).date().value());
    }

    @Test
    void reportedSpeechCodesTheReportedAct() {
        assertEquals("RUS>SYR:07", coded("Lavrov said Russia had sent aid to Syria."));
    }

    @Test
    void pronounsTakeTheActorThatReportsOrPrecedesThem() {
        assertTrue(coded("Turkey said on Friday that it had suspended military aid to Georgia.").contains("TUR>GEO:16"));
        assertTrue(coded("Egyptian leaders said they would boycott all contact with Israel.").contains("EGY>ISR:"));
    }

    @Test
    void conditionalNegativeActsAreThreatsAgainstWhoeverTheConditionNames() {
        assertTrue(coded("Kenya will withdraw its troops from Somalia unless Ethiopia stops the raids.").contains("KEN>ETH:13")
                || coded("Kenya will withdraw its troops from Somalia unless Ethiopia stops the raids.").contains("KEN>SOM:13"));
        assertTrue(coded("Turkey said it is willing to withdraw its troops from Iraq.").contains("TUR>IRQ:03"));
    }

    /** The CAMEO codes of the reported events. */
    static List<String> codes(String text) {
        return analyse(text, "2019-06-12").reported().stream().map(Event::cameo).toList();
    }

    @Test
    void callingForSomethingIsAnAppealRefinedByWhatIsCalledFor() {
        assertEquals(List.of("020"), codes("Iran called for closer ties with Russia."), "an appeal, not a demand");
        assertTrue(codes("Russia called for the release of the detained Ukrainian sailors.").contains("0253"));
        assertTrue(codes("Turkey called for a ceasefire between Israel and Lebanon.").contains("0256"));
        assertTrue(codes("China called for talks between Russia and Ukraine.").contains("026"));
        assertTrue(codes("Russian protesters called for the resignation of the Russian president.").contains("0241"));
        assertTrue(codes("Iran demanded an apology from Turkey.").stream().allMatch(c -> c.startsWith("10")), "demanding stays 10");
    }

    @Test
    void whoIsExpectedScheduledOrDueToActIntendsTheAct() {
        assertTrue(coded("Russian President Vladimir Putin is expected to visit China.").contains("RUS>CHN:03"));
        assertTrue(coded("Russian President Vladimir Putin is scheduled to meet Chinese President Xi Jinping.").contains("RUS>CHN:03"));
        assertTrue(coded("Indian Prime Minister Narendra Modi is due to travel to Mauritius on Tuesday.").contains("IND>MUS:03"));
        assertFalse(coded("The Cambodian journalist is not allowed to leave Cambodia.").contains("KHM>KHM"),
                "the one allowed or ordered to act is not thereby acting");
    }

    @Test
    void speakingIsATelephoneCallOnlyByTelephoneAndRefusingToCommentIsNoRejection() {
        assertTrue(codes("Russian President Vladimir Putin spoke by phone with Chinese President Xi Jinping.").contains("041"));
        assertFalse(codes("Japanese Prime Minister Shigeru Ishiba has spoken openly about the challenge posed by China.").contains("041"));
        List<String> refused = analyse("Malawi's education ministry refused to comment.", "2019-06-12").events().stream().map(Event::cameo).toList();
        assertTrue(refused.contains("011") && !refused.contains("120"), refused.toString());
    }

    @Test
    void tariffsOrSanctionsThatTargetAStateAreNoAttack() {
        String tariffs = coded("He said U.S. tariffs targeting Canada hurt the economy.");
        assertTrue(tariffs.contains(">CAN:16") && !tariffs.contains(":19"), tariffs);
        assertTrue(coded("Russian troops targeted Ukrainian positions near Bakhmut.").contains("RUS>UKR:19"));
    }

    @Test
    void aDateIsNoPhraseThatNamesATarget() {
        List<String> call = codes("Israeli Prime Minister Benjamin Netanyahu called Australian Prime Minister Scott Morrison on Wednesday.");
        assertTrue(call.contains("041") && !call.contains("020"), "a call on Wednesday is a telephone call, not a call on someone: " + call);
        assertTrue(codes("Iran called on Russia on Monday to lift the ban.").contains("020"));
    }

    @Test
    void whoIsUrgedToActIsTheTargetAndTheActUrgedIsNotDone() {
        assertEquals("KEN>SOM:02", coded("Kenya called on Somalia to release the detained journalists."),
                "the release asked for is no release");
        assertEquals("IGOUNO>RUS:02", coded("The U.N. chief urged Russia to withdraw its troops from Ukraine."),
                "the one urged, not the troops to be withdrawn, is the target");
        assertFalse(coded("A rapporteur nobody knows called for the Taliban to lift the travel ban.").contains(":08"),
                "an act asked for is not done even where the asker is no actor");
    }

    @Test
    void aParticipleAfterACommaActsWithTheClausesSubject() {
        String c = coded("Russia expelled two Polish diplomats, accusing Warsaw of spying.");
        assertTrue(c.contains("RUS>POL:16") && c.contains("RUS>POL:11"), c);
    }

    @Test
    void whoReportsAnActNamedAfterItsPronounIsNotWhoDidIt() {
        String c = coded("They killed four guards, Iraqi officials said.");
        assertFalse(c.contains("IRQ>"), "the officials did not kill: " + c);
    }

    @Test
    void fightingSomeoneIsForceFightingADiseaseIsNot() {
        assertFalse(coded("Germany announced more funding to fight the Ebola epidemic in Guinea.").contains(":19"));
        assertEquals("SYR>IMGISIS:19", coded("Syrian forces fought Islamic State militants near Raqqa."),
                "the one fought, not the place a pattern missing its phrase guesses");
        assertTrue(coded("The Nigerian army has fought an insurgency in the north since 2009.").contains("NGA>-:19"));
    }

    @Test
    void goingToIsAFutureAndGoingOnIsContinuingNeitherIsAJourney() {
        assertFalse(codes("The British ban on Botswana is going to hurt Botswana.").contains("042"));
        assertFalse(codes("Talks between Britain and Mauritius have been going on for years.").contains("042"));
        assertTrue(codes("Russian President Vladimir Putin is going to Beijing next week.").stream().anyMatch(c -> c.startsWith("04") || c.startsWith("03")));
        assertTrue(codes("Russian President Vladimir Putin went to Beijing on Monday.").contains("042"));
    }

    @Test
    void coSubjectsOfAJointActActOnEachOtherNotOnThePlace() {
        String clash = coded("Congolese troops and Ugandan rebels clashed near Goma on Sunday.");
        assertTrue(clash.contains("COD>UGA:19"), clash);
        assertFalse(clash.contains(">COD:19") && !clash.contains("COD>UGA"), clash);
        assertTrue(coded("Israeli troops raided homes in Jenin.").contains("ISR>PSE:19"), "one subject: the place is acted on");
        String fire = coded("India and Pakistan exchanged fire along the border.");
        assertTrue(fire.contains("IND>PAK:19"), fire);
        assertTrue(coded("Pakistani troops traded gunfire with Afghan forces.").contains("PAK>AFG:19"));
    }

    @Test
    void nominalActsTakeTheNationalityThatQualifiesThem() {
        assertTrue(coded("Azerbaijani forces engaged in fierce clashes with Armenian troops.").contains("AZE>ARM:19"));
        assertTrue(coded("Israeli air strikes on Gaza continued.").contains("ISR>PSE:19"));
    }

    @Test
    void withdrawingInspectorsIsReducingRelationsAndItsAnnouncementAThreat() {
        assertTrue(coded("The IAEA withdrew its inspectors from Iran.").contains(">IRN:16"));
        assertTrue(coded("The IAEA will withdraw its inspectors from Iran.").contains(">IRN:13"));
    }

    @Test
    void anObjectParsedUnderATimeWordIsStillTheObject() {
        assertTrue(coded("Lebanon rejected Thursday a French appeal for calm.").contains("LBN>FRA:12"));
    }

    @Test
    void aDemandNounTargetsWhoeverItsClauseNames() {
        assertTrue(coded("The European Union repeated its demand that Serbia withdraw its police.").contains(">SRB:10"));
    }

    @Test
    void plainPeopleActedOnAreTheActingStatesOwn() {
        assertTrue(coded("Egyptian police opened fire on demonstrators.").contains("EGY>EGY:19"));
        assertTrue(coded("Qatar launched a mediation effort between Sudan and Chad.").contains("QAT>SDN:04"));
    }

    @Test
    void purposeClausesAndDeclarationsTakeTheActorOfTheirMainClause() {
        assertTrue(coded("Iranian students gathered outside the embassy to protest against Britain.").contains("IRN>GBR:14"));
        assertTrue(coded("Hezbollah issued a statement demanding that Israel release the prisoners.").contains(">ISR:10"));
    }

    @Test
    void actsThatAreOnlyAskedForOrRefusedAreNotReportedAsDone() {
        String got = coded("Russia demanded that Ukraine withdraw its troops from the border.");
        assertTrue(got.contains("RUS>UKR:10"), got);
        assertFalse(got.contains("UKR>"), got);
    }

    @Test
    void aWarningIssuedThatSomeoneMustActIsADemand() {
        assertTrue(coded("Germany issued a stern warning to Serbia that it must free the monitors.").contains("DEU>SRB:10"));
    }

    @Test
    void aLastResortTargetIsNeverTheReportingClausesActor() {
        String got = coded("The United Nations will send food aid to refugees fleeing the war in Liberia, Nigerian officials said.");
        assertTrue(got.contains(">LBR:0"), got);
        assertFalse(got.contains(">NGA"), got);
    }

    @Test
    void violenceWithinOneStateAndArrestsByThePlacesAuthorities() {
        assertTrue(coded("Iraqi troops killed Iraqi villagers.").contains("IRQ>IRQ:18"));
        assertTrue(coded("A British journalist was arrested in Iran.").contains("IRN>GBR:17"));
        assertFalse(coded("Iran and Iraq signed an agreement.").contains("IRN>IRN"));
    }

    /** Asserts that the text is coded with this "SRC>TGT:root" among its events. */
    private static void assertCoded(String text, String expected) {
        String got = coded(text);
        assertTrue(got.contains(expected), text + " gave " + got);
    }

    @Test
    void aConcessionOnAConditionIsOfferedIfAndThreatenedUnless() {
        assertCoded("Israel said it will withdraw its troops from Lebanon if Syria withdraws its forces.", "ISR>LBN:03");
        assertCoded("Nigeria said it will withdraw its troops from Chad unless Chad holds elections.", "NGA>TCD:13");
    }

    @Test
    void aScathingAttackIsCriticismAndAFierceOneForce() {
        assertCoded("Modi launched a scathing attack on the Pakistani government.", "IND>PAK:11");
        assertCoded("Indian troops launched a fierce attack on Pakistani positions.", "IND>PAK:19");
    }

    @Test
    void officialsWhoGatherConferAndCrowdsWhoGatherDemonstrate() {
        assertCoded("Iranian and Russian diplomats gathered in Baku on Thursday.", ":04");
        assertFalse(coded("Iranian and Russian diplomats gathered in Baku on Thursday.").contains(":14"));
        assertCoded("Thousands of Iranian students gathered in Tehran on Thursday.", ":14");
    }

    @Test
    void callingAnActIllegalIsCriticismAndNamingIsNoAct() {
        assertCoded("Russia called Ukraine's decision illegal.", "RUS>UKR:11");
        assertCoded("China described the U.S. sanctions as illegal.", "CHN>USA:11");
        assertFalse(coded("Russia called the Ukrainian army an occupying force.").contains(":11"), coded("Russia called the Ukrainian army an occupying force."));
    }

    @Test
    void aHyphenatedWordIsTheWordWrittenSolid() {
        assertCoded("Pakistan announced a cease-fire with India on Thursday.", "PAK>IND:08");
        assertCoded("Pakistan announced a ceasefire with India on Thursday.", "PAK>IND:08");
    }

    @Test
    void theHelpAnOfferedDeploymentWouldGiveIsOnlyOffered() {
        String got = coded("Australia has offered to send troops to help the Philippines army.");
        assertTrue(got.contains("AUS>PHL:03") && !got.contains("AUS>PHL:07"), got);
    }

    @Test
    void aGroupThatClaimsAnAttackCarriedItOut() {
        assertTrue(coded("The Pakistani Taliban claimed responsibility for the bombing.").matches(".*PAK>-:1[89].*"), // 18 once the events stage sides it
                coded("The Pakistani Taliban claimed responsibility for the bombing."));
        assertFalse(coded("The Pakistani Taliban denied responsibility for the bombing.").matches(".*:1[89].*"),
                "a denial is no claim");
    }

    @Test
    void aProgressiveVerbTheTaggerTookForAnAdjectiveIsStillAnAct() {
        assertTrue(coded("The Israeli army is currently striking Hamas targets in Gaza.").contains("ISR>PSE:19"),
                coded("The Israeli army is currently striking Hamas targets in Gaza."));
    }

    @Test
    void stancesAfterBeAreActsAndWhatTheyRejectDidNotHappen() {
        String got = coded("Israel is opposed to the French intervention.");
        assertTrue(got.contains("ISR>FRA:11"), got);
        assertFalse(got.contains("FRA>"), got);
        assertTrue(coded("Russia was critical of the Turkish move.").contains("RUS>TUR:11"));
    }

    @Test
    void objectsCompoundedWithTheirKindMatch() {
        assertTrue(coded("Japan suspended aid shipments to Myanmar.").contains("JPN>MMR:16"));
    }

    @Test
    void anEmptyTargetSlotTakesTheOtherActorInTheClause() {
        assertTrue(coded("Hezbollah threatened to resume its raids in Israel.").contains(">ISR:13"));
    }

    @Test
    void compoundSubjectsGiveOneEventPerDyad() {
        String got = coded("Iran, Russia and Turkey signed an agreement.");
        assertEquals(3, got.split(" ").length, got);
        assertTrue(got.contains("IRN>RUS:05") && got.contains("IRN>TUR:05") && got.contains("RUS>TUR:05"), got);
    }

    @Test
    void whatAnIfClauseSupposesDidNotHappen() {
        String got = coded("Russia threatened to halt the talks if the United States deployed missiles in Poland.");
        assertTrue(got.contains("RUS>USA:13"), got);
        assertFalse(got.contains("USA>"), got);
        assertTrue(coded("The Afghan rebels said they would meet the U.N. envoy if he guaranteed their safety.").contains("AFG>IGOUNO:03"));
    }

    @Test
    void actsInTheComplementOrPurposeOfAPromiseAreIntents() {
        assertEquals("GBR>MOZ:03", coded("Britain promised to continue military aid to Mozambique."));
        String got = coded("Syria offered its troops to Lebanon to help it fight the rebels.");
        assertTrue(got.contains("SYR>LBN:03"), got);
        assertFalse(got.contains(":07"), got);
    }

    @Test
    void everythingAnObligationAsksForIsPartOfTheDemand() {
        assertEquals("EGY>USA:10", coded("Egypt said the United States must be ready to mediate between Israel and Jordan."));
    }

    @Test
    void anAppealThatIsDismissedAsksForActsThatDidNotHappen() {
        String got = coded("Rebels in Chad dismissed an appeal from the government to lay down their arms.");
        assertTrue(got.contains("TCD>") && got.contains(":12"), got);
        assertFalse(got.contains(":08"), got);
    }

    @Test
    void aParticipleQualifyingANounIsPassive() {
        assertFalse(coded("Yemen rejected a U.S. request to question prisoners held in Sanaa.").contains("USA>YEM:17"));
    }

    @Test
    void actingOnAnActIsActingOnWhoeverDoesIt() {
        String got = coded("Egyptian police banned a rally organised by students against the war in Iraq.");
        assertTrue(got.contains("EGY>EGY:1"), got);
        assertFalse(got.contains(">IRQ"), got);
        assertTrue(coded("Croatia is investigating alleged crimes by Croatian police officers.").contains("HRV>HRV:09"));
    }

    @Test
    void easingAndCoercionWithNoOneNamedFallOnThePlace() {
        assertTrue(coded("Serbia eased emergency measures in Kosovo, while Croatia arrested Serbian nationalists.").contains("SRB>XKX:08")
                || coded("Serbia eased emergency measures in Kosovo, while Croatia arrested Serbian nationalists.").contains("SRB>SRB:08"));
    }

    @Test
    void aSubjectTheParserHungOnAFrontedPhraseIsStillTheSubject() {
        String got = coded("With the end of the fighting along the border, the Chadian government and the Sudanese government have agreed to reopen their embassies.");
        assertTrue(got.contains("TCD>SDN:0") || got.contains("SDN>TCD:0"), got);
    }

    @Test
    void groupsTakeTheSideTheyAreAffiliatedWith() {
        assertTrue(coded("Militants affiliated with Hezbollah attacked an Israeli patrol.").contains(">ISR:19")
                || coded("Militants affiliated with Hezbollah attacked an Israeli patrol.").contains(">ISR:18"));
    }

    @Test
    void goingOnStrikeIsAProtestNotAJourney() {
        String got = coded("Workers affiliated with the Serbian trade union went on strike on Monday.");
        assertTrue(got.contains("SRB>SRB:14"), got);
        assertFalse(got.contains(":04"), got);
    }

    @Test
    void troopsKeptOnAlertAreMobilisedWhereTheyAre() {
        assertTrue(coded("Indian troops remained on high alert in Kashmir on Sunday.").contains("IND>"), coded("Indian troops remained on high alert in Kashmir on Sunday."));
        assertTrue(coded("Russia put its nuclear forces on alert.").contains("RUS>-:15"));
    }

    @Test
    void aComplaintAboutWhatIsReportedCriticisesItsSubject() {
        String got = coded("Kenyan police are beating detained migrants, a human rights group complained on Friday.");
        assertTrue(got.contains("NGO>KEN:11"), got);
        assertTrue(coded("Russian aid groups complained that Ukraine had closed the crossings.").contains("RUS>UKR:11"));
    }

    @Test
    void beingOpposedToMediationOrAPlanRejectsIt() {
        assertTrue(coded("Serbia is opposed to Russian mediation in the dispute.").contains("SRB>RUS:12"));
        assertTrue(coded("Pakistan opposed the Indian plan.").contains("PAK>IND:12"));
    }

    @Test
    void puttingSomeoneUnderAMeasureIsThatMeasure() {
        assertTrue(coded("A Russian journalist was put under investigation in Turkey.").contains("TUR>RUS:09"));
        assertTrue(coded("Egyptian police placed the Iranian diplomat under arrest.").contains("EGY>IRN:17"));
    }

    @Test
    void seekingAsylumIsAnAppeal() {
        assertTrue(coded("Thousands of Syrian Kurds sought asylum in Germany last month.").contains("SYR>DEU:02"));
    }

    @Test
    void aThreatenedActIsNotReportedAsDone() {
        String got = coded("Kurdish groups in Syria threatened to hold a general strike unless Turkey withdrew.");
        assertTrue(got.contains(":13"), got);
        assertFalse(got.contains(":14"), got);
    }

    @Test
    void whoIsAboardIsWhoIsHit() {
        assertTrue(coded("A Serbian jet shot down a helicopter carrying Italian monitors.").contains("SRB>ITA:"));
    }

    @Test
    void closingABorderRestrictsMovement() {
        assertTrue(coded("Turkey closed its border with Syria.").contains("TUR>SYR:19"));
    }

    @Test
    void aPatternMayNameItsSubject() {
        assertTrue(coded("The first UN peacekeepers arrived in Mali on Monday.").contains(">MLI:07"));
        assertFalse(coded("The first Russian diplomats arrived in Mali on Monday.").contains(":07"));
    }

    @Test
    void verbsOfMeetingAndRecognisingNeedSomeoneAsObject() {
        assertFalse(coded("Japan is striving to meet U.S. complaints about its trade practices.").contains(":04"));
        assertFalse(coded("The Dutch firm received a French defence contract.").contains(":04"));
        assertTrue(coded("Putin met the Iranian president in Moscow.").contains("RUS>IRN:04"));
    }

    @Test
    void anActCompletingADeniedOrFailedVerbIsDenied() {
        assertFalse(coded("The Iraqi minister said he was not going to resign.").contains(":08"));
        assertFalse(coded("Israel and Syria failed to reach an agreement.").contains(":0"));
    }

    @Test
    void aParticipleClauseTheParserMadeTheSubjectGivesItsSubject() {
        String got = coded("Spanish farmers demanding a better deal from the European Community blocked roads.");
        assertTrue(got.contains("ESP>IGOEUREEC:14"), got);
        assertFalse(got.contains("IGOEUREEC>"), got);
    }

    @Test
    void callingNeedsSomeoneCalled() {
        assertFalse(coded("Brazil called an indefinite moratorium on its debt to American banks.").contains(":04"));
        assertFalse(coded("The U.S. plan calls for loans to Mexico.").contains(":04"));
        assertTrue(coded("Putin called Erdogan on Tuesday.").contains("RUS>TUR:04"));
    }

    @Test
    void aNounThatOnlyQualifiesAnotherIsNoAct() {
        assertFalse(coded("Japan's trade surplus with the United States widened.").contains(":06"));
    }

    @Test
    void whatIsDeniedDidNotHappen() {
        String got = coded("Iran denied reports that it had attacked Saudi ships.");
        assertFalse(got.contains(":19") || got.contains(":18"), got);
    }

    @Test
    void warningOfSomethingIsAComment() {
        assertFalse(coded("Other American banks have also warned of earnings setbacks.").contains(":13"));
    }

    @Test
    void thingsANationalityQualifiesDoNotAct() {
        assertEquals("", coded("The Cuban economy is going through a difficult period."));
    }

    @Test
    void preventingIsRepressionOnlyOfAProtest() {
        assertFalse(coded("The Bank of Japan intervened to prevent a further fall of the yen.").contains(":17"));
        assertTrue(coded("Turkish police prevented a demonstration by Kurdish students.").contains("TUR>"));
    }

    @Test
    void whomAReportIsMadeToIsNoTarget() {
        assertFalse(coded("A banker told Reuters that Brazil will reach a rescheduling agreement soon.").contains(">GBR"));
    }

    @Test
    void aPronounForTheSourceIsNotItsTarget() {
        String got = coded("President Mwanawasa reneged on his commitment to the Zambian people.");
        assertTrue(got.contains("ZMB>ZMB:12"), got); // on the Zambian people, found once "his" is set aside
        String own = coded("Prime Minister Nakasone defended his tax reform plans.");
        assertFalse(own.contains("JPN>JPN"), own); // his own plans: no one else is supported
    }

    @Test
    void coordinatedVerbsShareTheObjectThatFollowsThem() {
        String got = coded("Rouhani met and held talks with Putin.");
        assertTrue(got.contains("IRN>RUS:04"), got);
        assertFalse(got.contains(":17"), got);
        assertFalse(coded("Both parties are striving to establish a free trade zone with Iran.").contains(":19"));
    }

    @Test
    void namingIsNoAct() {
        assertFalse(coded("Germany called the Serbian forces an occupying army.").contains(":04"));
    }

    @Test
    void reportedObligationsAreDemands() {
        assertEquals("TUR>SYR:10", coded("Turkey said Syria must withdraw its forces from the border."));
    }

    @Test
    void domesticCoercionAndProtestTakeTheHomeState() {
        assertTrue(coded("Georgian police arrested dozens of people in Tbilisi.").contains("GEO>GEO:17"));
        assertTrue(coded("Thousands of Armenian students demonstrated in Yerevan.").contains("ARM>ARM:14"));
    }

    @Test
    void nominalEvents() {
        assertTrue(coded("Putin's visit to Tehran was a success.").contains("RUS>IRN:04"));
    }

    @Test
    void everyRootIsInTheLexicon() {
        assertEquals(CameoTable.standard().roots().size(), Lexicon.standard().roots().size(), Lexicon.standard().roots().toString());
    }
}
