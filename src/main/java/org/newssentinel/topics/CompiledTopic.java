package org.newssentinel.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A watch topic with every term, phrase and name analysed into stems once, at start-up. */
final class CompiledTopic {

    /**
     * Words to match in order: each by its stem, and where {@code exact[k]} is not null also by
     * that exact lower-cased form (written "=word" in the configuration: "=sanctioning" matches
     * that form only, not "sanctions").
     */
    record Phrase(String[] stems, String[] exact) {
        int length() {
            return stems.length;
        }

        String first() {
            return stems[0];
        }
    }

    /** A configured term or phrase with the proximity rules that govern it. */
    record Term(String text, Phrase phrase, double weight, List<Near> context, List<Near> vetoes) {
    }

    /** One of {@code phrases}, or of the topic's actors when {@code actors}, within {@code window} tokens (0: anywhere). */
    record Near(Phrase[] phrases, boolean actors, int window) {
    }

    /** A named actor; {@code names} its name and each alias. */
    record Actor(String name, Phrase[] names) {
    }

    final WatchTopic topic;
    final List<Term> terms;
    final List<Phrase> exclusions;
    final List<Actor> actors;
    /** The score of an article in which no term of this topic occurs: shared, so it costs nothing. */
    final TopicScore nothing;

    CompiledTopic(WatchTopic topic) {
        this.topic = topic;
        List<Term> compiled = new ArrayList<>();
        for (Map.Entry<String, Double> e : topic.terms().entrySet()) {
            String term = e.getKey();
            compiled.add(new Term(term, phrase(term), e.getValue(), near(topic.context(), term), near(topic.vetoes(), term)));
        }
        this.terms = List.copyOf(compiled);
        this.exclusions = topic.exclusions().stream().map(CompiledTopic::phrase).toList();
        this.actors = topic.actors().stream()
                .map(a -> new Actor(a.name(), a.names().stream().map(CompiledTopic::phrase).toArray(Phrase[]::new))).toList();
        this.nothing = new TopicScore(topic.id(), topic.label(), 0, false, List.of(), List.of(), List.of());
    }

    private static List<Near> near(List<WatchTopic.Proximity> rules, String term) {
        List<Near> out = new ArrayList<>();
        for (WatchTopic.Proximity rule : rules) {
            if (rule.appliesTo(term)) {
                out.add(new Near(rule.near().stream().map(CompiledTopic::phrase).toArray(Phrase[]::new), rule.nearActors(),
                        rule.window()));
            }
        }
        return List.copyOf(out);
    }

    /** Analyses a configured term, phrase or name; a word written "=word" must match exactly. */
    static Phrase phrase(String text) {
        List<Tokenizer.Token> tokens = Tokenizer.tokens(text);
        String[] stems = new String[tokens.size()];
        String[] exact = new String[tokens.size()];
        for (int k = 0; k < tokens.size(); k++) {
            Tokenizer.Token t = tokens.get(k);
            stems[k] = t.stem();
            if (t.start() > 0 && text.charAt(t.start() - 1) == '=') {
                exact[k] = t.word();
            }
        }
        return new Phrase(stems, exact);
    }
}
