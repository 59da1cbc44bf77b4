package org.newssentinel.dedup;

import java.time.Instant;
import java.util.List;

/**
 * Recent fingerprints, looked up by {@link Fingerprint#lookupKeys()} so that finding an
 * article's near-duplicates costs a fixed number of key look-ups, never a pass over everything
 * stored. Implementations must be safe to call from several threads.
 */
public interface FingerprintIndex {

    /**
     * Articles filed at or after {@code since} that share at least one lookup key with the
     * fingerprint, each once, in no particular order. May include articles that are not near
     * duplicates (the caller measures similarity); may miss near-duplicates below about 0.5
     * similarity, by design of the bands.
     */
    List<IndexedArticle> candidates(Fingerprint fingerprint, Instant since);

    /** Files an article under its fingerprint's keys. Adding the same id again replaces it. */
    void add(IndexedArticle article);
}
