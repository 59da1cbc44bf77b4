package org.newssentinel.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * The article text a page declares in its JSON-LD {@code articleBody}, used where the visible markup
 * fails: script-rendered pages ship an empty shell (or only a cookie notice and a subscription
 * pitch) while the full text sits in the structured data. The declared text is a fallback, never a
 * rival: sites truncate it, so it only wins when the visible text is missing or far shorter.
 * Stateless.
 */
final class DeclaredBody {

    /** Visible text shorter than this share of the declared body is taken as a failed extraction. */
    private static final double FAILED_SHARE = 0.5;

    private DeclaredBody() {
    }

    /**
     * {@code visible} unless it is empty or less than half as long as the declared body, in which case
     * the declared body's paragraphs (one per line; markup and entities in it resolved).
     */
    static List<String> orDeclared(List<String> visible, Optional<String> articleBody) {
        // The declared paragraphs are never longer than the raw field (collapsing whitespace, markup and
        // entities only shortens it), so visible text as long as half the field wins without parsing it.
        int shown = Texts.length(visible);
        if (articleBody.isEmpty() || shown >= FAILED_SHARE * articleBody.get().length()) {
            return visible;
        }
        List<String> declared = paragraphs(articleBody.get());
        if (declared.isEmpty()) {
            return visible;
        }
        return shown < FAILED_SHARE * Texts.length(declared) ? declared : visible;
    }

    /** The paragraphs of a declared body: its lines, whitespace collapsed, any markup read as HTML. */
    static List<String> paragraphs(String articleBody) {
        List<String> out = new ArrayList<>();
        for (String line : articleBody.split("[\r\n]+")) {
            if (line.indexOf('<') >= 0 || line.indexOf('&') >= 0) {
                // Some CMSs put the rendered HTML (or its escaped entities) in the field.
                for (TextBlock b : new BlockSegmenter().segment(Jsoup.parseBodyFragment(line).body())) {
                    out.add(b.text());
                }
            } else {
                String text = Texts.collapse(line);
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
        }
        return out;
    }
}
