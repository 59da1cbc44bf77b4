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
}
