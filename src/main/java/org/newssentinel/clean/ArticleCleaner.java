package org.newssentinel.clean;

import java.util.List;
import java.util.Locale;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.pipeline.RejectionReason;

/**
 * Turns raw bytes into an {@link Article}: rejects what is not an article, decodes the charset,
 * routes HTML to {@link HtmlExtractor} and everything else to {@link TextExtractor}. Thread-safe
 * and stateless; never mutates the input.
 */
public final class ArticleCleaner {

    /** A page has markup this early (its doctype, head or first element); a text has none anywhere. */
    private static final int MARKUP_WITHIN = 8192;

    private static final String SOFT_HYPHEN = "\u00ad";
    private static final String WORD_JOINER = "\u2060";

    private final HtmlExtractor html = new HtmlExtractor();
    private final TextExtractor text = new TextExtractor();
    private final InputGuard guard;

    public ArticleCleaner() {
        this(Limits.defaults());
    }

    public ArticleCleaner(Limits limits) {
        this.guard = new InputGuard(limits);
    }

    /**
     * @throws ArticleRejectedException when the input is empty, too large, binary or has no article text
     */
    public Article clean(RawDocument document) {
        InputGuard.Admitted admitted = guard.admitBytes(document);
        boolean page = isHtml(document, admitted);
        String decoded = guard.decode(admitted, page);
        // The page's start as uploaded: the decoded page may have lost its comments to the markup filter.
        // Decoded only when the mark is there, as it seldom is.
        String start = page && admitted.mayHold(SavedFrom.MARK, SavedFrom.WITHIN) ? admitted.head(SavedFrom.WITHIN) : "";
        Article article = withoutBreakHints(guard.checkText(page ? html.extract(decoded, start)
                : text.extract(guard.checkText(plain(decoded, document.source())))));
        if (article.paragraphs().isEmpty()) {
            throw new ArticleRejectedException(RejectionReason.NO_TEXT, "no article text found");
        }
        return article;
    }

    /** Text, with Markdown's mark-up taken off when the upload is Markdown (as scraping tools write it). */
    private static String plain(String text, String source) {
        return MarkdownText.isMarkdown(text, source) ? MarkdownText.plain(text) : text;
    }

    /**
     * Soft hyphens and word joiners only say where a word may or may not be broken across lines:
     * they are no part of it, and inside a word ("Sank&amp;shy;tionen") they would cut it in two for
     * the scorer and the summariser.
     */
    static Article withoutBreakHints(Article a) {
        if (!hasBreakHint(a.title()) && a.paragraphs().stream().noneMatch(ArticleCleaner::hasBreakHint)) {
            return a;
        }
        List<String> paragraphs = a.paragraphs().stream().map(ArticleCleaner::withoutBreakHints)
                .filter(p -> !p.isBlank()).toList();
        return new Article(withoutBreakHints(a.title()), paragraphs, a.language(), a.byline(), a.publishedDate(), a.url(),
                a.siteName(), a.attribution());
    }

    private static boolean hasBreakHint(String s) {
        return s.indexOf(SOFT_HYPHEN) >= 0 || s.indexOf(WORD_JOINER) >= 0;
    }

    private static String withoutBreakHints(String s) {
        return hasBreakHint(s) ? s.replace(SOFT_HYPHEN, "").replace(WORD_JOINER, "") : s;
    }

    private static boolean isHtml(RawDocument document, InputGuard.Admitted admitted) {
        String lower = document.source().toLowerCase(Locale.ROOT);
        if (document.contentType().map(t -> t.toLowerCase(Locale.ROOT).contains("html")).orElse(false)
                || lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            // Said to be HTML; text saved under an .html name (or served as such) has no markup to parse,
            // and parsing it would run its lines together into one paragraph.
            return admitted.hasMarkupWithin(MARKUP_WITHIN);
        }
        String head = admitted.head(1024).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
                || head.contains("<head");
    }
}
