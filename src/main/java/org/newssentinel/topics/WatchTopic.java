package org.newssentinel.topics;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One analyst's topic of interest, as configured in {@code watch-topics.json}.
 *
 * @param id         stable identifier, reported as {@code topic}
 * @param label      human label for messages
 * @param terms      term or phrase (lower case) to weight
 * @param context    terms of which at least one must occur in the article for a match to count
 * @param exclusions phrases that cancel a term match when they contain it
 * @param actors     named actors whose mention raises the score
 * @param threshold  score at or above which the topic alerts
 */
public record WatchTopic(String id, String label, String description, Map<String, Double> terms,
                         List<String> context, List<String> exclusions, List<String> actors,
                         double titleBoost, double threshold) {

    public WatchTopic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        terms = Map.copyOf(terms);
        context = List.copyOf(context);
        exclusions = List.copyOf(exclusions);
        actors = List.copyOf(actors);
    }
}
