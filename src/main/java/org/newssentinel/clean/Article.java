package org.newssentinel.clean;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cleaned article: the headline, the main text as paragraphs (headline excluded) and whatever
 * metadata the input carried. Immutable.
 *
 * @param title       the headline; empty when the input has none (the summary then supplies one)
 * @param paragraphs  the main text, one entry per paragraph, boilerplate removed; never empty
 * @param language    ISO 639-1 code, declared or detected; {@code "und"} when unknown
 */
public record Article(
        String title,
        List<String> paragraphs,
        String language,
        Optional<String> byline,
        Optional<String> publishedDate,
        Optional<String> url,
        Optional<String> siteName,
        Optional<String> attribution) {

    public Article {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(publishedDate, "publishedDate");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(attribution, "attribution");
    }

    /** An article with only a title and paragraphs, for tests and plain inputs. */
    public static Article of(String title, List<String> paragraphs, String language) {
        return new Article(title, paragraphs, language, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The main text: paragraphs separated by a blank line, without the title. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
