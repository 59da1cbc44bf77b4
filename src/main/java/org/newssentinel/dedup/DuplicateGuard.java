package org.newssentinel.dedup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newssentinel.pipeline.Analysis;
import org.newssentinel.topics.TopicScore;

/**
 * Near-duplicate suppression for the upload flow: fingerprints an analysed article, finds the
 * recent near-duplicates in the index (a fixed number of key look-ups) and lets the policy
 * decide; after the record is stored, {@link #remember} files the article so later repeats find it.
 * Thread-safe when the index is.
 */
public final class DuplicateGuard {

    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final FingerprintIndex index;
    private final NearDuplicatePolicy policy;

    public DuplicateGuard(FingerprintIndex index, NearDuplicatePolicy policy) {
        this.index = Objects.requireNonNull(index, "index");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The guard of the local {@code watch} mode, unless disabled: its fingerprints are kept in
     * {@code fingerprints.jsonl} in the data folder, beside the local store.
     */
    public static Optional<DuplicateGuard> local(Path dataDir, DedupSettings settings, Clock clock) {
        return settings.guard(() -> new FileFingerprintIndex(dataDir.resolve("fingerprints.jsonl"), settings.window(), clock));
    }

    /** Decides about an analysed article with record id {@code id}, processed at {@code now}. */
    public DuplicateCheck check(String id, Analysis analysis, Instant now) {
        ShingledText text = fingerprinter.shingle(analysis.article());
        Map<String, Double> fired = firedTopics(analysis);
        List<IndexedArticle> candidates = index.candidates(text.fingerprint(), policy.windowStart(now));
        return new DuplicateCheck(id, now, text.fingerprint(), fired, policy.decide(id, text, fired, now, candidates));
    }

    /**
     * Files the checked article so that later repeats find it. Call once its record is stored and
     * before its alert is published, so that a repeat arriving meanwhile is already suppressed; a
     * redelivery of the same article is not held back by it, because the policy ignores its own id.
     */
    public void remember(DuplicateCheck check) {
        index.add(new IndexedArticle(check.id(), check.at(), check.fingerprint(), check.alerts(), check.firedTopics()));
    }

    private static Map<String, Double> firedTopics(Analysis analysis) {
        Map<String, Double> fired = new LinkedHashMap<>();
        for (TopicScore t : analysis.firedTopics()) {
            fired.put(t.topic(), t.score());
        }
        return fired;
    }
}
