package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which part of a page is the article: the headline's story, not comments or the next story. */
class HtmlBodySelectionTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    private static final String A1 = "Two neighbouring states signed an agreement on Tuesday to build a gas line to the exclave, ministers said.";
    private static final String A2 = "The line will run for 85 kilometres and carry up to 500 million cubic metres of gas a year.";

    private static String story(String heading, String... paragraphs) {
        StringBuilder b = new StringBuilder("<article class=\"story\">" + heading + "<div class=\"story-body\">");
        for (String p : paragraphs) {
            b.append("<p>").append(p).append("</p>");
        }
        return b.append("</div></article>").toString();
    }

    @Test
    void theStoryUnderTheHeadlineWinsOverALongerNextStoryBesideIt() {
        String next = "The economy grew 0.4 percent in the third quarter from the previous three months, the statistics office said.";
        Article a = extractor.extract("<html><head><title>States to build gas line to exclave | Daily</title></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><div class=\"stream\">"
                + story("<h1>States to build gas line to exclave</h1>", A1, A2)
                + story("<h2>Economy grows in third quarter</h2>", next, next, next, next, next, next)
                + "</div></body></html>");

        assertEquals(List.of(A1, A2), a.paragraphs());
    }

    @Test
    void aHeadlineOutsideTheArticleDoesNotMoveTheBody() {
        Article a = extractor.extract("<html><head><title>States to build gas line to exclave</title></head><body>"
                + "<header class=\"hero\"><h1>States to build gas line to exclave</h1></header>"
                + story("", A1, A2, A1 + " Again.") + "</body></html>");

        assertEquals(List.of(A1, A2, A1 + " Again."), a.paragraphs());
    }

    @Test
    void aBodyBelowAnArticleHoldingOnlyTheHeaderAndLedeStaysTheBody() {
        String lede = "Ministers from both states met in the capital on Monday and agreed the route of the new line, officials said.";
        Article a = extractor.extract("<html><head><title>States to build gas line to exclave</title></head><body><main>"
                + "<article><h1>States to build gas line to exclave</h1><p>" + lede + "</p></article>"
                + "<div class=\"text\"><p>" + A1 + "</p><p>" + A2 + "</p><p>" + A1 + " Again.</p></div>"
                + "<article class=\"more\"><p>" + A2 + " Once more, in another story.</p></article></main></body></html>");

        assertEquals(List.of(lede, A1, A2, A1 + " Again."), a.paragraphs().subList(0, 4));
    }

    private static final String MATCH = "<html><head><title>Home side win the derby 2-1</title></head><body><article>"
            + "<h1>Home side win the derby 2-1</h1><p>The home side beat their rivals 2-1 on Sunday to go three points clear at the top of the league.</p>"
            + "<p>The winner came in the 78th minute after the visitors had equalised early in the second half from a penalty.</p></article>";
    private static final List<String> MATCH_TEXT = List.of(
            "The home side beat their rivals 2-1 on Sunday to go three points clear at the top of the league.",
            "The winner came in the 78th minute after the visitors had equalised early in the second half from a penalty.");

    private static String posts(String containerClass, String controls) {
        StringBuilder b = new StringBuilder("<section class=\"" + containerClass + "\"><h3>Readers' views</h3>");
        for (int i = 0; i < 4; i++) {
            b.append("<div class=\"item\"><b>reader").append(i).append("</b> <span>").append(i + 2).append("h</span>")
                    .append("<p>Sanctions against them should be extended to every club and an embargo imposed on everything, number ")
                    .append(i).append(".</p>").append(controls).append("</div>");
        }
        return b.append("</section>").toString();
    }

    @Test
    void readerPostsWithReplyControlsAreNotTheArticleWhateverTheirContainerIsCalled() {
        for (String controls : List.of("<a href=\"#\">Reply</a>", "<div class=\"tools\"><button>Like</button> <a href=\"#\">Report</a></div>",
                "<footer><span>12 points</span> | <a href=\"#r\">reply</a></footer>")) {
            Article a = extractor.extract(MATCH + posts("box", controls) + "</body></html>");

            assertEquals(MATCH_TEXT, a.paragraphs(), controls);
        }
    }

    @Test
    void discussionAndForumContainersAreNotTheArticle() {
        for (String name : List.of("discussion", "user-posts", "reader-responses", "forum thread", "talk")) {
            Article a = extractor.extract(MATCH + posts(name, "") + "</body></html>");

            assertEquals(MATCH_TEXT, a.paragraphs(), name);
        }
    }

    @Test
    void liveBlogEntriesWithTimesAndShareLinksStayTheArticle() {
        StringBuilder page = new StringBuilder("<html><head><title>Live: the summit</title></head><body><main><h1>Live: the summit</h1>");
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String text = "Leaders arrived at the summit venue in the morning and talks on the pipeline began at once, update " + i + ".";
            expected.add(text);
            page.append("<div class=\"entry\"><span>").append(i + 1).append("h ago</span><p>").append(text)
                    .append("</p><a href=\"#\">Share</a></div>");
        }
        Article a = extractor.extract(page + "</main></body></html>");

        assertTrue(a.paragraphs().containsAll(expected), a.paragraphs().toString());
    }

    @Test
    void aTeaserParagraphOpeningTheBodyIsItsLedeButTeaserCardsStayOut() {
        String lede = "Berlin. The government wants to ban imports of liquefied gas from the east sooner than the union has planned.";
        String card = "Gas prices are rising again as storage sites fill up more slowly than last year, traders said on Monday.";
        Article a = extractor.extract("<html><head><title>Government weighs gas import ban</title></head><body><main><article>"
                + "<div class=\"kicker\">Energy</div><h1>Government weighs gas import ban</h1><div class=\"author\">By K. H. | 22.11.2026</div>"
                + "<p class=\"teaser\">" + lede + "</p><p>" + A1 + "</p><p>" + A2 + "</p></article>"
                + "<section><div class=\"teaser-card\"><p class=\"teaser\">" + card + "</p></div></section></main></body></html>");

        assertEquals(List.of(lede, A1, A2), a.paragraphs());
    }
}
