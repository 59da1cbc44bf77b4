package org.newssentinel.summary;

import java.util.List;
import java.util.Objects;

/**
 * The reader-facing digest of an article.
 *
 * @param headline  the article's title, or its first summary sentence when it has none
 * @param sentences the chosen sentences, in article order
 * @param sms       a one-part SMS text (at most 160 GSM-7 characters, or 70 when UCS-2 is needed)
 */
public record Summary(String headline, List<String> sentences, String sms) {

    public Summary {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(sms, "sms");
        sentences = List.copyOf(sentences);
    }
}
