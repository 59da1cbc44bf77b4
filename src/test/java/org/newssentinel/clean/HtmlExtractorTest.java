package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    static String fixture(String name) throws IOException {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/clean/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keepsEveryArticleParagraphAndDropsTheFurniture() throws IOException {
        Article a = extractor.extract(fixture("article-with-furniture.html"));

        assertEquals(List.of(
                "Negotiators from three countries met in Baku on Monday to restart talks on a pipeline under the Caspian Sea, officials said.",
                "The project, shelved for a decade, would carry oil west while bypassing existing routes, according to the energy ministry.",
                "Costs and timing",
                "Engineers estimate the line would cost several billion dollars and take at least four years to build, if approved.",
                "“We are closer than we have ever been,” the deputy minister told reporters.",
                "Length: about 300 kilometres under the seabed",
                "Capacity: up to 20 million tonnes a year",
                "Talks continue on Tuesday, and a joint statement is expected by the end of the week."),
                a.paragraphs());
        assertEquals("Caspian pipeline talks resume", a.title());
    }

    private static final String LEDE = "<p>The United States on Thursday imposed sanctions on several Chinese refiners that it said had"
            + " bought Iranian crude oil worth billions of dollars, the Treasury said in a statement.</p>"
            + "<p>Treasury Secretary Scott Bessent said the measures would continue until Iran stopped funding its proxies in"
            + " the region, and officials said more designations would follow.</p>";

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>US sanctions refiners</title></head><body><main><article>"
                + "<h1>US sanctions Chinese refiners over Iranian oil</h1>" + LEDE + body
                + "</article></main><footer>© 2025 Example</footer></body></html>";
    }

    @Test
    void aListTheArticleIntroducesWithAColonIsKeptEvenAfterTheLastParagraph() {
        Article a = extractor.extract(page("<p>The companies sanctioned are:</p><ul><li>Hebei Xinhai Chemical Group</li>"
                + "<li>Shandong Shouguang Luqing Petrochemical</li></ul><p>Reporting by Jane Roe; Editing by John Doe</p>"));

        assertEquals(List.of("The companies sanctioned are:", "Hebei Xinhai Chemical Group", "Shandong Shouguang Luqing Petrochemical"),
                a.paragraphs().subList(2, a.paragraphs().size()));
    }

    @Test
    void aListOfLinksUnderAColonIsStillFurniture() {
        Article a = extractor.extract(page("<p>Read more on this story:</p><ul><li><a href=\"/1\">Refiners shrug off sanctions</a></li>"
                + "<li><a href=\"/2\">Oil prices rise on supply concerns</a></li></ul>"));

        assertEquals(List.of("Read more on this story:"), a.paragraphs().subList(2, a.paragraphs().size()));
    }

    @Test
    void aPressReleasesAboutSectionContactsAndSafeHarbourGo() {
        Article a = extractor.extract(page("<h2>About Acme Refining</h2><p>Acme Refining Corp. (NYSE: ACR) operates three refineries"
                + " on the Gulf Coast with a combined capacity of 600,000 barrels a day.</p><h2>Media contact</h2><p>John Doe,"
                + " press@example.com</p><h2>Forward-looking statements</h2><p>This release contains forward-looking statements"
                + " that involve risks and uncertainties.</p>"));

        assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
    }

    @Test
    void closingHeadingsRunIntoTheirParagraphsByALineBreakCountToo() {
        Article a = extractor.extract(page("<p><b>About Acme Refining</b><br>Acme Refining Corp. operates three refineries on"
                + " the Gulf Coast.</p><p><b>Forward-Looking Statements</b><br>This release contains forward-looking statements"
                + " that involve risks.</p><p><b>Media Contact:</b><br>John Doe<br>press@example.com</p>"));
        Article forwardFirst = extractor.extract(page("<p><b>Cautionary Statement Regarding Forward-Looking Statements</b><br>"
                + "Statements in this release that are not historical facts are forward-looking statements.</p>"));

        assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
        assertEquals(2, forwardFirst.paragraphs().size(), forwardFirst.paragraphs().toString());
    }

    @Test
    void paragraphsThatOnlyStartWithTheSameWordsStay() {
        Article a = extractor.extract(page("<p>About Russia, Lavrov said Russia would not be bound by the designations and"
                + " would keep selling oil to any buyer.</p><p>Forward-looking statements by the Treasury have lost their"
                + " force, one analyst said, because buyers no longer believe them.</p><p>Contacts between the two"
                + " governments resumed in March.</p>"));

        assertEquals(5, a.paragraphs().size(), a.paragraphs().toString());
    }

    @Test
    void anAboutHeadingInCapitalsCountsAndOneOverAnotherSubjectDoesNot() {
        String about = "<p><strong>ABOUT ACME REFINING</strong></p><p>Acme Refining Corp. operates three refineries on the Gulf"
                + " Coast with a combined capacity of 600,000 barrels a day.</p>";
        String subheading = "<h2>About Face</h2><p>European ministers said the designations were political, and that the"
                + " refiners had been named in reports for months before the Treasury acted.</p>";

        assertEquals(2, extractor.extract(page(about)).paragraphs().size());
        assertEquals(4, extractor.extract(page(subheading)).paragraphs().size());
    }
    @Test
    void aLiveBlogsStampsNamingTheWriterAndAClosedCommentsNoticeGoAndTheEntriesAndTheirTimesStay() {
        String first = "The operator said flows through the line would resume next week after repairs were completed.";
        String second = "Officials in Berlin welcomed the announcement, saying refineries in the east had been supplied.";
        String third = "12:10 is when the pipeline reopened, according to the operator, which had kept it shut since Friday.";
        Article a = extractor.extract(page("<div class=\"entry\"><time>12:10</time> <span>Jane Smith</span><p>" + first
                + "</p></div><p><strong>11.55 Uhr</strong></p><p>" + second + "</p><p>" + third + "</p><p>Comments are closed.</p>"
                + "<p>Talks continue on Tuesday, and a joint statement is expected by the end of the week, officials said.</p>"));

        assertEquals(List.of(first, "11.55 Uhr", second, third,
                "Talks continue on Tuesday, and a joint statement is expected by the end of the week, officials said."),
                a.paragraphs().subList(2, a.paragraphs().size()));
    }
}
