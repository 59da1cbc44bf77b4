package org.newssentinel.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A store in memory with the same conditional semantics as the DynamoDB one, for unit tests. It
 * keeps the records as saved so that tests can check what was stored, and can be told to fail
 * its next writes the way a throttled table does.
 */
public final class InMemorySummaryStore implements SummaryStore {

    private final Map<String, ArticleRecord> records = new LinkedHashMap<>();
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final List<TopicAlert> alerts = new ArrayList<>();
    private int failNextSaves;
    private Predicate<ArticleRecord> failing = r -> false;
    private String failure = "";

    private static final class Slot {
        AlertState state;
        String token;
        Instant lease = Instant.EPOCH;
        int attempts;

        Slot(AlertState state) {
            this.state = state;
        }
    }

    /** The next {@code n} saves throw, as DynamoDB does when throttled past the SDK's retries. */
    public synchronized void failNextSaves(int n) {
        failNextSaves = n;
    }

    /** Every save of a record matching {@code which} throws {@code message}, as a table that keeps refusing it. */
    public synchronized void failSavesWhere(Predicate<ArticleRecord> which, String message) {
        failing = which;
        failure = message;
    }

    @Override
    public synchronized boolean save(ArticleRecord record) {
        if (failing.test(record)) {
            throw new IllegalStateException(failure);
        }
        if (failNextSaves > 0) {
            failNextSaves--;
            throw new IllegalStateException("ProvisionedThroughputExceededException (simulated)");
        }
        if (records.containsKey(record.id())) {
            return false;
        }
        records.put(record.id(), record);
        slots.put(record.id(), new Slot(record.alertState()));
        return true;
    }

    @Override
    public synchronized Optional<RecordState> find(String id) {
        ArticleRecord r = records.get(id);
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new RecordState(id, r.status(), slots.get(id).state, r.processedAt(), r.reasonCode()));
    }

    @Override
    public synchronized Optional<AlertClaim> claimAlert(String id, Instant now, Instant leaseUntil) {
        Slot s = slots.get(id);
        if (s == null || !(s.state == AlertState.PENDING || (s.state == AlertState.SENDING && s.lease.isBefore(now)))) {
            return Optional.empty();
        }
        s.state = AlertState.SENDING;
        s.token = UUID.randomUUID().toString();
        s.lease = leaseUntil;
        s.attempts++;
        return Optional.of(new AlertClaim(id, s.token, leaseUntil));
    }

    @Override
    public synchronized boolean markAlertSent(AlertClaim claim, List<TopicAlert> topics, Instant at) {
        alerts.removeIf(a -> a.recordId().equals(claim.recordId()));
        alerts.addAll(topics);
        Slot s = slots.get(claim.recordId());
        if (s == null || s.state != AlertState.SENDING || !claim.token().equals(s.token)) {
            return false;
        }
        s.state = AlertState.SENT;
        return true;
    }

    @Override
    public synchronized void releaseAlert(AlertClaim claim, String error) {
        Slot s = slots.get(claim.recordId());
        if (s != null && s.state == AlertState.SENDING && claim.token().equals(s.token)) {
            s.state = AlertState.PENDING;
            s.token = null;
        }
    }

    @Override
    public synchronized List<TopicAlert> alertsSince(String topic, Instant since, int limit) {
        return alerts.stream().filter(a -> a.topic().equals(topic) && !a.at().isBefore(since))
                .sorted(Comparator.comparing(TopicAlert::at).reversed()).limit(limit).toList();
    }

    /** Every record stored, in the order stored. */
    public synchronized List<ArticleRecord> records() {
        return List.copyOf(records.values());
    }

    public synchronized AlertState alertState(String id) {
        return slots.get(id).state;
    }

    public synchronized int claims(String id) {
        return slots.get(id).attempts;
    }
}
