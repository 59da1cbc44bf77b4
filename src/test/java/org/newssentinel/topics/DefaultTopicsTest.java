package org.newssentinel.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newssentinel.clean.Article;
import org.newssentinel.clean.ArticleCleaner;
import org.newssentinel.pipeline.RawDocument;

/** The bundled watch-topics.json on the repository's sample upload and on small hand-written cases. */
class DefaultTopicsTest {

    private static final TopicScorer SCORER = new TopicScorer(WatchTopics.defaults());

    private static TopicScore score(String id, String title, String... paragraphs) {
        return SCORER.score(Article.of(title, List.of(paragraphs), "en")).stream()
                .filter(t -> t.topic().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theSampleUploadAlertsOnAllThreeTopicsWithEvidenceFromTheArticle() throws Exception {
        Path sample = Path.of("samples/bild-kazakhstan-oil-dispute.txt");
        String raw = Files.readString(sample);
        Article article = new ArticleCleaner().clean(RawDocument.of(sample.toString(), Files.readAllBytes(sample)));
        List<TopicScore> scores = SCORER.score(article);
        assertEquals(List.of("pipelines", "sanctions", "alliances"), scores.stream().map(TopicScore::topic).toList());
        for (TopicScore t : scores) {
            assertTrue(t.alert(), t.toString());
            assertFalse(t.evidence().isEmpty(), t.topic());
            assertTrue(t.evidence().size() <= 3, t.topic());
            for (Evidence e : t.evidence()) {
                assertTrue(raw.contains(e.sentence()), "evidence comes from the article: " + e.sentence());
                assertFalse(e.spans().isEmpty());
            }
            assertTrue(t.actors().contains("Kazakhstan") && t.actors().contains("Russia"), t.topic() + " " + t.actors());
        }
        TopicScore pipelines = scores.get(0);
        com.fasterxml.jackson.databind.JsonNode json = org.newssentinel.pipeline.AnalysisJson.toJson(pipelines);
        assertEquals(pipelines.evidence().size(), json.get("evidenceMarked").size());
        assertEquals(pipelines.evidence().get(0).marked(), json.get("evidenceMarked").get(0).asText());
        assertTrue(pipelines.evidence().stream().anyMatch(e -> e.marked().contains("build a *pipeline* through the Caspian Sea")),
                pipelines.evidence().toString());
    }

    @Test
    void pipelinesIgnoreFiguresOfSpeechAndProductPipelines() {
        assertFalse(score("pipelines", "Drug maker upbeat",
                "The firm said its drug pipeline would deliver profits, and more oil deals are in the pipeline.").alert());
        assertTrue(score("pipelines", "Oil pipeline bombed",
                "Rebels bombed the country's main oil pipeline, halting crude exports of 170,000 barrels per day.").alert());
    }

    @Test
    void sanctionsCoverExportBlacklistsAndTheTreasurysSanctionsOfficeByItsFullName() {
        TopicScore entityList = score("sanctions", "US adds Chinese chipmakers to trade blacklist",
                "The Commerce Department added 12 Chinese chipmakers to the Entity List on Monday, barring American"
                        + " suppliers from selling them equipment without a licence.");
        TopicScore ofac = score("sanctions", "Treasury targets tanker operators",
                "The Office of Foreign Assets Control imposed sanctions on 30 tankers, the Treasury said.");

        assertTrue(entityList.alert(), entityList.toString());
        assertTrue(ofac.actors().contains("OFAC"), ofac.toString());
    }

    @Test
    void aReviewEmbargoAndADataPipelineAreNoSanctionsOrPipelinesButAnArmsEmbargoUnderReviewIs() {
        assertFalse(score("sanctions", "Apple lifts embargo on iPhone reviews",
                "Apple on Tuesday lifted the embargo on reviews of its new iPhone, and reviewers in the United States praised it.").alert());
        assertFalse(score("pipelines", "Energy traders adopt new data pipeline tools",
                "Oil and gas traders are rolling out new data pipeline tools; 60 percent of energy firms rebuilt their analytics"
                        + " pipeline this year.").alert());
        assertTrue(score("sanctions", "UN to review arms embargo on Libya",
                "The Security Council will review the arms embargo on Libya next month, diplomats said.").alert());
    }

    @Test
    void retaliationAgainstAWhistleblowerIsNoSanctionButRetaliatoryTariffsAre() {
        assertFalse(score("sanctions", "Former aircraft engineer wins retaliation lawsuit against company",
                "A jury on Friday awarded $2 million to a former engineer who said he was fired in retaliation for raising safety"
                        + " concerns about the plane.",
                "The engineer said the government should have protected him. The company said it would appeal. The jury found"
                        + " the retaliation against the whistleblower was deliberate.",
                "Washington state law protects employees who report safety problems to the government.").alert());
        assertTrue(score("sanctions", "China vows retaliation over US chip tariffs",
                "Beijing said it would take retaliatory measures against new American tariffs on its chips.").alert());
    }

    @Test
    void sanctionsIgnoreSportAndCourtPenalties() {
        assertFalse(score("sanctions", "Sprinters face sanction",
                "The athletics federation tribunal will decide on sanctions against the two athletes after missed doping tests.").alert());
        assertTrue(score("sanctions", "EU extends sanctions on Russia",
                "The European Union extended economic sanctions against Russia for six months.").alert());
        assertFalse(score("sanctions", "Regulator fines bank",
                "The Securities and Exchange Commission imposed sanctions on the accounting firm for improper conduct.").alert());
        assertFalse(score("sanctions", "Board approves sale",
                "The sale had been sanctioned by the other main shareholders, the statement said.").alert());
    }

    @Test
    void alliancesIgnoreCorporateAndPartyAlliances() {
        assertFalse(score("alliances", "Carmakers form alliance",
                "The two companies formed an alliance to share engines, the firms said.").alert());
        assertFalse(score("alliances", "Star Alliance adds carrier",
                "The Star Alliance airline group said a new member would join next year.").alert());
        assertFalse(score("alliances", "Chancellor's ally denies giveaway",
                "The chancellor's closest ally has denied suggestions there will be a Budget giveaway.").alert());
        assertTrue(score("alliances", "NATO allies meet",
                "NATO defence ministers met to discuss how the alliance should respond to the military build-up.").alert());
    }

    @Test
    void aWaterMainWithAPumpingStationAndATalentPipelineNearOilWordsAreNoPipelines() {
        assertFalse(score("pipelines", "Water main bursts, flooding high street",
                "A water pipeline burst under the high street on Monday, leaving 12,000 homes without running water, the local"
                        + " utility said.",
                "Crews shut down a pumping station while they replaced the broken section, and water was pumped in from a"
                        + " reservoir.").alert());
        assertFalse(score("pipelines", "Hockey club builds its prospect pipeline",
                "The club strengthened its prospect pipeline on Saturday with two first-round picks from Russia.",
                "The coach said the pipeline of young players was the deepest in years in a city better known for its oil"
                        + " industry.").alert());
        assertTrue(score("pipelines", "Quake damages oil export line",
                "The earthquake damaged a pumping station on the crude oil pipeline to the coast, halting exports.").alert());
    }

    @Test
    void wellKnownPipelinesCountByNameAndHaltedGasFlowsCount() {
        TopicScore nordStream = score("pipelines", "Gas deliveries via Nord Stream suspended",
                "Deliveries of natural gas via Nord Stream were suspended on Monday for ten days of maintenance, the operator said.",
                "Traders said the stoppage would tighten supplies ahead of winter.");
        TopicScore druzhba = score("pipelines", "Oil deliveries to Hungary via Druzhba halted",
                "Crude deliveries to Hungary and Slovakia through Druzhba were halted on Tuesday after a drone strike damaged a"
                        + " facility in Russia, the operator said.");
        TopicScore flows = score("pipelines", "Supplier halts gas flows to neighbour",
                "The state supplier said it would halt gas flows to its neighbour from Friday over unpaid bills.");

        assertTrue(nordStream.alert(), nordStream.toString());
        assertTrue(druzhba.alert(), druzhba.toString());
        assertTrue(flows.terms().stream().anyMatch(m -> m.term().equals("gas flows")), flows.toString());
        // "the Nord Stream gas pipeline" is one mention: the name does not count again beside "pipeline".
        assertEquals(List.of(new TermMatch("pipeline", 1)), score("pipelines", "Repairs begin",
                "Repairs began on the Nord Stream gas pipeline on Monday.").terms());
    }

    @Test
    void theOilPriceCapIsASanctionButAHouseholdEnergyPriceCapIsNot() {
        TopicScore cap = score("sanctions", "G7 lowers price cap on Russian crude",
                "Western governments agreed on Thursday to lower the price cap on Russian seaborne crude, aiming to cut the"
                        + " Kremlin's oil revenue.",
                "Shipping firms that carry oil sold above the cap lose access to Western insurance.");

        assertTrue(cap.alert(), cap.toString());
        assertFalse(score("sanctions", "Energy price cap to rise again",
                "The energy price cap will rise by 10 percent in January, the regulator said, after Russia's invasion of Ukraine"
                        + " sent oil and gas prices soaring.",
                "The price cap limits what suppliers charge households per unit of gas and electricity in Britain.").alert());
    }

    @Test
    void securityGuaranteesBetweenStatesAreAnAllianceButJobSecurityGuaranteesAreNot() {
        TopicScore kyiv = score("alliances", "Kyiv seeks security guarantees from Western partners",
                "Ukraine asked France and Germany on Monday for binding security guarantees before it would sign any ceasefire.",
                "Officials said a multinational force could be deployed to deter a new attack.");

        assertTrue(kyiv.alert(), kyiv.toString());
        assertFalse(score("alliances", "Carmaker offers job security guarantees to keep plant open",
                "The carmaker offered workers job security guarantees until 2030 in exchange for wage restraint, the union said"
                        + " on Monday.",
                "The union said the security guarantees were not enough and called a ballot on strike action.").alert());
    }

    @Test
    void carmakerAndAirlineAlliancesAndCorporateStrategicPartnershipsAreNoAlliancesBetweenStates() {
        assertFalse(score("alliances", "Carmakers' alliance to share electric platform in Europe",
                "The three carmakers in the alliance said on Monday they would share an electric vehicle platform in Europe"
                        + " from 2027.",
                "The alliance, which pools purchasing and engines, reported higher quarterly profits.").alert());
        assertFalse(score("alliances", "Air carriers add transatlantic routes within their alliance",
                "The two air carriers said on Thursday they would add eight routes between Europe and North America next"
                        + " summer, deepening their ties within the alliance.",
                "Members of the alliance will earn frequent flyer status faster, the carriers said.").alert());
        assertFalse(score("alliances", "Software maker and chip designer announce strategic partnership",
                "The software maker and a chip designer on Monday announced a strategic partnership to bring AI tools to business"
                        + " customers.",
                "Financial terms of the strategic partnership were not disclosed.").alert());
        assertTrue(score("alliances", "India and France upgrade ties to strategic partnership on defence",
                "India and France agreed on Monday to deepen their strategic partnership, with plans to build fighter jets"
                        + " together, the two governments said.").alert());
    }

    @Test
    void aircraftCarriersBesideAlliesAreNoAirlineWords() {
        // "carriers" alone would cancel every "allies" near a carrier group: only the airline sense is excluded.
        TopicScore carrierGroup = score("alliances", "Washington and its allies send aircraft carriers to the Gulf",
                "The United States and its Gulf allies sent two aircraft carriers toward the Strait of Hormuz on Monday,"
                        + " defence officials said, after Iran seized a tanker.",
                "The allies said the carriers would escort shipping through the strait for as long as needed.");
        assertTrue(carrierGroup.alert(), carrierGroup.toString());
    }

    @Test
    void aDefenceLawyersAgreementIsNoDefenceAgreementBetweenStates() {
        assertFalse(score("alliances", "Defence lawyers reach agreement in bribery trial",
                "Defence lawyers for the former minister reached an agreement with prosecutors on Tuesday, under which he will"
                        + " plead guilty.",
                "The defence agreement means the trial will not go ahead. A judge must still approve it.").alert());
        assertTrue(score("alliances", "Athens and Paris sign defence agreement",
                "Greece and France signed a defence agreement on Tuesday under which each would come to the other's aid if"
                        + " attacked.").alert());
    }

    @Test
    void aCourtUpholdingStateSanctionsAndAFineForBreachingThemStillAlert() {
        // The exclusion is for a court's or regulator's own penalty; sanctions between states that a court
        // reviews, or whose breach is fined, are the topic itself (enforcement and evasion included).
        TopicScore upheld = score("sanctions", "EU court upholds sanctions on Russian banker",
                "The EU's General Court on Thursday dismissed a Russian banker's challenge to the asset freeze imposed on him"
                        + " after Russia's invasion of Ukraine.",
                "The sanctions, renewed every six months by EU governments, also bar him from entering the bloc.");
        TopicScore fined = score("sanctions", "Bank fined for breaching Russia sanctions",
                "Britain fined a payments bank on Tuesday for breaching sanctions against Russia by letting a listed"
                        + " businessman move money.",
                "The government has imposed sanctions on more than 2,000 Russian individuals and firms since 2022.");

        assertTrue(upheld.alert(), upheld.toString());
        assertTrue(fined.alert(), fined.toString());
    }
}
