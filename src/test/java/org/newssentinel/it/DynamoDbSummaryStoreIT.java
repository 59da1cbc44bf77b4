package org.newssentinel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newssentinel.alert.Alerter;
import org.newssentinel.alert.SnsAlerter;
import org.newssentinel.aws.AwsClients;
import org.newssentinel.handler.AlertInProgressException;
import org.newssentinel.handler.UploadProcessor;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.store.AlertClaim;
import org.newssentinel.store.AlertState;
import org.newssentinel.store.ArticleRecord;
import org.newssentinel.store.DynamoDbSummaryStore;
import org.newssentinel.store.RecordStatus;
import org.newssentinel.store.TopicAlert;
import org.newssentinel.topics.WatchTopics;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The store's conditional writes and the alert claim against dynalite, including deliveries racing each other. */
@ExtendWith(LocalAwsServers.class)
class DynamoDbSummaryStoreIT {

    private static final String TABLE = "store-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Instant T0 = Instant.parse("2026-03-12T10:00:00Z");
    private static AwsClients aws;
    private static DynamoDbSummaryStore store;
    private static ArticlePipeline pipeline;
    private static byte[] article;

    @BeforeAll
    static void table() throws IOException {
        aws = AwsClients.create(LocalAwsServers.REGION);
        aws.dynamo().createTable(DynamoDbSummaryStore.createTableRequest(TABLE));
        store = new DynamoDbSummaryStore(aws.dynamo(), TABLE);
        pipeline = new ArticlePipeline(WatchTopics.defaults(), 3);
        try (InputStream in = DynamoDbSummaryStoreIT.class.getResourceAsStream("/articles/pipeline-halt.html")) {
            article = in.readAllBytes();
        }
    }

    @AfterAll
    static void close() {
        aws.dynamo().close();
    }

    private static ArticleRecord alerting(String id) {
        return ArticleRecord.analysed(id, pipeline.process(RawDocument.of("x.html", article)), T0);
    }

    @Test
    void aRecordIsWrittenOnceAndNeverReplaced() {
        String id = "b/once.html#1";
        assertTrue(store.save(alerting(id)));
        assertFalse(store.save(ArticleRecord.rejected(id, "s3://b/once.html",
                org.newssentinel.pipeline.RejectionReason.EMPTY, "empty", T0.plusSeconds(60))));

        var state = store.find(id).orElseThrow();
        assertEquals(RecordStatus.ANALYSED, state.status());
        assertEquals(AlertState.PENDING, state.alertState());
        assertEquals(T0, state.processedAt());
        assertTrue(store.find("b/never-stored#1").isEmpty());
    }

    @Test
    void aClaimExcludesOthersUntilItsLeaseEndsAndOnlyItsHolderCanFinishIt() {
        String id = "b/claim.html#1";
        store.save(alerting(id));

        AlertClaim first = store.claimAlert(id, T0, T0.plusSeconds(30)).orElseThrow();
        assertTrue(store.claimAlert(id, T0.plusSeconds(10), T0.plusSeconds(40)).isEmpty(), "a live claim excludes others");
        AlertClaim second = store.claimAlert(id, T0.plusSeconds(31), T0.plusSeconds(61)).orElseThrow();

        store.releaseAlert(first, "late release of an expired claim");
        assertEquals(AlertState.SENDING, store.find(id).orElseThrow().alertState(), "an old holder cannot hand back a claim it lost");
        assertFalse(store.markAlertSent(first, List.of(), T0.plusSeconds(32)), "nor finish it");
        assertTrue(store.markAlertSent(second, List.of(), T0.plusSeconds(33)));
        assertEquals(AlertState.SENT, store.find(id).orElseThrow().alertState());
        assertTrue(store.claimAlert(id, T0.plusSeconds(3600), T0.plusSeconds(3700)).isEmpty(), "a sent alert is never claimed again");
    }

    @Test
    void aReleasedClaimCanBeTakenAtOnce() {
        String id = "b/release.html#1";
        store.save(alerting(id));
        AlertClaim claim = store.claimAlert(id, T0, T0.plusSeconds(300)).orElseThrow();

        store.releaseAlert(claim, "SNS: Throttling");

        assertEquals(AlertState.PENDING, store.find(id).orElseThrow().alertState());
        assertTrue(store.claimAlert(id, T0.plusSeconds(1), T0.plusSeconds(301)).isPresent());
    }

    @Test
    void alertsSinceListsOneTopicNewestFirstFromTheIndex() {
        String topic = "topic-" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            String id = "b/since-" + i + ".html#1";
            store.save(alerting(id));
            AlertClaim claim = store.claimAlert(id, T0, T0.plusSeconds(30)).orElseThrow();
            store.markAlertSent(claim, List.of(new TopicAlert(id, topic, 0.5 + i / 10.0, T0.plusSeconds(i * 3600L), "t" + i, "sms",
                    "s3://b/since-" + i + ".html", Optional.empty())), T0.plusSeconds(i * 3600L));
        }

        List<TopicAlert> latest = store.alertsSince(topic, T0.plusSeconds(2 * 3600), 10);
        List<TopicAlert> two = store.alertsSince(topic, T0, 2);

        assertEquals(List.of("b/since-4.html#1", "b/since-3.html#1", "b/since-2.html#1"), latest.stream().map(TopicAlert::recordId).toList());
        assertEquals(0.9, latest.get(0).score(), 1e-9);
        assertEquals(T0.plusSeconds(4 * 3600), latest.get(0).at());
        assertEquals(List.of("b/since-4.html#1", "b/since-3.html#1"), two.stream().map(TopicAlert::recordId).toList());
        assertTrue(store.alertsSince("no-such-topic", T0, 10).isEmpty());
    }

    @Test
    void theLongestKeyS3AllowsFitsTheTableAndTheIndex() {
        // 1024 bytes of UTF-8 (S3's limit), with a 63-character bucket and a version id.
        String key = "ü".repeat(400) + "/" + "a".repeat(223);
        assertEquals(1024, key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        String id = "b".repeat(63) + "/" + key + "#3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo";
        store.save(alerting(id));
        AlertClaim claim = store.claimAlert(id, T0, T0.plusSeconds(30)).orElseThrow();

        assertTrue(store.markAlertSent(claim, List.of(new TopicAlert(id, "long-keys", 0.7, T0, "t", "sms", "s3://" + id,
                Optional.empty())), T0));
        assertEquals(List.of(id), store.alertsSince("long-keys", T0, 5).stream().map(TopicAlert::recordId).toList());
    }

    @Test
    void deliveriesRacingEachOtherPublishExactlyOnce() throws Exception {
        String name = "race-" + UUID.randomUUID().toString().substring(0, 8);
        String topicArn = aws.sns().createTopic(t -> t.name(name)).topicArn();
        try (SqsClient sqs = TestClients.sqs()) {
            String queueUrl = sqs.createQueue(q -> q.queueName(name)).queueUrl();
            String queueArn = sqs.getQueueAttributes(a -> a.queueUrl(queueUrl).attributeNamesWithStrings("QueueArn"))
                    .attributesAsStrings().get("QueueArn");
            aws.sns().subscribe(s -> s.topicArn(topicArn).protocol("sqs").endpoint(queueArn));
            AtomicInteger publishes = new AtomicInteger();
            SnsAlerter sns = new SnsAlerter(aws.sns(), topicArn);
            Alerter counting = alert -> {
                publishes.incrementAndGet();
                sns.publish(alert);
            };
            UploadProcessor processor = new UploadProcessor(pipeline, store, counting, java.time.Clock.systemUTC());
            UploadProcessor.Upload upload = new UploadProcessor.Upload("b/race.html#" + name, "s3://b/race.html", Optional.empty());

            int deliveries = 6;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(deliveries);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                Callable<String> delivery = () -> {
                    start.await();
                    try {
                        return processor.process(upload, () -> RawDocument.of("race.html", article), Duration.ofSeconds(30)).outcome().name();
                    } catch (AlertInProgressException busy) {
                        return "RETRY_LATER";
                    }
                };
                results.add(pool.submit(delivery));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();
            // Lambda's retry of the deliveries told to come back later.
            String retried = processor.process(upload, () -> RawDocument.of("race.html", article), Duration.ofSeconds(30)).outcome().name();

            assertEquals(1, outcomes.stream().filter("ALERTED"::equals).count(), outcomes.toString());
            assertEquals("DUPLICATE", retried);
            assertEquals(1, publishes.get());
            assertEquals(AlertState.SENT, store.find(upload.recordId()).orElseThrow().alertState());
            int received = 0;
            for (int round = 0; round < 3; round++) {
                received += sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)).messages().size();
            }
            assertEquals(1, received, "messages a subscriber received");
        }
    }
}
