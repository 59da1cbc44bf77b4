package org.newssentinel.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newssentinel.clean.Article;
import org.newssentinel.pipeline.Analysis;
import org.newssentinel.summary.Summary;
import org.newssentinel.topics.Evidence;
import org.newssentinel.topics.TermMatch;
import org.newssentinel.topics.TopicScore;
import software.amazon.awssdk.services.sns.model.PublishRequest;

class SnsAlerterTest {

    private static Analysis analysis(String sentence, double... scores) {
        List<TopicScore> topics = List.of(
                new TopicScore("pipelines", "Pipelines", scores[0], scores[0] >= 0.5, List.of(new TermMatch("pipeline", 2)), List.of(),
                        List.of(new Evidence(sentence, 1, List.of()))),
                new TopicScore("sanctions", "Sanctions", scores[1], scores[1] >= 0.5, List.of(), List.of(), List.of()),
                new TopicScore("alliances", "Alliances", scores[2], scores[2] >= 0.5, List.of(), List.of(), List.of()));
        return new Analysis("s3://b/k", Article.of("Headline", List.of(sentence), "en"), topics,
                new Summary("Headline", List.of(sentence), "[PIPELINES 0.70] Headline"));
    }

    @Test
    void oneJsonMessageWithThreeBodiesAndFilterableAttributes() throws Exception {
        PublishRequest r = SnsAlerter.request(new Alert(analysis("A pipeline was shut.", 0.7, 0.9, 0.2), "s3://b/k"), "arn:topic");

        assertEquals("json", r.messageStructure());
        JsonNode bodies = new ObjectMapper().readTree(r.message());
        assertTrue(bodies.has("default") && bodies.has("email") && bodies.has("sms"));
        assertTrue(bodies.path("sms").asText().contains("Headline") && bodies.path("sms").asText().length() <= 160);
        assertEquals("String.Array", r.messageAttributes().get("topics").dataType());
        assertEquals("[\"sanctions\",\"pipelines\"]", r.messageAttributes().get("topics").stringValue());
        assertEquals("0.900", r.messageAttributes().get("score").stringValue());
        assertEquals("Number", r.messageAttributes().get("score").dataType());
        assertEquals("high", r.messageAttributes().get("severity").stringValue());
        assertEquals("article", r.messageAttributes().get("kind").stringValue());
        assertEquals("medium", SnsAlerter.request(new Alert(analysis("x.", 0.6, 0.1, 0.1), "s3://b/k"), "arn:topic")
                .messageAttributes().get("severity").stringValue());
    }

    @Test
    void aHugeArticleStillMakesAMessageSnsAccepts() {
        String giant = "The pipeline " + "very ".repeat(200_000) + "long sentence.";
        PublishRequest r = SnsAlerter.request(new Alert(analysis(giant, 0.7, 0.1, 0.1), "s3://b/k"), "arn:topic");
        int bytes = r.message().getBytes(StandardCharsets.UTF_8).length
                + r.messageAttributes().values().stream().mapToInt(v -> v.stringValue().length() + v.dataType().length()).sum();
        assertTrue(bytes < 256 * 1024, bytes + " bytes");
        assertEquals(Optional.of(true), Optional.of(r.message().contains("[... cut")));
    }
}
