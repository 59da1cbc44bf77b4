package org.newssentinel.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssentinel.clean.Limits;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.store.ArticleRecord;
import org.newssentinel.store.InMemorySummaryStore;
import org.newssentinel.topics.WatchTopics;

class WatcherTest {

    private static final long T = 1_800_000_000_000L;

    @TempDir
    Path dir;

    private final InMemorySummaryStore store = new InMemorySummaryStore();
    private final AtomicLong now = new AtomicLong(T);
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Watcher watcher(Path storeFolder) {
        return new Watcher(new ArticlePipeline(WatchTopics.defaults(), 3), store, storeFolder, alert -> { },
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC(), Limits.defaults(), Optional.empty(),
                now::get);
    }

    @Test
    void aPollingWatchTakesAFileOnlyOnceItHasBeenLeftAloneForAWhile() throws IOException {
        Path article = Files.copy(CliAnalyzeTest.SAMPLE, dir.resolve("article.txt"));
        Files.setLastModifiedTime(article, FileTime.fromMillis(T));
        Watcher watcher = watcher(dir.resolve("data"));

        // A copy that stalls for a second looks the same in two scans, yet it was written just now.
        now.set(T + 1000);
        watcher.scan(dir, false);
        now.set(T + 2000);
        watcher.scan(dir, false);
        assertTrue(store.records().isEmpty(), "taken while it may still be written");

        now.set(T + Watcher.QUIET_MILLIS);
        watcher.scan(dir, false);
        assertEquals(1, store.records().size());
        assertEquals("ANALYSED", store.records().get(0).status().name());
    }

    @Test
    void watchingTheStoresOwnFolderIsRefused() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));

        assertEquals(2, watcher(data).watch(data.toString(), true));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("holds the local store"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theStoresFolderIsNotWatchedWhenItLiesInsideTheWatchedOne() throws IOException {
        Files.copy(CliAnalyzeTest.SAMPLE, dir.resolve("article.txt"));
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("records.jsonl"), "{\"id\":\"x\",\"title\":\"Pipeline sanctions alliance\"}\n");

        watcher(dir.resolve("./data")).scan(dir, true);

        assertEquals(1, store.records().size(), err.toString(StandardCharsets.UTF_8));
        assertTrue(store.records().stream().map(ArticleRecord::source).allMatch(s -> s.endsWith("article.txt")));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("records.jsonl"));
    }
}
