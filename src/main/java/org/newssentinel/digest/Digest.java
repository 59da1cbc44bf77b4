package org.newssentinel.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newssentinel.topics.WatchTopic;

/**
 * The alerts of one period grouped by watch topic, strongest first within a topic. An article
 * appears under every topic it fired; articles whose alert was suppressed as a repeat of a story
 * are left out and only counted. Versions of one article (the same object or file under the same
 * headline, updated and alerting again for a new topic) are one entry: the latest version, with
 * every topic any version fired at its best score.
 *
 * @param from       start of the period, inclusive
 * @param until      end of the period, exclusive
 * @param sections   one per topic with at least one alert, in the configured topic order
 *                   (topics no longer configured come last, by id)
 * @param articles   distinct articles listed
 * @param suppressed repeats left out
 */
public record Digest(Instant from, Instant until, List<Section> sections, int articles, int suppressed) {

    /** The alerts of one topic. */
    public record Section(String topic, String label, List<DigestEntry> entries) {
        public Section {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(label, "label");
            entries = List.copyOf(entries);
        }
    }

    public Digest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        sections = List.copyOf(sections);
    }

    /** Builds the digest of the period from what the history returned. */
    public static Digest of(Instant from, Instant until, List<DigestEntry> alerts, List<WatchTopic> topics) {
        Map<String, String> labels = new LinkedHashMap<>();
        topics.forEach(t -> labels.put(t.id(), t.label()));
        Map<String, List<DigestEntry>> byTopic = new LinkedHashMap<>();
        labels.keySet().forEach(id -> byTopic.put(id, new ArrayList<>()));
        int suppressed = 0;
        Map<List<String>, DigestEntry> versions = new LinkedHashMap<>();
        for (DigestEntry e : alerts) {
            if (e.suppressed()) {
                suppressed++;
                continue;
            }
            if (e.firedTopics().isEmpty()) {
                continue;
            }
            versions.merge(List.of(e.location(), e.title()), e, Digest::latestWithAllTopics);
        }
        for (DigestEntry e : versions.values()) {
            e.firedTopics().keySet().stream().sorted().forEach(t -> byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(e));
        }
        int articles = versions.size();
        List<Section> sections = new ArrayList<>();
        List<String> order = new ArrayList<>(labels.keySet());
        byTopic.keySet().stream().filter(t -> !labels.containsKey(t)).sorted().forEach(order::add);
        for (String topic : order) {
            List<DigestEntry> entries = new ArrayList<>(byTopic.get(topic));
            if (entries.isEmpty()) {
                continue;
            }
            entries.sort(Comparator.comparing((DigestEntry e) -> -e.firedTopics().get(topic))
                    .thenComparing(DigestEntry::at).thenComparing(DigestEntry::id));
            sections.add(new Section(topic, labels.getOrDefault(topic, topic), entries));
        }
        return new Digest(from, until, sections, articles, suppressed);
    }

    private static DigestEntry latestWithAllTopics(DigestEntry a, DigestEntry b) {
        DigestEntry latest = b.at().isAfter(a.at()) ? b : a;
        Map<String, Double> topics = new LinkedHashMap<>(a.firedTopics());
        b.firedTopics().forEach((topic, score) -> topics.merge(topic, score, Math::max));
        return new DigestEntry(latest.id(), latest.at(), latest.title(), latest.location(), latest.sms(), latest.url(), topics,
                latest.duplicateOf());
    }

    /** True when there is nothing to list. */
    public boolean isEmpty() {
        return sections.isEmpty();
    }
}
