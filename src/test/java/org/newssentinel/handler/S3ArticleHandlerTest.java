package org.newssentinel.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newssentinel.alert.RecordingAlerter;
import org.newssentinel.config.Settings;
import org.newssentinel.ingest.InMemoryObjects;
import org.newssentinel.observe.ArticleLog;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.RejectionReason;
import org.newssentinel.store.AlertState;
import org.newssentinel.store.ArticleRecord;
import org.newssentinel.store.InMemorySummaryStore;
import org.newssentinel.store.RecordStatus;
import org.newssentinel.topics.WatchTopics;

/** The Lambda handler with in-memory fakes, fed with S3 events as {@code sam local generate-event s3 put} writes them. */
class S3ArticleHandlerTest {

    private static final String BUCKET = "news-sentinel-uploads";
    /** The key of {@code s3-put-encoded-key.json} ("articles/gas+deal%2Bupdate%252B.html"), decoded once. */
    private static final String DECODED_KEY = "articles/gas deal+update%2B.html";
    private static final byte[] PIPELINE_ARTICLE = resource("/articles/pipeline-halt.html");
    private static final byte[] FOOTBALL = resource("/articles/football.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-12T10:00:00Z"));
    private final InMemorySummaryStore store = new InMemorySummaryStore();
    private final RecordingAlerter alerter = new RecordingAlerter();
    private final InMemoryObjects bucket = new InMemoryObjects(100_000);
    private final List<String> logLines = new ArrayList<>();

    private S3ArticleHandler handler(Map<String, String> env) {
        UploadProcessor processor = new UploadProcessor(new ArticlePipeline(WatchTopics.defaults(), 3), store, alerter, clock);
        return new S3ArticleHandler(Settings.from(env), bucket, processor, new ArticleLog(logLines::add, clock));
    }

    private S3ArticleHandler handler() {
        return handler(Map.of());
    }

    @Test
    void decodesTheKeyOnceReadsItRecordsItAndAlertsOnce() {
        bucket.put(BUCKET, DECODED_KEY, PIPELINE_ARTICLE);

        handler().handleRequest(event("s3-put-encoded-key.json"), null);

        assertEquals(List.of(BUCKET + "/" + DECODED_KEY), bucket.reads());
        ArticleRecord record = store.records().get(0);
        assertEquals(BUCKET + "/" + DECODED_KEY + "#0123456789abcdef0123456789abcdef", record.id());
        assertEquals(RecordStatus.ANALYSED, record.status());
        assertEquals("Gas pipeline to Europe halted after new sanctions", record.analysis().orElseThrow().summary().headline());
        assertEquals(64, record.contentHash().orElseThrow().length());
        assertEquals(AlertState.SENT, store.alertState(record.id()));
        assertEquals(1, alerter.sent().size());
        assertEquals("s3://" + BUCKET + "/" + DECODED_KEY, alerter.sent().get(0).location());
        List<String> firedTopics = store.alertsSince("pipelines", Instant.EPOCH, 10).stream().map(a -> a.recordId()).toList();
        assertEquals(List.of(record.id()), firedTopics);
    }

    @Test
    void theSameEventTwiceGivesOneRecordAndOneAlertWithoutReadingAgain() {
        bucket.put(BUCKET, DECODED_KEY, PIPELINE_ARTICLE);
        S3ArticleHandler handler = handler();

        handler.handleRequest(event("s3-put-encoded-key.json"), null);
        String second = handler.handleRequest(event("s3-put-encoded-key.json"), null);

        assertEquals(1, store.records().size());
        assertEquals(1, alerter.sent().size());
        assertEquals(1, bucket.reads().size());
        assertTrue(second.contains("DUPLICATE=1"), second);
    }

    @Test
    void aPublishThatFailsIsRetriedByTheNextDeliveryAndSentOnce() {
        bucket.put(BUCKET, DECODED_KEY, PIPELINE_ARTICLE);
        alerter.failNext(1);
        S3ArticleHandler handler = handler();

        RuntimeException e = assertThrows(RuntimeException.class, () -> handler.handleRequest(event("s3-put-encoded-key.json"), null));
        assertTrue(e.getMessage().contains("Lambda will retry"), e.getMessage());
        String id = store.records().get(0).id();
        assertEquals(AlertState.PENDING, store.alertState(id));
        assertEquals(0, alerter.sent().size());

        handler.handleRequest(event("s3-put-encoded-key.json"), null);
        handler.handleRequest(event("s3-put-encoded-key.json"), null);

        assertEquals(1, store.records().size());
        assertEquals(1, alerter.sent().size());
        assertEquals(AlertState.SENT, store.alertState(id));
        assertEquals(2, store.claims(id));
    }

    @Test
    void aTransientReadFailureStoresNothingAndTheRetryDoesTheWork() {
        bucket.put(BUCKET, DECODED_KEY, PIPELINE_ARTICLE);
        bucket.failNextRead(BUCKET, DECODED_KEY, new IllegalStateException("S3 read timed out (simulated)"));
        S3ArticleHandler handler = handler();

        assertThrows(RuntimeException.class, () -> handler.handleRequest(event("s3-put-encoded-key.json"), null));
        assertTrue(store.records().isEmpty());
        assertTrue(logLines.get(0).contains("\"outcome\":\"ERROR\""), logLines.get(0));

        handler.handleRequest(event("s3-put-encoded-key.json"), null);
        assertEquals(1, store.records().size());
        assertEquals(1, alerter.sent().size());
    }

    @Test
    void aClaimHeldByALiveDeliveryMakesTheRedeliveryRetryLaterAndTheLeaseEndFreesIt() {
        UploadProcessor processor = new UploadProcessor(new ArticlePipeline(WatchTopics.defaults(), 3), store, alerter, clock);
        UploadProcessor.Upload upload = new UploadProcessor.Upload("d", "s3://x/d.html", Optional.empty());
        // Stored with its alert pending, then claimed by a delivery that is (or was) still running.
        alerter.failNext(1);
        assertThrows(IllegalStateException.class, () -> processor.process(upload,
                () -> org.newssentinel.pipeline.RawDocument.of("d.html", PIPELINE_ARTICLE), Duration.ofMinutes(1)));
        assertEquals(AlertState.PENDING, store.alertState("d"));
        assertTrue(store.claimAlert("d", clock.instant(), clock.instant().plus(Duration.ofMinutes(1))).isPresent());

        assertThrows(AlertInProgressException.class, () -> processor.process(upload,
                () -> org.newssentinel.pipeline.RawDocument.of("d.html", PIPELINE_ARTICLE), Duration.ofMinutes(1)));
        assertEquals(0, alerter.sent().size());

        clock.advance(Duration.ofMinutes(2));
        UploadProcessor.Result result = processor.process(upload,
                () -> org.newssentinel.pipeline.RawDocument.of("d.html", PIPELINE_ARTICLE), Duration.ofMinutes(1));

        assertEquals(UploadProcessor.Outcome.ALERTED, result.outcome());
        assertEquals(1, alerter.sent().size());
        assertEquals(AlertState.SENT, store.alertState("d"));
    }

    @Test
    void severalRecordsWithOneBadOneGoneAndOneRemovedTheGoodOnesAreStillDone() {
        bucket.put(BUCKET, DECODED_KEY, PIPELINE_ARTICLE);
        bucket.put(BUCKET, "articles/flaky.txt", FOOTBALL);
        bucket.put(BUCKET, "articles/football.txt", FOOTBALL);
        bucket.failNextRead(BUCKET, "articles/flaky.txt", new IllegalStateException("S3 503 SlowDown (simulated)"));
        S3ArticleHandler handler = handler();

        RuntimeException e = assertThrows(RuntimeException.class, () -> handler.handleRequest(event("s3-put-several.json"), null));
        assertTrue(e.getMessage().startsWith("1 of 5 records failed transiently"), e.getMessage());
        assertEquals("S3 503 SlowDown (simulated)", e.getCause().getMessage());
        assertEquals(List.of(RecordStatus.ANALYSED, RecordStatus.MISSING, RecordStatus.ANALYSED),
                store.records().stream().map(ArticleRecord::status).toList());
        assertEquals(1, alerter.sent().size());

        // Lambda's retry: the done records are duplicates, the flaky one is read again and stored.
        String retry = handler.handleRequest(event("s3-put-several.json"), null);

        assertTrue(retry.contains("DUPLICATE=3") && retry.contains("ANALYSED=1") && retry.contains("skipped=1"), retry);
        assertEquals(4, store.records().size());
        assertEquals(1, alerter.sent().size());
        assertEquals(5 + 5, logLines.stream().filter(l -> l.contains("\"bucket\"")).count());
    }

    @Test
    void anOversizeObjectIsRecordedAsRejectedAndNotRetried() {
        bucket.put(BUCKET, DECODED_KEY, new byte[200_000]);

        String summary = handler().handleRequest(event("s3-put-encoded-key.json"), null);

        assertTrue(summary.contains("REJECTED=1"), summary);
        ArticleRecord record = store.records().get(0);
        assertEquals(RecordStatus.REJECTED, record.status());
        assertEquals(Optional.of(RejectionReason.TOO_LARGE), record.rejection());
        assertTrue(record.error().orElseThrow().contains("MAX_OBJECT_BYTES"));
        assertEquals(0, alerter.sent().size());
    }

    @Test
    void aStoreThatIsThrottledMakesLambdaRetryAndNothingIsSentBeforeTheRecordExists() {
        bucket.put(BUCKET, DECODED_KEY, PIPELINE_ARTICLE);
        store.failNextSaves(1);

        assertThrows(RuntimeException.class, () -> handler().handleRequest(event("s3-put-encoded-key.json"), null));
        assertEquals(0, alerter.sent().size());
        assertTrue(store.records().isEmpty());

        handler().handleRequest(event("s3-put-encoded-key.json"), null);
        assertEquals(1, alerter.sent().size());
    }

    @Test
    void keysOutsideThePrefixOrSuffixesAreSkippedWithoutReading() {
        bucket.put(BUCKET, DECODED_KEY, PIPELINE_ARTICLE);

        String summary = handler(Map.of(Settings.KEY_PREFIX, "inbox/")).handleRequest(event("s3-put-encoded-key.json"), null);
        String summary2 = handler(Map.of(Settings.KEY_SUFFIXES, ".txt, .md")).handleRequest(event("s3-put-encoded-key.json"), null);
        String summary3 = handler(Map.of(Settings.KEY_PREFIX, "articles/", Settings.KEY_SUFFIXES, ".HTML"))
                .handleRequest(event("s3-put-encoded-key.json"), null);

        assertTrue(summary.contains("skipped=1") && summary2.contains("skipped=1"), summary + " / " + summary2);
        assertTrue(summary3.contains("ALERTED=1"), summary3);
        assertEquals(1, bucket.reads().size());
    }

    @Test
    void recordsWithMissingFieldsAreSkippedOrKeyedByWhatTheyHave() {
        bucket.put(BUCKET, "articles/no-etag.txt", FOOTBALL);

        String summary = handler().handleRequest(event("s3-put-missing-fields.json"), null);

        assertEquals("outcomes={ANALYSED=1} skipped=3 failed=0", summary);
        assertEquals(BUCKET + "/articles/no-etag.txt", store.records().get(0).id(), "no version, no ETag: the key alone");
        assertEquals(List.of("MISSING_BUCKET_OR_KEY", "NOT_OBJECT_CREATED", "MISSING_BUCKET_OR_KEY"), logLines.stream()
                .filter(l -> l.contains("\"SKIPPED\"")).map(l -> {
                    try {
                        return JSON.readTree(l).path("reason").asText();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList());
    }

    @Test
    void aTestEventAndAnEmptyEventAreAnsweredWithoutWork() {
        S3Event testEvent = EventLoader.loadS3Event("events/s3-test-event.json");

        assertEquals("outcomes={} skipped=0 failed=0", handler().handleRequest(testEvent, null));
        assertEquals("outcomes={} skipped=0 failed=0", handler().handleRequest(null, null));
        assertTrue(store.records().isEmpty());
    }

    @Test
    void theLogLineIsOneJsonObjectPerRecordWithoutArticleTextAndSafeFromNewlines() throws IOException {
        bucket.put(BUCKET, DECODED_KEY, PIPELINE_ARTICLE);
        handler().handleRequest(event("s3-put-encoded-key.json"), null);

        JsonNode line = JSON.readTree(logLines.get(0));
        assertEquals("ALERTED", line.path("outcome").asText());
        assertEquals(DECODED_KEY, line.path("key").asText());
        assertEquals(BUCKET, line.path("bucket").asText());
        assertTrue(line.path("topics").path("pipelines").asDouble() > 0.5);
        assertTrue(line.path("topics").path("sanctions").asDouble() > 0.5);
        assertTrue(line.path("stageMs").has("read") && line.path("stageMs").has("analyse") && line.path("stageMs").has("alert"));
        assertEquals(1, line.path("AlertsSent").asInt());
        assertEquals("NewsSentinel", line.path("_aws").path("CloudWatchMetrics").get(0).path("Namespace").asText());
        for (String l : logLines) {
            assertFalse(l.contains("compressor station"), "no article text in logs: " + l);
            assertFalse(l.contains("\n"));
        }
        // One EMF line per fired topic, dimensioned by Topic.
        assertEquals(List.of("sanctions", "pipelines"), logLines.stream().skip(1).map(l -> {
            try {
                return JSON.readTree(l).path("Topic").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList());
    }

    private static S3Event event(String name) {
        return EventLoader.loadS3Event("events/" + name);
    }

    private static byte[] resource(String name) {
        try (InputStream in = S3ArticleHandlerTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }
}
