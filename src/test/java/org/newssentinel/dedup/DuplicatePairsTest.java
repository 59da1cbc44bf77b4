package org.newssentinel.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newssentinel.dedup.Fixtures.Pair;

/**
 * Real article pairs (src/test/resources/dedup/pairs.tsv): repeats of one story in different
 * dress, and different reports on the same subject. Each file goes through the product's
 * cleaner, as an upload would, before it is fingerprinted. Prints the similarity of every pair
 * and the false-suppression and missed-duplicate rates at the default threshold.
 */
class DuplicatePairsTest {

    private static final Fingerprinter FINGERPRINTER = new Fingerprinter();

    record Measured(Pair pair, double similarity, boolean foundByBands) {
    }

    @Test
    void repeatsOfAStoryAreSuppressedAndDifferentReportsAreNot() {
        double threshold = DedupSettings.DEFAULTS.threshold();
        List<Measured> results = measure();
        int same = 0, missed = 0, different = 0, falselySuppressed = 0;
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%nsimilarity  found  expected   pair%n"));
        for (Measured m : results) {
            boolean suppressed = m.foundByBands() && m.similarity() >= threshold;
            if (m.pair().same()) {
                same++;
                missed += suppressed ? 0 : 1;
            } else {
                different++;
                falselySuppressed += suppressed ? 1 : 0;
            }
            table.append(String.format(Locale.ROOT, "%10.3f  %-5s  %-9s  %s / %s (%s)%n", m.similarity(), m.foundByBands(),
                    m.pair().same() ? "same" : "different", m.pair().first(), m.pair().second(), m.pair().what()));
        }
        table.append(String.format(Locale.ROOT, "threshold %.2f: missed duplicates %d/%d, false suppressions %d/%d%n",
                threshold, missed, same, falselySuppressed, different));
        System.out.print(table);

        assertTrue(same >= 8 && different >= 8, "the fixture set keeps enough pairs of each kind");
        assertEquals(0, missed, "every repeat is suppressed:" + table);
        assertEquals(0, falselySuppressed, "no different report is suppressed:" + table);
    }

    @Test
    void theThresholdSitsInAWideGapBetweenRepeatsAndDifferentReports() {
        List<Measured> results = measure();
        double lowestSame = results.stream().filter(m -> m.pair().same()).mapToDouble(Measured::similarity).min().orElseThrow();
        double highestDifferent = results.stream().filter(m -> !m.pair().same()).mapToDouble(Measured::similarity).max().orElseThrow();
        // A margin of several standard errors (about 0.06 each) on both sides of the default threshold.
        assertTrue(lowestSame >= DedupSettings.DEFAULTS.threshold() + 0.05, "lowest repeat similarity " + lowestSame);
        assertTrue(highestDifferent <= DedupSettings.DEFAULTS.threshold() - 0.3, "highest different-report similarity " + highestDifferent);
    }

    private static List<Measured> measure() {
        List<Measured> results = new ArrayList<>();
        Instant t = Instant.parse("2026-11-29T10:00:00Z");
        for (Pair pair : Fixtures.pairs()) {
            Fingerprint first = FINGERPRINTER.fingerprint(Fixtures.clean(pair.first()));
            Fingerprint second = FINGERPRINTER.fingerprint(Fixtures.clean(pair.second()));
            InMemoryFingerprintIndex index = new InMemoryFingerprintIndex(Duration.ofHours(72));
            index.add(new IndexedArticle(pair.first(), t, first, true, Map.of()));
            boolean found = !index.candidates(second, t.minus(Duration.ofHours(1))).isEmpty();
            results.add(new Measured(pair, first.similarity(second), found));
        }
        return results;
    }
}
