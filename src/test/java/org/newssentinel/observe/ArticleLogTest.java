package org.newssentinel.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> lines = new ArrayList<>();
    private final ArticleLog log = new ArticleLog(lines::add, Clock.fixed(Instant.parse("2026-03-12T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aKeyWithNewlinesCannotForgeASecondLine() throws Exception {
        String hostile = "articles/a.html\n{\"level\":\"INFO\",\"message\":\"forged\"}\r\u2028end";
        log.record(new ArticleEvent("req-1", "bucket", hostile, Optional.empty(), Optional.of("bucket/" + hostile + "#e"),
                "REJECTED", Optional.of("REJECTED"), Optional.of("NOT_AN_ARTICLE"), Map.of(), Optional.of("NONE"),
                Map.of("read", 3L), Optional.of("line one\nline two")));

        assertEquals(1, lines.size());
        assertFalse(lines.get(0).contains("\n") || lines.get(0).contains("\r"));
        JsonNode line = JSON.readTree(lines.get(0));
        assertEquals(hostile, line.path("key").asText(), "the key survives intact inside its field");
        assertEquals("line one\nline two", line.path("detail").asText());
        assertEquals(1, line.path("ArticlesRejected").asInt());
        assertEquals(0, line.path("ArticlesProcessed").asInt());
        assertEquals(3, line.path("ReadMs").asInt());
    }

    @Test
    void everyOutcomeCountsInOneArticleMetricAtMostAndEveryAnalysedArticleInProcessed() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String outcome : List.of("ANALYSED", "ALERTED", "SUPPRESSED")) {
            expected.put(outcome, "ArticlesProcessed");
        }
        expected.put("REJECTED", "ArticlesRejected");
        expected.put("MISSING", "ArticlesRejected");
        expected.put("FAILED", "ArticlesFailed");
        expected.put("ERROR", "ArticlesFailed");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            lines.clear();
            log.record(new ArticleEvent("req", "b", "k", Optional.empty(), Optional.of("b/k#e"), e.getKey(), Optional.empty(),
                    Optional.empty(), Map.of(), Optional.empty(), Map.of(), Optional.empty()));
            JsonNode line = JSON.readTree(lines.get(0));
            for (String metric : List.of("ArticlesProcessed", "ArticlesRejected", "ArticlesFailed")) {
                assertEquals(metric.equals(e.getValue()) ? 1 : 0, line.path(metric).asInt(), e.getKey() + " in " + metric);
            }
        }
    }

    @Test
    void anAlertAddsOneMetricLinePerTopicAndTheEmfDirectiveNamesEveryMetricPresent() throws Exception {
        Map<String, Double> fired = new LinkedHashMap<>();
        fired.put("sanctions", 0.91234);
        fired.put("pipelines", 0.8);
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("read", 5L);
        stages.put("analyse", 40L);
        log.record(new ArticleEvent("req-2", "b", "k", Optional.of("v1"), Optional.of("b/k#v1"), "ALERTED", Optional.of("ANALYSED"),
                Optional.empty(), fired, Optional.of("SENT"), stages, Optional.empty()));

        assertEquals(3, lines.size());
        JsonNode main = JSON.readTree(lines.get(0));
        assertEquals(Instant.parse("2026-03-12T10:00:00Z").toEpochMilli(), main.path("_aws").path("Timestamp").asLong());
        List<String> declared = new ArrayList<>();
        main.path("_aws").path("CloudWatchMetrics").get(0).path("Metrics").forEach(m -> declared.add(m.path("Name").asText()));
        assertEquals(List.of("ArticlesProcessed", "ArticlesRejected", "ArticlesFailed", "AlertsSent", "ReadMs", "AnalyseMs"), declared);
        for (String metric : declared) {
            assertTrue(main.path(metric).isNumber(), metric + " must be a number at the root");
        }
        assertEquals(0.912, main.path("topics").path("sanctions").asDouble(), 1e-9);
        assertEquals(45, main.path("totalMs").asInt());
        assertEquals("v1", main.path("versionId").asText());
        JsonNode perTopic = JSON.readTree(lines.get(1));
        assertEquals("sanctions", perTopic.path("Topic").asText());
        assertEquals("[[\"Service\",\"Topic\"]]", perTopic.path("_aws").path("CloudWatchMetrics").get(0).path("Dimensions").toString());
        assertEquals("pipelines", JSON.readTree(lines.get(2)).path("Topic").asText());
    }
}
