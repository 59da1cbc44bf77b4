package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the visible markup holds no article: JSON-LD articleBody and noscript content. */
class HtmlBodyFallbackTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    private static final String P1 = "Ministers approved a new package of measures against the shipping network on Wednesday, officials said.";
    private static final String P2 = "The package adds forty tankers to the list of vessels barred from ports and freezes the assets of two banks.";
    private static final String P3 = "It must still be adopted formally by the council on Friday, after two members lifted their objections.";

    private static String page(String ldBody, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Ministers agree new measures - The Ledger</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Ministers agree new measures\",\"articleBody\":\"" + ldBody + "\"}</script></head><body>"
                + body + "</body></html>";
    }

    @Test
    void anEmptyScriptShellTakesTheDeclaredBodySplitAtItsLineBreaks() {
        Article a = extractor.extract(page(P1 + "\\n\\n" + P2 + "\\n" + P3,
                "<div id=\"root\"></div><noscript>You need to enable JavaScript to run this app.</noscript>"));

        assertEquals(List.of(P1, P2, P3), a.paragraphs());
    }

    @Test
    void aShellShowingOnlyASubscriptionPitchTakesTheDeclaredBody() {
        Article a = extractor.extract(page(P1 + "\\n\\n" + P2 + "\\n\\n" + P3,
                "<div class=\"app-shell\"><p>Our reporting is funded by readers like you. Support it with a subscription"
                        + " from 4 euros a month, cancel at any time.</p></div>"));

        assertEquals(List.of(P1, P2, P3), a.paragraphs());
    }

    @Test
    void aTruncatedDeclaredBodyDoesNotReplaceTheVisibleText() {
        Article a = extractor.extract(page("Ministers approved a new package of measures...",
                "<article><h1>Ministers agree new measures</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>"));

        assertEquals(List.of(P1, P2, P3), a.paragraphs());
    }

    @Test
    void markupInTheDeclaredBodyIsReadAsHtml() {
        Article a = extractor.extract(page("<p>" + P1 + "</p><p>" + P2 + " &amp; more.</p>", "<div id=\"app\"></div>"));

        assertEquals(List.of(P1, P2 + " & more."), a.paragraphs());
    }

    @Test
    void aPageThatShowsNothingWithoutScriptsIsReadFromItsNoscriptContent() {
        Article a = extractor.extract("<html><head><title>Ministers agree new measures | The Ledger</title></head><body>"
                + "<div id=\"app\"><div class=\"spinner\">Loading</div></div><noscript><nav><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav>"
                + "<article><h1>Ministers agree new measures</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>"
                + "<footer>(c) The Ledger</footer></noscript><script src=\"/app.js\"></script></body></html>");

        assertEquals(List.of(P1, P2), a.paragraphs());
        assertEquals("Ministers agree new measures", a.title());
    }

    @Test
    void noscriptContentStaysOutWhenThePageShowsItsText() {
        Article a = extractor.extract("<html><body><article><p>" + P1 + "</p><p>" + P2 + "</p></article>"
                + "<noscript><p>" + P3 + "</p></noscript></body></html>");

        assertEquals(List.of(P1, P2), a.paragraphs());
    }

    @Test
    void aNoscriptNoticeAloneIsNoArticle() {
        Article a = extractor.extract("<html><body><div id=\"app\"></div><noscript><p>Please enable JavaScript in your browser"
                + " to read this article and the rest of our site.</p></noscript></body></html>");

        assertEquals(List.of(), a.paragraphs());
    }

    @Test
    void aPaywalledPageWithOnlyItsHeadlineIsReadFromItsDescription() {
        String description = "The capital has commissioned a study for an oil pipeline under the sea after a drone attack cut flows on its main route.";
        Article a = extractor.extract("<html><head><title>Pipeline study | Ledger</title><meta name=\"description\" content=\"Breaking news and analysis.\">"
                + "<meta property=\"og:description\" content=\"" + description + "\"></head><body><article><h1>Pipeline study</h1>"
                + "<div class=\"paywall-box\"><h2>Subscribe to unlock this article</h2></div></article></body></html>");

        assertEquals(List.of(description), a.paragraphs());
    }

    @Test
    void aSiteTaglineIsNoArticle() {
        Article a = extractor.extract("<html><head><meta name=\"description\" content=\"Breaking news, analysis and opinion.\"></head>"
                + "<body><div id=\"app\"></div></body></html>");

        assertEquals(List.of(), a.paragraphs());
    }
}
