package org.newssentinel.topics;

/** A watch-topic term (or actor) found in the article, as configured, with how often it matched. */
public record TermMatch(String term, int count) {
}
