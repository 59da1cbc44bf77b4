package org.newssentinel.topics;

import java.util.List;
import java.util.Objects;

/**
 * How strongly one article concerns one watch topic.
 *
 * @param topic    the topic id (e.g. {@code pipelines})
 * @param label    the topic's human label
 * @param score    0..1, comparable across articles
 * @param alert    whether the score reached the topic's alert threshold
 * @param terms    matched terms with counts, strongest first
 * @param actors   named actors (countries, organisations) of the topic that the article mentions
 * @param evidence the sentences that carried the most weight, strongest first
 */
public record TopicScore(String topic, String label, double score, boolean alert,
                         List<TermMatch> terms, List<String> actors, List<Evidence> evidence) {

    public TopicScore {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(label, "label");
        terms = List.copyOf(terms);
        actors = List.copyOf(actors);
        evidence = List.copyOf(evidence);
    }
}
