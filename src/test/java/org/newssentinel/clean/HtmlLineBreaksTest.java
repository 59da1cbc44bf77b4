package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraphs marked up with line breaks instead of {@code <p>}. */
class HtmlLineBreaksTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    private static final String P1 = "The two states signed a new security pact on Monday that commits each to defend the other, the presidents said.";
    private static final String P2 = "The treaty replaces an agreement from 1997 and must still be ratified by both parliaments.";

    @Test
    void twoBreaksInARowEndAParagraph() {
        Article a = extractor.extract("<html><body><div>" + P1 + "<br><br>" + P2 + "<br>\n <br>" + P1 + "</div></body></html>");

        assertEquals(List.of(P1, P2, P1), a.paragraphs());
    }

    @Test
    void aTeaserLineBetweenBrokenParagraphsIsNotPartOfASentence() {
        Article a = extractor.extract("<html><head><title>States sign pact - Observer</title></head><body><table><tr><td>"
                + "<font size=\"5\"><b>States sign pact</b></font><br><font size=\"2\">12.11.2026 | Observer</font><br><br>"
                + P1 + "<br><br>READ ALSO: <a href=\"/x\">President meets defence minister</a><br><br>" + P2 + "</td></tr></table></body></html>");

        assertEquals(List.of(P1, P2), a.paragraphs());
    }

    @Test
    void aSingleBreakIsASpace() {
        Article a = extractor.extract("<html><body><p>The two states signed a new security pact on Monday that<br>commits each"
                + " to defend the other, the presidents said.</p></body></html>");

        assertEquals(List.of(P1), a.paragraphs());
    }
}
