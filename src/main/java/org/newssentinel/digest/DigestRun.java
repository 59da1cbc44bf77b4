package org.newssentinel.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.newssentinel.topics.WatchTopic;

/**
 * One digest run, shared by the scheduled function and the CLI: reads the period's alerts,
 * builds the digest and publishes it unless nothing fired.
 */
public final class DigestRun {

    private final AlertHistory history;
    private final DigestPublisher publisher;
    private final List<WatchTopic> topics;

    public DigestRun(AlertHistory history, DigestPublisher publisher, List<WatchTopic> topics) {
        this.history = Objects.requireNonNull(history, "history");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.topics = List.copyOf(topics);
    }

    /**
     * Builds the digest of the {@code period} ending at {@code until} and publishes it when it lists
     * at least one article; an empty period sends nothing, as analysts asked for alerts, not for
     * news of their absence.
     *
     * @return the digest, published or not
     */
    public Digest run(Duration period, Instant until) {
        Instant from = until.minus(period);
        Digest digest = Digest.of(from, until, history.alertsBetween(from, until), topics);
        if (!digest.isEmpty()) {
            publisher.publish(digest);
        }
        return digest;
    }
}
