package org.newssentinel.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newssentinel.clean.Article;

/** Each rule kind of the schema on small hand-written articles (topics in resources/topics/rules.json). */
class TopicScorerTest {

    private static final TopicScorer SCORER = new TopicScorer(WatchTopics.load(Path.of("src/test/resources/topics/rules.json")));
    private static final String FILLER = "The minister spoke to reporters at length about the weather and the harvest.";

    private static TopicScore score(String id, String title, String... paragraphs) {
        return SCORER.score(Article.of(title, List.of(paragraphs), "en")).stream()
                .filter(t -> t.topic().equals(id)).findFirst().orElseThrow();
    }

    private static TopicScore routes(String title, String... paragraphs) {
        return score("energy-routes", title, paragraphs);
    }

    private static int count(TopicScore t, String term) {
        return t.terms().stream().filter(m -> m.term().equals(term)).mapToInt(TermMatch::count).sum();
    }

    @Test
    void aPhraseMatchesItsWordsInOrderOnly() {
        assertEquals(1, count(routes("Talks", "The bank ordered an asset freeze on the firm."), "asset freeze"));
        assertEquals(0, count(routes("Talks", "The freeze on asset sales ended."), "asset freeze"));
        assertEquals(0, count(routes("Talks", "The asset was sold before the freeze."), "asset freeze"));
        assertEquals(0, count(routes("Talks", "They sold the asset. Freeze it now."), "asset freeze"), "not across sentences");
        assertEquals(0, count(routes("Sold the asset", "Freeze it now."), "asset freeze"), "not from headline into body");
    }

    @Test
    void stemsMatchOtherFormsOfTheWord() {
        TopicScore t = routes("Talks", "Two asset freezes were ordered, and the country was sanctioned again.");
        assertEquals(1, count(t, "asset freeze"));
        assertEquals(1, count(t, "sanctions"));
    }

    @Test
    void aContextTermMustBeWithinTheWindow() {
        assertEquals(1, count(routes("Talks", "The new gas pipeline opened."), "pipeline"));
        assertEquals(1, count(routes("Talks", "The pipeline will carry gas."), "pipeline"));
        // "gas" is six tokens after "pipeline": outside a window of five.
        assertEquals(0, count(routes("Talks", "The pipeline was opened by the two presidents with gas."), "pipeline"));
        assertEquals(0, count(routes("Talks", "The company's sales pipeline is full."), "pipeline"));
    }

    @Test
    void aContextRuleWithoutForGovernsEveryTerm() {
        assertEquals(0.0, score("strict", "Talks", "The pipeline was opened by the two presidents with gas.").score());
        assertTrue(score("strict", "Talks", "The oil pipeline was opened.").score() > 0);
    }

    @Test
    void aContextRuleCanAskForOneOfTheTopicsActorsNearby() {
        assertEquals(1, count(score("embargoes", "Talks", "The embargo on Cuba stays."), "embargo"));
        assertEquals(1, count(score("embargoes", "Talks", "Pyongyang condemned the embargo."), "embargo"));
        assertEquals(0, count(score("embargoes", "Talks", "The embargo stays in place for now, officials in Cuba said."), "embargo"));
        assertEquals(0, count(score("embargoes", "Talks", "The news embargo on cuba ends."), "embargo"),
                "an actor is a proper name: lower-case does not count");
    }

    @Test
    void anExclusionPhraseCancelsTheMatchInsideIt() {
        TopicScore t = routes("Talks", "More gas deals are in the pipeline, oil men say.");
        assertEquals(0, count(t, "pipeline"));
        assertEquals(0.0, t.score());
        assertEquals(1, count(routes("Talks", "More gas flows in the new pipeline."), "pipeline"));
    }

    @Test
    void anExactFormMatchesThatWordOnly() {
        assertEquals(0, count(routes("Talks", "The sale was sanctioned by the board."), "sanctions"));
        assertEquals(1, count(routes("Talks", "Sanctions by the EU hit the regime."), "sanctions"));
        assertEquals(1, count(routes("Talks", "The regime was sanctioned again by the UN."), "sanctions"),
                "the exclusion phrase needs its words adjacent");
    }

    @Test
    void aVetoTermNearTheMatchCancelsIt() {
        assertEquals(0, count(routes("Talks", "The federation imposed sanctions on two athletes after doping tests."), "sanctions"));
        assertEquals(1, count(routes("Talks", "The EU imposed sanctions on the regime."), "sanctions"));
        // The veto applies only to the terms it names: the pipeline next to "doping" still counts.
        assertEquals(1, count(routes("Talks", "The oil pipeline doping story."), "pipeline"));
    }

    @Test
    void theThresholdDecidesTheAlert() {
        String body = "Russia cut the flow in the oil pipeline to the coast, and the gas pipeline stopped too.";
        TopicScore loose = routes("Oil pipeline cut", body);
        TopicScore strict = score("strict", "Oil pipeline cut", body);
        assertTrue(loose.score() >= 0.5 && loose.alert(), loose.toString());
        assertTrue(strict.score() < 0.99 && !strict.alert(), strict.toString());
    }

    @Test
    void anActorRaisesTheScoreAndIsReported() {
        TopicScore without = routes("Talks", "The oil pipeline was closed.");
        TopicScore with = routes("Talks", "The oil pipeline from Kazakhstan was closed.");
        assertEquals(List.of(), without.actors());
        assertEquals(List.of("Kazakhstan"), with.actors());
        assertTrue(with.score() > without.score());
    }

    @Test
    void actorsAreProperNamesAndNeverMatchAlone() {
        assertEquals(List.of(), routes("Talks", "They told us the oil pipeline was closed.").actors());
        assertEquals(List.of("United States"), routes("Talks", "The US oil pipeline was closed.").actors());
        TopicScore twice = routes("Talks", "The US oil pipeline was closed, Washington said.");
        assertEquals(List.of("United States"), twice.actors(), "an actor counts once whichever names occur");
        assertEquals(routes("Talks", "The US oil pipeline was closed, they said.").score(), twice.score());
        TopicScore onlyActor = routes("Talks", "Kazakhstan and the US held talks.");
        assertEquals(0.0, onlyActor.score());
        assertFalse(onlyActor.alert());
        assertEquals(List.of(), onlyActor.actors());
    }

    @Test
    void theTitleAndLeadWeighMoreThanTheBody() {
        String late = "The oil pipeline was closed.";
        TopicScore inTitle = routes("Oil pipeline closed", FILLER, FILLER, FILLER);
        TopicScore inLead = routes("Talks", late, FILLER, FILLER);
        TopicScore inBody = routes("Talks", FILLER, FILLER, late);
        assertTrue(inTitle.score() > inLead.score(), inTitle.score() + " vs " + inLead.score());
        assertTrue(inLead.score() > inBody.score(), inLead.score() + " vs " + inBody.score());
    }

    @Test
    void repetitionSaturatesAndLengthDilutes() {
        String once = "The oil pipeline was closed.";
        double one = routes("Talks", FILLER, FILLER, once).score();
        double two = routes("Talks", FILLER, FILLER, once, once).score();
        double ten = routes("Talks", FILLER, FILLER, once, once, once, once, once, once, once, once, once, once).score();
        assertTrue(two > one && ten > two && ten < 1, one + " " + two + " " + ten);
        assertTrue(ten - two < 2 * (two - one), "later repetitions add less: " + one + " " + two + " " + ten);
        String[] longer = new String[30];
        java.util.Arrays.fill(longer, FILLER);
        longer[2] = once;
        assertTrue(routes("Talks", longer).score() < one, "the same mention in a longer article weighs less");
    }

    @Test
    void evidenceIsTheHeaviestSentencesWithTheMatchedSpans() {
        TopicScore t = routes("Talks",
                "The weather was fine. The oil pipeline was closed.",
                FILLER + " An asset freeze hit the gas pipeline operator.",
                "Sanctions followed.");
        assertEquals(3, t.evidence().size());
        Evidence top = t.evidence().get(0);
        assertEquals("An asset freeze hit the gas pipeline operator.", top.sentence());
        assertEquals(List.of("asset freeze", "pipeline"), top.matchedText());
        assertEquals("An *asset freeze* hit the gas *pipeline* operator.", top.marked());
        assertEquals(List.of("pipeline"), t.evidence().get(1).matchedText());
        assertTrue(t.evidence().stream().noneMatch(e -> e.sentence().equals(FILLER)));
    }

    @Test
    void termsAreReportedWithCountsStrongestFirst() {
        TopicScore t = routes("Oil pipeline cut", "The oil pipeline was cut. An asset freeze followed.");
        assertEquals(List.of(new TermMatch("pipeline", 2), new TermMatch("asset freeze", 1)), t.terms());
    }

    @Test
    void topicsThatCannotMatchShareOneZeroScore() {
        Article a = Article.of("Talks", List.of("The oil pipeline was closed."), "en");
        TopicScore first = SCORER.score(a).get(3);
        TopicScore again = SCORER.score(Article.of("Other", List.of("Nothing here."), "en")).get(3);
        assertEquals("unrelated", first.topic());
        assertEquals(0.0, first.score());
        assertSame(first, again);
        assertEquals(List.of("energy-routes", "strict", "embargoes", "unrelated"),
                SCORER.score(a).stream().map(TopicScore::topic).toList());
    }
}
