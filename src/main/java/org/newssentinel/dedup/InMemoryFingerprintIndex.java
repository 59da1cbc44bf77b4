package org.newssentinel.dedup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A fingerprint index held in memory: a hash map from lookup key to the articles filed under it,
 * so a look-up touches only the articles that share a key. Articles older than the retention are
 * dropped as new ones arrive, keeping memory bounded in a long-running {@code watch}.
 */
public final class InMemoryFingerprintIndex implements FingerprintIndex {

    private final Map<String, List<IndexedArticle>> byKey = new HashMap<>();
    private final Map<String, IndexedArticle> byId = new HashMap<>();
    private final TreeSet<IndexedArticle> byTime = new TreeSet<>(
            Comparator.comparing(IndexedArticle::at).thenComparing(IndexedArticle::id));
    private final Duration retention;

    /** @param retention how long articles are kept; at least the policy's look-up window */
    public InMemoryFingerprintIndex(Duration retention) {
        this.retention = retention;
    }

    @Override
    public synchronized List<IndexedArticle> candidates(Fingerprint fingerprint, Instant since) {
        Map<String, IndexedArticle> found = new LinkedHashMap<>();
        for (String key : fingerprint.lookupKeys()) {
            for (IndexedArticle a : byKey.getOrDefault(key, List.of())) {
                if (!a.at().isBefore(since)) {
                    found.putIfAbsent(a.id(), a);
                }
            }
        }
        return List.copyOf(found.values());
    }

    @Override
    public synchronized void add(IndexedArticle article) {
        IndexedArticle previous = byId.remove(article.id());
        if (previous != null) {
            unfile(previous);
        }
        byId.put(article.id(), article);
        byTime.add(article);
        for (String key : article.fingerprint().lookupKeys()) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(article);
        }
        expire(article.at().minus(retention));
    }

    /** Number of articles held; for tests and benchmarks. */
    public synchronized int size() {
        return byId.size();
    }

    // Oldest first, so each article is visited once when it expires: no pass over the rest.
    private void expire(Instant before) {
        while (!byTime.isEmpty() && byTime.first().at().isBefore(before)) {
            IndexedArticle old = byTime.pollFirst();
            byId.remove(old.id());
            unfile(old);
        }
    }

    private void unfile(IndexedArticle article) {
        byTime.remove(article);
        for (String key : article.fingerprint().lookupKeys()) {
            List<IndexedArticle> list = byKey.get(key);
            if (list != null) {
                list.removeIf(a -> a.id().equals(article.id()));
                if (list.isEmpty()) {
                    byKey.remove(key);
                }
            }
        }
    }
}
