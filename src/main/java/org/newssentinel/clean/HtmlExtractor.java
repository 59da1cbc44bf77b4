package org.newssentinel.clean;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main text and metadata of an HTML page with jsoup: {@link MainContent} finds the
 * article's paragraphs, {@link MetadataExtractor} its title, byline, date, canonical URL, site name
 * and declared language, which the text overrules when it is plainly in another ({@link
 * LanguageDetector#resolve}), and which is detected from the text when none is declared. When the
 * visible page has no text, the content of its {@code <noscript>} elements is read; when it has
 * none or far less than the page's JSON-LD {@code articleBody}, that is used ({@link DeclaredBody}); when
 * it still has none, its description of the story. A pull quote that repeats the article's words goes
 * ({@link PullQuotes}). The headline
 * is never part of the paragraphs. Scripts are never run and nothing the page references is
 * fetched: jsoup only parses. Thread-safe and stateless.
 */
public final class HtmlExtractor {

    /**
     * Noscript content counts as the article from this length on: shorter, it is the notice asking
     * to enable JavaScript that script-rendered pages put there, not an article.
     */
    private static final int NOSCRIPT_ARTICLE_CHARS = 200;
    private static final int DESCRIPTION_WORDS = 10;

    private final LanguageDetector languages = new LanguageDetector();

    /**
     * Never throws on malformed HTML; the article may have no paragraphs when the page has no prose.
     * A page saved by a browser, which notes its address in a comment at the top, gives that address as
     * its URL when it declares none.
     */
    public Article extract(String html) {
        return extract(html, html);
    }

    /**
     * As {@link #extract(String)}, where {@code rawStart} is the start of the page as uploaded: {@code
     * html} may have been filtered ({@link MarkupFilter} drops comments), and a saved page names its
     * address in a comment ({@link SavedFrom}).
     */
    Article extract(String html, String rawStart) {
        Document doc = Jsoup.parse(html);
        MainContent content = new MainContent(doc.body());
        BlockSegmenter signals = content.signals();
        Optional<String> savedFrom = SavedFrom.url(rawStart);
        PageMetadata meta = metadata(doc, content, signals, savedFrom);
        List<String> paragraphs = PullQuotes.withoutRepeats(content.paragraphs(meta.title()), signals.blocks());
        if (paragraphs.isEmpty() && signals.sawNoscriptContent()) {
            // A page that shows nothing without scripts may hold its text (and headline) for script-less readers.
            MainContent noscript = new MainContent(doc.body(), true);
            PageMetadata withNoscript = metadata(doc, noscript, signals, savedFrom);
            List<String> fallback = PullQuotes.withoutRepeats(noscript.paragraphs(withNoscript.title()), noscript.signals().blocks());
            if (Texts.length(fallback) >= NOSCRIPT_ARTICLE_CHARS) {
                meta = withNoscript;
                paragraphs = fallback;
            }
        }
        paragraphs = DeclaredBody.orDeclared(paragraphs, meta.articleBody());
        if (paragraphs.isEmpty()) {
            paragraphs = described(doc);
        }
        String language = languages.resolve(meta.language(), String.join(" ", paragraphs)).orElse("und");
        // A byline the page only shows: its metadata, when it has one, names the writer more reliably.
        Optional<String> byline = meta.byline().or(() -> VisibleByline.find(signals.blocks()));
        return new Article(meta.title(), paragraphs, language, byline, meta.publishedDate(), meta.url(),
                meta.siteName(), Optional.empty());
    }

    /**
     * The page's own summary of the story ({@code og:description}, {@code description}), for a page
     * that shows nothing else: a paywalled article whose page holds only its headline and a paywall
     * box. Only a sentence of {@value #DESCRIPTION_WORDS} words or more counts: shorter, it is as
     * often the site's tagline ("Breaking news and analysis") as the story's.
     */
    private static List<String> described(Document doc) {
        for (String key : MetadataExtractor.DESCRIPTION_META) {
            for (Element meta : doc.getElementsByTag("meta")) {
                if (key.equals(meta.attr("property")) || key.equals(meta.attr("name"))) {
                    String text = Texts.collapse(meta.attr("content"));
                    if (Texts.wordCount(text) >= DESCRIPTION_WORDS && Texts.endsLikeSentence(text)) {
                        return List.of(text);
                    }
                }
            }
        }
        return List.of();
    }

    private static PageMetadata metadata(Document doc, MainContent content, BlockSegmenter signals,
                                         Optional<String> savedFrom) {
        return MetadataExtractor.extract(doc, new MetadataExtractor.Headings(content.firstHeading(),
                content.firstHeadingInFurniture()), signals.structuredData(), signals.firstTime(), savedFrom);
    }
}
