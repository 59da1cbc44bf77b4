package org.newssentinel.clean;

import java.util.Objects;
import java.util.Optional;

/**
 * What an HTML page says about its article, apart from the text: each field from the most reliable
 * source the page offers (see {@link MetadataExtractor}).
 *
 * @param title         the headline without a site-name suffix; empty when the page has none
 * @param byline        the author(s), as the page names them
 * @param publishedDate ISO-8601 ({@code 2026-11-29T08:15:00Z} or {@code 2026-11-29}) when parseable, else as given
 * @param url           the canonical absolute http(s) URL
 * @param siteName      the publication's name
 * @param language      the declared ISO 639-1 code
 * @param articleBody   the JSON-LD {@code articleBody}, a hint to the extractor (it may be truncated)
 */
record PageMetadata(
        String title,
        Optional<String> byline,
        Optional<String> publishedDate,
        Optional<String> url,
        Optional<String> siteName,
        Optional<String> language,
        Optional<String> articleBody) {

    PageMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(publishedDate, "publishedDate");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(articleBody, "articleBody");
    }
}
