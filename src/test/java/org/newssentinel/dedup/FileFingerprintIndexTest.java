package org.newssentinel.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
