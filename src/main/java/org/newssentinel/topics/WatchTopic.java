package org.newssentinel.topics;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One analysts' topic of interest, as configured in {@code watch-topics.json} (schema in the
 * README, section "Watch topics"). Terms, phrases and names are kept as written; matching
 * analyses them exactly like article text (lower case, stemmed).
 *
 * @param id          stable identifier, reported as {@code topic}
 * @param label       human label for messages
 * @param description what analysts mean by the topic
 * @param terms       term or phrase to its weight (&gt; 0)
 * @param context     rules a term occurrence must satisfy to count: a context term near it
 * @param exclusions  phrases that cancel a term occurrence they contain
 * @param vetoes      rules that cancel a term occurrence when one of their terms is near it
 * @param actors      named actors (countries, organisations) whose mention raises the score
 * @param actorWeight weight each distinct actor adds once the topic has at least one term match
 * @param titleBoost  multiplier for a term occurrence in the headline
 * @param leadBoost   multiplier for a term occurrence in the first sentences of the body
 * @param threshold   score in (0, 1] at or above which the topic alerts
 */
public record WatchTopic(String id, String label, String description, Map<String, Double> terms,
                         List<Proximity> context, List<String> exclusions, List<Proximity> vetoes,
                         List<Actor> actors, double actorWeight, double titleBoost, double leadBoost,
                         double threshold) {

    public WatchTopic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        // Configuration order is kept: it breaks ties between equally strong terms in scores,
        // and Map.copyOf would iterate in an order that changes from one JVM to the next.
        terms.forEach((term, weight) -> Objects.requireNonNull(weight, Objects.requireNonNull(term, "term")));
        terms = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(terms));
        context = List.copyOf(context);
        exclusions = List.copyOf(exclusions);
        vetoes = List.copyOf(vetoes);
        actors = List.copyOf(actors);
    }

    /**
     * A named actor: reported by {@code name}, found by its name or any alias ("United States",
     * "US", "Washington"). Each actor counts once however many of its names occur.
     */
    public record Actor(String name, List<String> aliases) {
        public Actor {
            Objects.requireNonNull(name, "name");
            aliases = List.copyOf(aliases);
        }

        /** An actor known by one name only. */
        public static Actor named(String name) {
            return new Actor(name, List.of());
        }

        /** The name followed by the aliases. */
        public List<String> names() {
            List<String> all = new java.util.ArrayList<>(aliases.size() + 1);
            all.add(name);
            all.addAll(aliases);
            return all;
        }
    }

    /**
     * A proximity rule: one of {@code near} (or, with {@code nearActors}, one of the topic's actors
     * named as a proper name) within {@code window} tokens (before or after) of an occurrence of
     * one of the topic terms in {@code applyTo}; an empty {@code applyTo} means every term of the
     * topic, a window of 0 means anywhere in the article.
     */
    public record Proximity(List<String> near, boolean nearActors, int window, List<String> applyTo) {

        /** A rule on words only. */
        public Proximity(List<String> near, int window, List<String> applyTo) {
            this(near, false, window, applyTo);
        }

        public Proximity {
            near = List.copyOf(near);
            applyTo = List.copyOf(applyTo);
            if (window < 0) {
                throw new IllegalArgumentException("window must be >= 0");
            }
        }

        boolean appliesTo(String term) {
            return applyTo.isEmpty() || applyTo.contains(term);
        }
    }
}
