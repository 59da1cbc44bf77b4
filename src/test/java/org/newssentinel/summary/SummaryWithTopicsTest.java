package org.newssentinel.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newssentinel.clean.Article;
import org.newssentinel.topics.Evidence;
import org.newssentinel.topics.TopicScore;
import org.newssentinel.topics.TopicScorer;
import org.newssentinel.topics.WatchTopics;

/** The summariser and the real topic scorer together: the evidence it reports is what we keep. */
class SummaryWithTopicsTest {

    private static final WatchTopics STORAGE = WatchTopics.parse("""
            {"topics": [{"id": "storage", "label": "Gas storage", "terms": {"storage": 3.0, "storage site": 2.0},
                         "threshold": 0.3}]}""".getBytes(StandardCharsets.UTF_8), "test");

    private static final Article ARTICLE = Article.of("Bank merger approved", List.of(
            "Regulators approved the merger of the two largest regional banks on Tuesday after a year-long review.",
            "The merger creates the country's third largest bank by deposits, regulators said.",
            "Shareholders of both banks had already backed the merger in votes last month.",
            "The banks said the merger would cut costs by closing overlapping branches.",
            "Separately, the energy regulator said the gas storage site near the coast was 80% full.",
            "Analysts expect the merged bank to announce job cuts once the merger is completed."), "en");

    @Test
    void aFiredTopicKeepsOneOfItsEvidenceSentencesEvenInAOneSentenceSummary() {
        List<TopicScore> scores = new TopicScorer(STORAGE).score(ARTICLE);
        TopicScore storage = scores.get(0);
        assertTrue(storage.alert(), "fixture must fire: " + storage);
        List<String> evidence = storage.evidence().stream().map(Evidence::sentence).toList();
        assertFalse(evidence.isEmpty());

        Summary without = new Summarizer(1).summarize(ARTICLE, List.of());
        assertFalse(without.sentences().stream().anyMatch(evidence::contains), "precondition: evidence is not central");

        for (int n = 1; n <= 3; n++) {
            Summary s = new Summarizer(n).summarize(ARTICLE, scores);
            assertTrue(s.sentences().stream().anyMatch(evidence::contains), n + " sentences: " + s.sentences());
            assertTrue(s.sentences().size() == n, s.sentences().toString());
        }
    }
}
