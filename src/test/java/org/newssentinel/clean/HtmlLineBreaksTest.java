package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text laid out by markup other than paragraphs: line breaks, table rows. */
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

    @Test
    void aDataTableRowIsOneLineItsCellsSeparated() {
        Article a = extractor.extract("<html><body><article><p>" + P1 + "</p><table><thead><tr><th>Month</th><th>2025</th><th>2026</th></tr></thead>"
                + "<tbody><tr><td>July</td><td>41.0</td><td><b>47.8</b></td></tr><tr><td>August</td><td></td><td>48.9</td></tr></tbody></table>"
                + "<p>" + P2 + "</p></article></body></html>");

        assertEquals(List.of(P1, "Month | 2025 | 2026", "July | 41.0 | 47.8", "August | 48.9", P2), a.paragraphs());
    }

    @Test
    void aLayoutTableKeepsItsColumnsApart() {
        Article a = extractor.extract("<html><body><table><tr><td class=\"left\"><a href=\"/\">Main</a><br><a href=\"/p\">Politics</a></td>"
                + "<td><p>" + P1 + "</p><p>" + P2 + "</p></td></tr></table></body></html>");

        assertEquals(List.of(P1, P2), a.paragraphs());
    }
}
