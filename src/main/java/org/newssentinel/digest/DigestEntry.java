package org.newssentinel.digest;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One alerted (or alert-worthy) article as the digest sees it.
 *
 * @param id           the record id
 * @param at           when it was processed
 * @param title        its headline
 * @param location     where the original lives ({@code s3://bucket/key} or a local path)
 * @param sms          its one-line summary
 * @param url          the article's own address, when the page carried one
 * @param firedTopics  topics that crossed their threshold, with scores; never empty for an alert
 * @param duplicateOf  when the article repeats an alerted story and its alert was suppressed, the story's first article
 */
public record DigestEntry(String id, Instant at, String title, String location, String sms, Optional<String> url,
                          Map<String, Double> firedTopics, Optional<String> duplicateOf) {

    public DigestEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sms, "sms");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        firedTopics = Map.copyOf(new TreeMap<>(firedTopics));
    }

    /** True when the article's alert was suppressed as a repeat of an alerted story. */
    public boolean suppressed() {
        return duplicateOf.isPresent();
    }
}
