package org.newssentinel.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newssentinel.alert.Alert;
import org.newssentinel.config.Settings;
import org.newssentinel.ingest.ObjectLocation;
import org.newssentinel.ingest.ObjectMissingException;
import org.newssentinel.ingest.ObjectSource;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.store.ArticleRecord;
import org.newssentinel.store.InMemorySummaryStore;
import org.newssentinel.topics.WatchTopics;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.DeleteMarkerEntry;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsRequest;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ObjectVersion;

class BackfillTest {

    private static final Path OBJECTS = Path.of("events", "objects");
    private static final String BUCKET = "uploads";

    private final InMemorySummaryStore store = new InMemorySummaryStore();
    private final List<Alert> alerts = new ArrayList<>();
    private final List<ObjectLocation> reads = new ArrayList<>();
    private final List<ListObjectVersionsRequest> listings = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Two pages: the bucket as ListObjectVersions shows it, with history and a deleted key. */
    private final S3Client s3 = new S3Client() {
        @Override
        public ListObjectVersionsResponse listObjectVersions(ListObjectVersionsRequest request) {
            listings.add(request);
            if (request.keyMarker() == null) {
                return ListObjectVersionsResponse.builder().isTruncated(true).nextKeyMarker("articles/bild-kazakhstan-oil-dispute.txt")
                        .nextVersionIdMarker("v1")
                        .versions(version("articles/bild-kazakhstan-oil-dispute.txt", "v2", true),
                                version("articles/bild-kazakhstan-oil-dispute.txt", "v1", false))
                        .build();
            }
            return ListObjectVersionsResponse.builder().isTruncated(false)
                    .versions(version("articles/caspian-pipeline-talks.html", "h1", true),
                            version("articles/chart.png", "c1", true),
                            version("articles/energy desk/pipeline deal + sanctions.txt", "s1", true),
                            version("articles/gone.txt", "g1", false),
                            version("articles/notes.md", "n1", true))
                    .deleteMarkers(DeleteMarkerEntry.builder().key("articles/gone.txt").versionId("g2").isLatest(true).build())
                    .build();
        }

        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {
        }
    };

    private static ObjectVersion version(String key, String id, boolean latest) {
        return ObjectVersion.builder().key(key).versionId(id).isLatest(latest).eTag("\"etag-" + id + "\"").size(100L).build();
    }

    private final ObjectSource objects = location -> {
        reads.add(location);
        try {
            return RawDocument.of(location.uri(), Files.readAllBytes(OBJECTS.resolve(location.key())));
        } catch (NoSuchFileException e) {
            throw new ObjectMissingException("no such object " + location.uri());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    };

    private Backfill backfill(Settings settings) {
        return new Backfill(s3, objects, new ArticlePipeline(WatchTopics.defaults(), 3),
                store,
                alerts::add, Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC), settings,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static final Settings SETTINGS = Settings.from(Map.of(
            Settings.KEY_PREFIX, "articles/", Settings.KEY_SUFFIXES, ".txt,.html,.png"));

    @Test
    void processesTheCurrentVersionOfEveryWantedObjectWithTheEventsRecordIds() throws IOException {
        int code = backfill(SETTINGS).run(new Backfill.Request(BUCKET, "", Optional.empty(), true, false));

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(2, listings.size(), "both pages listed");
        assertEquals("articles/", listings.get(0).prefix(), "the function's prefix by default");
        assertEquals(List.of("uploads/articles/bild-kazakhstan-oil-dispute.txt#v2", "uploads/articles/caspian-pipeline-talks.html#h1",
                        "uploads/articles/chart.png#c1", "uploads/articles/energy desk/pipeline deal + sanctions.txt#s1"),
                store.records().stream().map(ArticleRecord::id).toList(), "old versions, deleted keys and unwanted suffixes are left alone");
        assertEquals(List.of("ANALYSED", "ANALYSED", "REJECTED", "ANALYSED"), store.records().stream().map(r -> r.status().name()).toList());
        assertEquals(Optional.of("v2"), reads.get(0).versionId(), "the listed version is the one read");
        assertEquals(3, alerts.size(), "every article here is about watched topics");
        List<JsonNode> lines = lines();
        assertEquals(4, lines.size());
        assertEquals("ALERTED", lines.get(0).get("outcome").asText());
        assertEquals("REJECTED", lines.get(2).get("outcome").asText());
    }

    @Test
    void aSecondRunFindsEverythingDoneAndARerunRecordsAgain() throws IOException {
        backfill(SETTINGS).run(new Backfill.Request(BUCKET, "articles/", Optional.empty(), true, false));
        out.reset();
        assertEquals(0, backfill(SETTINGS).run(new Backfill.Request(BUCKET, "articles/", Optional.empty(), true, false)));
        assertEquals(4, store.records().size());
        assertTrue(lines().stream().allMatch(l -> l.get("outcome").asText().equals("DUPLICATE")));
        assertEquals(3, alerts.size(), "no second alert");

        out.reset();
        assertEquals(0, backfill(SETTINGS).run(new Backfill.Request(BUCKET, "articles/", Optional.of("topics-2"), false, false)));
        assertEquals(8, store.records().size());
        assertEquals("uploads/articles/bild-kazakhstan-oil-dispute.txt#v2@rerun-topics-2", store.records().get(4).id());
        assertEquals(3, alerts.size(), "--no-alerts records without publishing");
    }

    @Test
    void aDryRunListsWithoutProcessing() throws IOException {
        assertEquals(0, backfill(SETTINGS).run(new Backfill.Request(BUCKET, "", Optional.empty(), true, true)));
        assertTrue(store.records().isEmpty());
        assertTrue(reads.isEmpty());
        assertEquals(4, lines().size());
        assertTrue(lines().stream().allMatch(l -> l.get("outcome").asText().equals("LISTED")));
    }

    @Test
    void oneFailingObjectDoesNotStopTheOthers() throws IOException {
        store.failSavesWhere(r -> r.id().contains("caspian"), "throttled");
        int code = new Backfill(s3, objects, new ArticlePipeline(WatchTopics.defaults(), 3), store, alerts::add, Clock.systemUTC(), SETTINGS, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(new Backfill.Request(BUCKET, "", Optional.empty(), true, false));
        assertEquals(1, code);
        assertEquals(3, store.records().size());
        JsonNode failed = lines().get(1);
        assertEquals("FAILED", failed.get("outcome").asText());
        assertEquals("throttled", failed.get("error").asText());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("failed=1"));
    }

    @Test
    void anObjectDeletedSinceTheListingIsRecordedMissingAsTheFunctionRecordsIt() throws IOException {
        ObjectSource deletedMeanwhile = location -> {
            if (location.key().endsWith(".html")) {
                throw new ObjectMissingException("the object " + location.uri() + " no longer exists");
            }
            return objects.read(location);
        };
        int code = new Backfill(s3, deletedMeanwhile, new ArticlePipeline(WatchTopics.defaults(), 3), store, alerts::add,
                Clock.systemUTC(), SETTINGS, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(new Backfill.Request(BUCKET, "", Optional.empty(), true, false));

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        ArticleRecord gone = store.records().stream().filter(r -> r.id().equals("uploads/articles/caspian-pipeline-talks.html#h1"))
                .findFirst().orElseThrow();
        assertEquals("MISSING", gone.status().name());
        assertEquals(Optional.of("OBJECT_MISSING"), gone.reasonCode());
        assertEquals(Optional.of("h1"), gone.object().flatMap(ObjectLocation::versionId), "the version looked for is on the record");
        assertEquals("MISSING", lines().get(1).get("outcome").asText());
    }

    @Test
    void aListingThatFailsSaysSoInOneLineAndExitsNonZero() {
        S3Client unreachable = failingListing(0);
        int code = new Backfill(unreachable, objects, new ArticlePipeline(WatchTopics.defaults(), 3), store, alerts::add, Clock.systemUTC(),
                SETTINGS, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new Backfill.Request(BUCKET, "", Optional.empty(), true, true));

        assertEquals(1, code);
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("error: cannot list s3://uploads/articles/: Connection refused (SDK Attempt Count: 3)\n"), said);
        assertFalse(said.contains("\tat "), "no stack trace: " + said);
        assertTrue(said.contains("(listing incomplete)"), said);
    }

    @Test
    void aListingThatFailsOnALaterPageKeepsWhatWasDoneAndSaysTheServicesReason() throws IOException {
        S3Client secondPageDenied = failingListing(1);
        int code = new Backfill(secondPageDenied, objects, new ArticlePipeline(WatchTopics.defaults(), 3), store, alerts::add,
                Clock.systemUTC(), SETTINGS, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(new Backfill.Request(BUCKET, "", Optional.empty(), true, false));

        assertEquals(1, code);
        assertEquals(1, store.records().size(), "the first page's object was processed");
        assertEquals(1, lines().size());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("error: cannot list s3://uploads/articles/: AccessDenied: Access Denied\n"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSameClientFailureForSeveralObjectsInARowStopsTheRun() throws IOException {
        List<ObjectLocation> tried = new ArrayList<>();
        ObjectSource unreachable = location -> {
            tried.add(location);
            throw SdkClientException.create("Unable to execute HTTP request: Connection refused (SDK Attempt Count: 3)");
        };
        int code = new Backfill(s3, unreachable, new ArticlePipeline(WatchTopics.defaults(), 3), store, alerts::add, Clock.systemUTC(),
                SETTINGS, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new Backfill.Request(BUCKET, "", Optional.empty(), true, false));

        assertEquals(1, code);
        assertEquals(Backfill.STOP_AFTER_CLIENT_FAILURES, tried.size(), "the fourth wanted object is not tried");
        assertTrue(lines().stream().allMatch(l -> l.get("error").asText().equals("Connection refused (SDK Attempt Count: 3)")));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: stopped after 3 objects in a row failed with \"Connection refused"
                + " (SDK Attempt Count: 3)\"; the remaining objects were not tried\n"), err.toString(StandardCharsets.UTF_8));
    }

    /** The bucket above, except that listing fails after {@code pages} pages: unreachable for the first, denied for later ones. */
    private S3Client failingListing(int pages) {
        return new S3Client() {
            private int served;

            @Override
            public ListObjectVersionsResponse listObjectVersions(ListObjectVersionsRequest request) {
                if (served++ < pages) {
                    return s3.listObjectVersions(request);
                }
                if (pages == 0) {
                    throw SdkClientException.create("Unable to execute HTTP request: Connection refused (SDK Attempt Count: 3)");
                }
                throw S3Exception.builder().statusCode(403).message("Access Denied (Service: S3, Status Code: 403)")
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("AccessDenied").errorMessage("Access Denied").build()).build();
            }

            @Override
            public String serviceName() {
                return SERVICE_NAME;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void aPrefixOutsideTheFunctionsIsRefused() {
        assertEquals(2, backfill(SETTINGS).run(new Backfill.Request(BUCKET, "exports/", Optional.empty(), true, false)));
        assertTrue(listings.isEmpty());
    }

    @Test
    void badUsageIsExplained() {
        assertThrows(IllegalArgumentException.class, () -> Backfill.parse(new String[] {"--prefix", "articles/"}));
        assertThrows(IllegalArgumentException.class, () -> Backfill.parse(new String[] {"--bucket"}));
        assertThrows(IllegalArgumentException.class, () -> Backfill.parse(new String[] {"--bucket", "b", "--rerun", "a b"}));
        assertEquals(new Backfill.Request("b", "articles/x", Optional.of("r1"), false, true),
                Backfill.parse(new String[] {"--bucket", "b", "--prefix", "articles/x", "--rerun", "r1", "--no-alerts", "--dry-run"}));

        ByteArrayOutputStream usage = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(usage, true, StandardCharsets.UTF_8),
                Map.of()).run(new String[] {"backfill", "--bucket", "b"});
        assertEquals(2, code);
        assertTrue(usage.toString(StandardCharsets.UTF_8).contains("TABLE_NAME is not set"), usage.toString(StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(new ObjectMapper().readTree(line));
            }
        }
        return lines;
    }
}
