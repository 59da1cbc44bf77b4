package org.newssentinel.digest;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newssentinel.store.SummaryStore;
import org.newssentinel.store.TopicAlert;

/**
 * Reads the period's alerts from the store's per-topic alert items ("latest alerts for topic X
 * since T": one Query per watch topic on the DynamoDB table's topic/time index, never a scan;
 * the local store answers the same from its alert journal). Only alerts actually sent are
 * there, so repeats whose alert was suppressed never reach the digest. An article that fired
 * several topics becomes one entry with all of them.
 */
public final class StoreAlertHistory implements AlertHistory {

    /** Per topic and period: far above a day's alerts for one topic; beyond it the oldest are left out. */
    public static final int PER_TOPIC_LIMIT = 500;

    private final SummaryStore store;
    private final List<String> topics;

    /** @param topics the watch topic ids to read alerts for */
    public StoreAlertHistory(SummaryStore store, List<String> topics) {
        this.store = Objects.requireNonNull(store, "store");
        this.topics = List.copyOf(topics);
    }

    @Override
    public List<DigestEntry> alertsBetween(Instant from, Instant until) {
        Map<String, Alerted> byRecord = new LinkedHashMap<>();
        for (String topic : topics) {
            for (TopicAlert a : store.alertsSince(topic, from, PER_TOPIC_LIMIT)) {
                if (a.at().isBefore(until)) {
                    byRecord.computeIfAbsent(a.recordId(), id -> new Alerted(a, new LinkedHashMap<>())).topics().put(a.topic(), a.score());
                }
            }
        }
        return byRecord.values().stream()
                .map(x -> new DigestEntry(x.first().recordId(), x.first().at(), x.first().title(), x.first().location(),
                        x.first().sms(), x.first().url(), x.topics(), Optional.empty()))
                .sorted(Comparator.comparing(DigestEntry::at).thenComparing(DigestEntry::id))
                .toList();
    }

    private record Alerted(TopicAlert first, Map<String, Double> topics) {
    }
}
