package org.newssentinel.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A watch topic with every term, phrase and name analysed into stems once, at start-up. */
final class CompiledTopic {

    /** A configured term or phrase with the proximity rules that govern it. */
    record Term(String text, String[] stems, double weight, List<Near> context, List<Near> vetoes) {
    }

    /** One of {@code phrases}, or of the topic's actors when {@code actors}, within {@code window} tokens (0: anywhere). */
    record Near(String[][] phrases, boolean actors, int window) {
    }

    /** A named actor; {@code names} the stems of its name and each alias. */
    record Actor(String name, String[][] names) {
    }

    final WatchTopic topic;
    final List<Term> terms;
    final List<String[]> exclusions;
    final List<Actor> actors;
    /** The score of an article in which no term of this topic occurs: shared, so it costs nothing. */
    final TopicScore nothing;

    CompiledTopic(WatchTopic topic) {
        this.topic = topic;
        List<Term> compiled = new ArrayList<>();
        for (Map.Entry<String, Double> e : topic.terms().entrySet()) {
            String term = e.getKey();
            compiled.add(new Term(term, stems(term), e.getValue(), near(topic.context(), term), near(topic.vetoes(), term)));
        }
        this.terms = List.copyOf(compiled);
        this.exclusions = topic.exclusions().stream().map(CompiledTopic::stems).toList();
        this.actors = topic.actors().stream()
                .map(a -> new Actor(a.name(), a.names().stream().map(CompiledTopic::stems).toArray(String[][]::new))).toList();
        this.nothing = new TopicScore(topic.id(), topic.label(), 0, false, List.of(), List.of(), List.of());
    }

    private static List<Near> near(List<WatchTopic.Proximity> rules, String term) {
        List<Near> out = new ArrayList<>();
        for (WatchTopic.Proximity rule : rules) {
            if (rule.appliesTo(term)) {
                out.add(new Near(rule.near().stream().map(CompiledTopic::stems).toArray(String[][]::new), rule.nearActors(),
                        rule.window()));
            }
        }
        return List.copyOf(out);
    }

    static String[] stems(String phrase) {
        return Tokenizer.stems(phrase).toArray(String[]::new);
    }
}
