package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text a reader does not see at first (a collapsed body) or sees beside the prose (captions). */
class HtmlSetAsideTextTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    private static final String P1 = "The parliament on Tuesday approved a bill to join the regional free trade zone, a move the opposition opposed.";
    private static final String P2 = "The ruling party said the agreement was purely economic and would not change the country's foreign policy.";
    private static final String H1 = "Thousands of protesters gathered outside parliament as the vote took place, waving flags of the union.";
    private static final String H2 = "The union said it would review its relations with the government and suspend a partnership dialogue.";

    private String collapsed(String hiding) {
        return "<html><head><title>Parliament votes to join trade zone</title></head><body><nav><a href=\"/\">Home</a></nav>"
                + "<div class=\"menu-panel\" hidden><p>Sign in to your account to manage your newsletters and saved articles for later.</p></div>"
                + "<article><h1>Parliament votes to join trade zone</h1><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class=\"rest\" " + hiding + "><p>" + H1 + "</p><p>" + H2 + "</p></div>"
                + "<button>Read more</button></article><footer>(c) The Times</footer></body></html>";
    }

    @Test
    void theCollapsedRestOfTheBodyIsKeptHoweverItIsHidden() {
        for (String hiding : List.of("hidden", "style=\"display: none\"", "aria-hidden=\"true\"")) {
            assertEquals(List.of(P1, P2, H1, H2), extractor.extract(collapsed(hiding)).paragraphs(), hiding);
        }
    }

    @Test
    void aHiddenCopyOfAShownParagraphIsNotRepeated() {
        Article a = extractor.extract("<html><body><article><p>" + P1 + "</p><p>" + P2 + "</p><div hidden><p>" + P1 + "</p><p>" + H1
                + "</p></div></article></body></html>");

        assertEquals(List.of(P1, P2, H1), a.paragraphs());
    }

    @Test
    void hiddenTextDoesNotChooseTheArticle() {
        StringBuilder hidden = new StringBuilder("<div style=\"display:none\" class=\"x\">");
        for (int i = 0; i < 6; i++) {
            hidden.append("<p>").append(H1).append(" Number ").append(i).append(", with more words, clauses, and commas.</p>");
        }
        Article a = extractor.extract("<html><body>" + hidden + "</div><div class=\"y\"><p>" + P1 + "</p><p>" + P2
                + "</p></div></body></html>");

        assertEquals(List.of(P1, P2), a.paragraphs());
    }

    @Test
    void captionsThatAreSentencesAreKeptCreditsAndCountersAreNot() {
        String c1 = "Engineers at the control centre watch the moment the link to the old grid was cut at 09:09 local time.";
        String c2 = "Workers dismantle a 330 kV line near the border on Saturday.";
        Article a = extractor.extract("<html><head><title>In pictures: grid switch</title></head><body><main><h1>In pictures: grid switch</h1>"
                + "<p class=\"lead\">" + P1 + "</p><div class=\"gallery\">"
                + "<figure><img src=\"1.jpg\"><figcaption><span class=\"counter\">1 / 3</span> " + c1
                + " <span class=\"credit\">Photo: Reuters</span></figcaption></figure>"
                + "<figure><img src=\"2.jpg\"><figcaption>" + c2 + " <span class=\"credit\">Photo: ERR</span></figcaption></figure>"
                + "<figure><img src=\"3.jpg\"><figcaption>A worker at the plant near the border, November 2026 REUTERS/Name Surname</figcaption></figure>"
                + "</div></main></body></html>");

        assertEquals(List.of(P1, c1, c2), a.paragraphs());
    }
}
