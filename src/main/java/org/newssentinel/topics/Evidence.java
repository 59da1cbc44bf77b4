package org.newssentinel.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A sentence of the article that contributed to a topic's score, with the character spans (within
 * the sentence) of the terms that matched, so that a reader can see why a topic fired.
 *
 * @param sentence the sentence as it appears in the cleaned article
 * @param weight   how much its matches weighed (term weight times title or lead boost, summed)
 * @param spans    the matched terms' ranges in {@code sentence}, ascending and not overlapping
 */
public record Evidence(String sentence, double weight, List<Span> spans) {

    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            if (s.start() < 0 || s.end() > sentence.length() || s.start() >= s.end()) {
                throw new IllegalArgumentException("span " + s + " is outside the sentence");
            }
            Span previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && s.start() <= previous.end()) {
                merged.set(merged.size() - 1, new Span(previous.start(), Math.max(previous.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        spans = List.copyOf(merged);
    }

    /** The sentence with each matched span wrapped in asterisks, e.g. "an oil *pipeline* to Vlore". */
    public String marked() {
        StringBuilder out = new StringBuilder(sentence.length() + 4 * spans.size());
        int at = 0;
        for (Span s : spans) {
            out.append(sentence, at, s.start()).append('*').append(sentence, s.start(), s.end()).append('*');
            at = s.end();
        }
        return out.append(sentence.substring(at)).toString();
    }

    /** The matched text of each span. */
    public List<String> matchedText() {
        return spans.stream().map(s -> sentence.substring(s.start(), s.end())).toList();
    }

    /** A half-open character range [start, end) inside the evidence sentence. */
    public record Span(int start, int end) {
    }
}
