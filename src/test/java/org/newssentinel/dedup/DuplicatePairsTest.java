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
import org.newssentinel.dedup.DuplicateDecision.Verdict;
import org.newssentinel.dedup.Fixtures.Pair;

/**
 * Real article pairs (src/test/resources/dedup/pairs.tsv): repeats of one story in different
 * dress, and different reports on the same subject. Each file goes through the product's
 * cleaner, as an upload would; the first is filed as alerted in an index, and the policy decides
 * about the second with what the index returns, as in the upload flow. Prints every pair and
 * the false-suppression and missed-duplicate rates at the default settings.
 */
class DuplicatePairsTest {

    private static final NearDuplicatePolicy POLICY = new NearDuplicatePolicy(DedupSettings.DEFAULTS);

    record Measured(Pair pair, double similarity, double containment, boolean foundByBands, Verdict verdict) {
    }

    @Test
    void repeatsOfAStoryAreSuppressedAndDifferentReportsAreNot() {
        List<Measured> results = measure();
        int same = 0, missed = 0, different = 0, falselySuppressed = 0;
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%nsimilarity  containment  found  verdict    expected   pair%n"));
        for (Measured m : results) {
            boolean suppressed = m.verdict() == Verdict.DUPLICATE;
            if (m.pair().same()) {
                same++;
                missed += suppressed ? 0 : 1;
            } else {
                different++;
                falselySuppressed += suppressed ? 1 : 0;
            }
            table.append(String.format(Locale.ROOT, "%10.3f  %11.3f  %-5s  %-9s  %-9s  %s / %s (%s)%n", m.similarity(), m.containment(),
                    m.foundByBands(), m.verdict(), m.pair().same() ? "same" : "different", m.pair().first(), m.pair().second(),
                    m.pair().what()));
        }
        table.append(String.format(Locale.ROOT, "threshold %.2f: missed duplicates %d/%d, false suppressions %d/%d%n",
                DedupSettings.DEFAULTS.threshold(), missed, same, falselySuppressed, different));
        System.out.print(table);

        assertTrue(same >= 10 && different >= 10, "the fixture set keeps enough pairs of each kind");
        assertEquals(0, missed, "every repeat is suppressed:" + table);
        assertEquals(0, falselySuppressed, "no different report is suppressed:" + table);
    }

    @Test
    void repeatsAndDifferentReportsAreFarApart() {
        double threshold = DedupSettings.DEFAULTS.threshold();
        for (Measured m : measure()) {
            if (m.pair().same()) {
                // Either clearly similar, or a cut-down copy clearly contained.
                assertTrue(m.similarity() >= threshold + 0.05 || m.containment() >= NearDuplicatePolicy.CONTAINED, m.toString());
            } else {
                // Follow-ups that reuse background paragraphs come closest: keep them more than a standard error (about 0.06) below both bars.
                assertTrue(m.similarity() <= threshold - 0.08 && m.containment() <= NearDuplicatePolicy.CONTAINED - 0.15, m.toString());
            }
        }
    }

    private static List<Measured> measure() {
        List<Measured> results = new ArrayList<>();
        Instant t = Instant.parse("2026-11-29T10:00:00Z");
        Map<String, Double> fired = Map.of("pipelines", 0.8);
        for (Pair pair : Fixtures.pairs()) {
            Fingerprint first = Fixtures.fingerprint(pair.first());
            ShingledText text = Fixtures.shingled(pair.second());
            Fingerprint second = text.fingerprint();
            InMemoryFingerprintIndex index = new InMemoryFingerprintIndex(Duration.ofHours(72));
            index.add(new IndexedArticle(pair.first(), t, first, true, fired));
            List<IndexedArticle> candidates = index.candidates(second, t.minus(Duration.ofHours(1)));
            Verdict verdict = POLICY.decide(pair.second(), text, fired, t.plus(Duration.ofHours(1)), candidates).verdict();
            results.add(new Measured(pair, first.similarity(second), first.containment(second), !candidates.isEmpty(), verdict));
        }
        return results;
    }
}
