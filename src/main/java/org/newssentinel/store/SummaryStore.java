package org.newssentinel.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps article records and the state of their alerts. Every write is conditional so that any
 * number of deliveries of the same event, in any order and concurrently, leave one record and
 * let exactly one of them send its alert. Implementations are thread-safe; failures of the
 * underlying service are thrown (the caller lets the platform retry the event).
 */
public interface SummaryStore {

    /**
     * Stores the record unless one with the same id exists; an existing record is never replaced.
     *
     * @return true when this call stored it, false when it was already there
     */
    boolean save(ArticleRecord record);

    /** The stored state of a record, if there is one. */
    Optional<RecordState> find(String id);

    /**
     * Takes the right to publish the record's alert: succeeds when the alert is
     * {@link AlertState#PENDING}, or {@link AlertState#SENDING} under a lease that ended before
     * {@code now} (its holder is gone).
     *
     * @return the claim, or empty when the alert is already sent, not due, or claimed by a live holder
     */
    Optional<AlertClaim> claimAlert(String id, Instant now, Instant leaseUntil);

    /**
     * Records that the claimed alert was published, with the topics it announced (so they are
     * listed by {@link #alertsSince}).
     *
     * @return false when the claim was lost (its lease ended and another delivery took it over)
     */
    boolean markAlertSent(AlertClaim claim, List<TopicAlert> topics, Instant at);

    /** Hands a claim back after a failed publish so that the next delivery may claim at once. */
    void releaseAlert(AlertClaim claim, String error);

    /** Alerts for one topic published at or after {@code since}, newest first, at most {@code limit}. */
    List<TopicAlert> alertsSince(String topic, Instant since, int limit);
}
