package org.newssentinel.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryFingerprintIndexTest {

    private static final Instant T = Instant.parse("2026-11-29T12:00:00Z");
    private static final Fingerprint WIRE = Fixtures.fingerprint("colombia-pipeline-bombed.txt");
    private static final Fingerprint UPDATE = Fixtures.fingerprint("colombia-pipeline-bombed-update.txt");
    private static final Fingerprint OTHER = Fixtures.fingerprint("japan-chips-reagan.txt");

    @Test
    void findsNearDuplicatesInTheWindowOnlyEachOnce() {
        InMemoryFingerprintIndex index = new InMemoryFingerprintIndex(Duration.ofHours(72));
        index.add(new IndexedArticle("old", T.minus(Duration.ofHours(80)), WIRE, true, Map.of()));
        index.add(new IndexedArticle("wire", T.minus(Duration.ofHours(2)), WIRE, true, Map.of()));
        index.add(new IndexedArticle("chips", T.minus(Duration.ofHours(1)), OTHER, true, Map.of()));
        List<IndexedArticle> found = index.candidates(UPDATE, T.minus(Duration.ofHours(72)));
        assertEquals(List.of("wire"), found.stream().map(IndexedArticle::id).toList());
    }

    @Test
    void addingTheSameIdReplacesTheEntry() {
        InMemoryFingerprintIndex index = new InMemoryFingerprintIndex(Duration.ofHours(72));
        index.add(new IndexedArticle("a", T, WIRE, false, Map.of()));
        index.add(new IndexedArticle("a", T, WIRE, true, Map.of("pipelines", 0.7)));
        assertEquals(1, index.size());
        IndexedArticle only = index.candidates(WIRE, T).get(0);
        assertEquals(true, only.alerted());
        assertEquals(Map.of("pipelines", 0.7), only.firedTopics());
    }

    @Test
    void articlesOlderThanTheRetentionAreDroppedAsNewOnesArrive() {
        InMemoryFingerprintIndex index = new InMemoryFingerprintIndex(Duration.ofHours(72));
        index.add(new IndexedArticle("first", T, WIRE, true, Map.of()));
        index.add(new IndexedArticle("later", T.plus(Duration.ofHours(73)), OTHER, true, Map.of()));
        assertEquals(1, index.size());
        assertEquals(List.of(), index.candidates(WIRE, Instant.EPOCH));
    }
}
