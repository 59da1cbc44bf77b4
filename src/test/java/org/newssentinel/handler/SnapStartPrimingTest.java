package org.newssentinel.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.topics.WatchTopics;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

class SnapStartPrimingTest {

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final SnapStartPriming priming = new SnapStartPriming(new ArticlePipeline(WatchTopics.defaults(), 3),
            new PrintStream(log, true, StandardCharsets.UTF_8));

    @Test
    void primesTheWholePathOnEveryBundledSampleWithoutTheNetwork() {
        SnapStartPriming.InMemoryDynamo dynamo = new SnapStartPriming.InMemoryDynamo();
        SnapStartPriming.InMemorySns sns = new SnapStartPriming.InMemorySns();

        List<UploadProcessor.Outcome> outcomes = priming.prime(dynamo, sns);

        assertEquals("", log.toString(StandardCharsets.UTF_8));
        assertEquals(SnapStartPriming.SAMPLES.size(), outcomes.size());
        // Both samples are real articles about watched topics: analysed, stored, and alerted on,
        // so the snapshot holds the store's and the alerter's code too.
        assertEquals(List.of(UploadProcessor.Outcome.ALERTED, UploadProcessor.Outcome.ALERTED), outcomes);
        assertTrue(dynamo.requests.stream().anyMatch(r -> r instanceof PutItemRequest p && p.tableName().equals(SnapStartPriming.TABLE)));
        assertEquals(2, sns.requests.size());
        sns.requests.forEach(r -> assertEquals(SnapStartPriming.TOPIC_ARN, r.topicArn()));
    }

    @Test
    void createsNothingUniqueTwoRunsSendTheSameRequests() {
        SnapStartPriming.InMemoryDynamo dynamo1 = new SnapStartPriming.InMemoryDynamo();
        SnapStartPriming.InMemorySns sns1 = new SnapStartPriming.InMemorySns();
        SnapStartPriming.InMemoryDynamo dynamo2 = new SnapStartPriming.InMemoryDynamo();
        SnapStartPriming.InMemorySns sns2 = new SnapStartPriming.InMemorySns();
        priming.prime(dynamo1, sns1);
        priming.prime(dynamo2, sns2);
        assertFalse(dynamo1.requests.isEmpty());
        // No timestamp, random id or other per-run value ends up in what priming builds, except what
        // is measured or drawn per request by design: stage timings and the alert claim's token.
        assertEquals(stable(dynamo1.requests), stable(dynamo2.requests));
        assertEquals(sns1.requests, sns2.requests);
    }

    @Test
    void theCheckpointHookPrimesAndNeverThrows() throws Exception {
        priming.beforeCheckpoint(null);
        priming.afterRestore(null);
        assertEquals("", log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailingSampleIsLoggedAndTheOthersStillPrime() {
        software.amazon.awssdk.services.sns.SnsClient failing = new software.amazon.awssdk.services.sns.SnsClient() {
            @Override
            public software.amazon.awssdk.services.sns.model.PublishResponse publish(
                    software.amazon.awssdk.services.sns.model.PublishRequest request) {
                throw new IllegalStateException("publish failed");
            }

            @Override
            public String serviceName() {
                return SERVICE_NAME;
            }

            @Override
            public void close() {
            }
        };
        List<UploadProcessor.Outcome> outcomes = priming.prime(new SnapStartPriming.InMemoryDynamo(), failing);
        assertTrue(outcomes.isEmpty());
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("SnapStart priming skipped priming/article.html: "
                + "java.lang.IllegalStateException: publish failed"), log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void registeringKeepsTheHookReachable() {
        SnapStartPriming first = SnapStartPriming.register(new ArticlePipeline(WatchTopics.defaults(), 3),
                org.newssentinel.aws.AwsClients.create("us-east-1"));
        assertSame(first, SnapStartPriming.registered());
    }

    private static List<Object> stable(List<Object> requests) {
        return requests.stream().map(r -> {
            if (r instanceof PutItemRequest p) {
                java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item = new java.util.HashMap<>(p.item());
                item.remove("stageMs");
                item.remove("processingMs");
                return (Object) p.toBuilder().item(item).build();
            }
            if (r instanceof software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest u && u.hasExpressionAttributeValues()) {
                java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> values =
                        new java.util.HashMap<>(u.expressionAttributeValues());
                values.remove(":token");
                return (Object) u.toBuilder().expressionAttributeValues(values).build();
            }
            return r;
        }).toList();
    }
}
