package org.newssentinel.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One topic that fired for one article, as listed by "latest alerts for topic X since T".
 *
 * @param location the original upload ({@code s3://bucket/key} or a local path)
 * @param at       when the alert was published
 */
public record TopicAlert(String recordId, String topic, double score, Instant at, String title, String sms,
                         String location, Optional<String> url) {
    public TopicAlert {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sms, "sms");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(url, "url");
    }
}
