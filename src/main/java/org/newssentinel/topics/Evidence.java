package org.newssentinel.topics;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of the article that contributed to a topic's score, with the character spans (within
 * the sentence) of the terms that matched, so that a reader can see why a topic fired.
 */
public record Evidence(String sentence, double weight, List<Span> spans) {

    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        spans = List.copyOf(spans);
    }

    /** A half-open character range [start, end) inside the evidence sentence. */
    public record Span(int start, int end) {
    }
}
