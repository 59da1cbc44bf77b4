package org.newssentinel.clean;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main text and metadata of an HTML page with jsoup. Scripts are never run and no
 * resource the page references is fetched: jsoup only parses.
 */
public final class HtmlExtractor {

    public Article extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"),
                doc.select("h1").stream().map(Element::text).findFirst(), Optional.of(doc.title()));
        Element body = doc.body();
        List<String> paragraphs = new MainContent(body).paragraphs(title);
        String lang = doc.select("html[lang]").attr("lang");
        return new Article(title, paragraphs, lang.isBlank() ? "und" : lang.split("[-_]")[0],
                meta(doc, "meta[name=author]"),
                meta(doc, "meta[property=article:published_time]"),
                Optional.ofNullable(doc.selectFirst("link[rel=canonical]")).map(e -> e.attr("href")).filter(s -> !s.isBlank()),
                meta(doc, "meta[property=og:site_name]"),
                Optional.empty());
    }

    private static Optional<String> meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null || e.attr("content").isBlank() ? Optional.empty() : Optional.of(e.attr("content").strip());
    }

    @SafeVarargs
    private static String firstNonBlank(Optional<String>... candidates) {
        for (Optional<String> c : candidates) {
            if (c.isPresent() && !c.get().isBlank()) {
                return c.get().strip();
            }
        }
        return "";
    }
}
