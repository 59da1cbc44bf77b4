package org.newssentinel.dedup;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the fingerprint index remembers about one stored article.
 *
 * @param id          the article record's id
 * @param at          when it was processed; the look-up window is measured against it
 * @param fingerprint its text fingerprint
 * @param alerted     whether an alert was (or is being) sent for it
 * @param firedTopics the topics that crossed their threshold, with their scores; empty when none fired
 */
public record IndexedArticle(String id, Instant at, Fingerprint fingerprint, boolean alerted, Map<String, Double> firedTopics) {

    public IndexedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(fingerprint, "fingerprint");
        firedTopics = Map.copyOf(new TreeMap<>(firedTopics));
    }
}
