package org.newssentinel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssentinel.pipeline.RejectionReason;

class FileSummaryStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-12T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void recordsAndSentAlertsSurviveAReopenAndATruncatedLastLine() throws Exception {
        Path file = dir.resolve("records.jsonl");
        FileSummaryStore store = new FileSummaryStore(file);
        assertTrue(store.save(ArticleRecord.rejected("a#1", "a.txt", RejectionReason.EMPTY, "empty", T0)));
        assertFalse(store.save(ArticleRecord.rejected("a#1", "a.txt", RejectionReason.EMPTY, "empty", T0)));
        // An alerting record without running the pipeline: a PENDING state line written as save would.
        Files.writeString(file, "{\"id\":\"b#1\",\"source\":\"b.html\",\"status\":\"ANALYSED\",\"processedAt\":\"" + T0
                + "\",\"alertState\":\"PENDING\"}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        store = new FileSummaryStore(file);
        AlertClaim claim = store.claimAlert("b#1", T0, T0.plusSeconds(60)).orElseThrow();
        assertTrue(store.claimAlert("b#1", T0.plusSeconds(1), T0.plusSeconds(61)).isEmpty());
        assertTrue(store.markAlertSent(claim, List.of(new TopicAlert("b#1", "pipelines", 0.9, T0, "t", "s", "b.html",
                Optional.empty())), T0));
        Files.writeString(file.resolveSibling("records.alerts.jsonl"), "{\"type\":\"alert\",\"id\":\"b#", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        FileSummaryStore reopened = new FileSummaryStore(file);

        assertEquals(AlertState.SENT, reopened.find("b#1").orElseThrow().alertState());
        assertEquals(RecordStatus.REJECTED, reopened.find("a#1").orElseThrow().status());
        assertEquals(Optional.of("EMPTY"), reopened.find("a#1").orElseThrow().reason());
        assertTrue(reopened.claimAlert("b#1", T0.plusSeconds(3600), T0.plusSeconds(3660)).isEmpty());
        assertEquals(List.of("b#1"), reopened.alertsSince("pipelines", T0, 5).stream().map(TopicAlert::recordId).toList());
        assertEquals(2, Files.readAllLines(file).size(), "records.jsonl keeps one line per record");
    }

    @Test
    void timesAreWrittenToTheMillisecondInFixedWidthAndOlderNanosecondLinesStillRead() throws Exception {
        Path file = dir.resolve("records.jsonl");
        Instant nanos = Instant.parse("2026-11-28T20:58:08.464150399Z");
        // As earlier versions wrote them: Instant.toString, nanoseconds, variable width.
        Files.writeString(file.resolveSibling("records.alerts.jsonl"), "{\"type\":\"topicAlert\",\"id\":\"old#1\",\"topic\":\"pipelines\","
                + "\"score\":0.9,\"at\":\"" + nanos + "\",\"title\":\"t\",\"sms\":\"s\",\"location\":\"old.txt\"}\n", StandardCharsets.UTF_8);
        FileSummaryStore store = new FileSummaryStore(file);
        assertEquals(List.of(nanos), store.alertsSince("pipelines", T0, 5).stream().map(TopicAlert::at).toList());

        store.save(ArticleRecord.rejected("a#1", "a.txt", RejectionReason.EMPTY, "empty", nanos));
        store.save(ArticleRecord.rejected("a#2", "a.txt", RejectionReason.EMPTY, "empty", T0));
        Files.writeString(file, "{\"id\":\"b#1\",\"source\":\"b.html\",\"status\":\"ANALYSED\",\"processedAt\":\"" + T0
                + "\",\"alertState\":\"PENDING\"}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        store = new FileSummaryStore(file);
        AlertClaim claim = store.claimAlert("b#1", T0, T0.plusSeconds(60)).orElseThrow();
        store.markAlertSent(claim, List.of(new TopicAlert("b#1", "sanctions", 0.8, nanos, "t", "s", "b.html", Optional.empty())), nanos);

        String records = Files.readString(file);
        assertTrue(records.contains("\"processedAt\":\"2026-11-28T20:58:08.464Z\""), records);
        assertTrue(records.contains("\"processedAt\":\"2026-03-12T10:00:00.000Z\""), "whole seconds keep their width: " + records);
        String journal = Files.readString(file.resolveSibling("records.alerts.jsonl"));
        assertEquals(2, journal.split("\"at\":\"2026-11-28T20:58:08.464Z\"", -1).length - 1, journal);
        assertEquals(2, new FileSummaryStore(file).alertsSince(T0).size(), "both forms read back");
    }
}
