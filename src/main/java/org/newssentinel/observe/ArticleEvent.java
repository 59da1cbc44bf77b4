package org.newssentinel.observe;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one event record, as logged: identifiers and verdicts only, never article text.
 *
 * @param outcome     what this delivery did: ANALYSED, ALERTED, REJECTED, MISSING, FAILED, DUPLICATE, SKIPPED or ERROR
 * @param status      the stored record's status, when there is a record
 * @param reason      a stable code for a rejection, a skip or an error
 * @param firedTopics the topics that crossed their threshold, with their scores
 * @param alertState  where the record's alert stands after this delivery
 * @param stageMillis duration of each stage that ran, in order
 * @param detail      a short sentence for operators (an error message, a warning)
 */
public record ArticleEvent(String requestId, String bucket, String key, Optional<String> versionId, Optional<String> recordId,
                           String outcome, Optional<String> status, Optional<String> reason, Map<String, Double> firedTopics,
                           Optional<String> alertState, Map<String, Long> stageMillis, Optional<String> detail) {

    public ArticleEvent {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(outcome, "outcome");
        firedTopics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(firedTopics));
        stageMillis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
    }
}
