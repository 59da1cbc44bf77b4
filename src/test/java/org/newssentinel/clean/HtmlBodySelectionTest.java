package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
