package org.newssentinel.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFingerprintIndexTest {

    private static final Instant T = Instant.parse("2026-11-29T12:00:00Z");
    private static final Fingerprint WIRE = Fixtures.fingerprint("colombia-pipeline-bombed.txt");
    private static final Fingerprint UPDATE = Fixtures.fingerprint("colombia-pipeline-bombed-update.txt");

    @TempDir
    Path dir;

    @Test
    void aRestartedWatchStillFindsWhatItFiledAndSkipsDamagedAndExpiredLines() throws Exception {
        Path file = dir.resolve("data/fingerprints.jsonl");
        FileFingerprintIndex first = new FileFingerprintIndex(file, Duration.ofHours(72), Clock.fixed(T, ZoneOffset.UTC));
        first.add(new IndexedArticle("expired", T.minus(Duration.ofHours(100)), WIRE, true, Map.of()));
        first.add(new IndexedArticle("wire", T, WIRE, true, Map.of("pipelines", 0.81)));
        Files.writeString(file, "{\"id\":\"torn\",\"at\":\"2026-11-29T12:", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        FileFingerprintIndex restarted = new FileFingerprintIndex(file, Duration.ofHours(72),
                Clock.fixed(T.plus(Duration.ofHours(1)), ZoneOffset.UTC));
        List<IndexedArticle> found = restarted.candidates(UPDATE, Instant.EPOCH);
        assertEquals(List.of(new IndexedArticle("wire", T, WIRE, true, Map.of("pipelines", 0.81))), found);
    }

    @Test
    void aMissingFileIsAnEmptyIndexAndIsCreatedOnFirstAdd() {
        Path file = dir.resolve("new/fp.jsonl");
        FileFingerprintIndex index = new FileFingerprintIndex(file, Duration.ofHours(72), Clock.fixed(T, ZoneOffset.UTC));
        assertEquals(List.of(), index.candidates(WIRE, Instant.EPOCH));
        index.add(new IndexedArticle("wire", T, WIRE, false, Map.of()));
        assertEquals(true, Files.exists(file));
    }

    @Test
    void timesAreWrittenToTheMillisecondInFixedWidthAndOlderNanosecondLinesStillLoad() throws Exception {
        Path file = dir.resolve("fp.jsonl");
        Instant nanos = Instant.parse("2026-11-28T20:58:08.464150399Z");
        // As earlier versions wrote them: Instant.toString, nanoseconds, variable width.
        Files.writeString(file, "{\"id\":\"old\",\"at\":\"" + nanos + "\",\"fingerprint\":\"" + WIRE.encode()
                + "\",\"alerted\":true,\"firedTopics\":{\"pipelines\":0.81}}\n", StandardCharsets.UTF_8);
        FileFingerprintIndex index = new FileFingerprintIndex(file, Duration.ofHours(72), Clock.fixed(T, ZoneOffset.UTC));
        assertEquals(List.of(new IndexedArticle("old", nanos, WIRE, true, Map.of("pipelines", 0.81))),
                index.candidates(UPDATE, Instant.EPOCH));

        index.add(new IndexedArticle("whole-second", T, WIRE, false, Map.of()));
        index.add(new IndexedArticle("fraction", nanos.plus(Duration.ofHours(1)), WIRE, false, Map.of()));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.get(1).contains("\"at\":\"2026-11-29T12:00:00.000Z\""), lines.get(1));
        assertTrue(lines.get(2).contains("\"at\":\"2026-11-28T21:58:08.464Z\""), lines.get(2));
        // The fixed-width lines load again, to the millisecond.
        assertEquals(Set.of("old@" + nanos, "whole-second@" + T, "fraction@2026-11-28T21:58:08.464Z"),
                new FileFingerprintIndex(file, Duration.ofHours(72), Clock.fixed(T, ZoneOffset.UTC))
                        .candidates(UPDATE, Instant.EPOCH).stream().map(a -> a.id() + "@" + a.at()).collect(Collectors.toSet()));
    }
}
