package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VisibleBylineTest {

    private static final String TEXT = "<p>Iraq and Turkey have agreed to restart crude flows through the Kirkuk-Ceyhan pipeline,"
            + " which has been shut since March 2023 after an arbitration ruling, Iraq's oil ministry said on Thursday.</p>"
            + "<p>The first barrels from fields in the Kurdistan region are expected to reach the Turkish port of Ceyhan"
            + " within ten days, the ministry said on Thursday afternoon.</p>";

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void readsTheNamesAfterAByWordInEachLanguage() {
        assertEquals(Optional.of("Haruto Sato, Layla Haddad"), VisibleByline.names("By Haruto Sato and Layla Haddad"));
        assertEquals(Optional.of("Haruto Sato"), VisibleByline.names("By Haruto Sato, Tokyo"));
        assertEquals(Optional.of("Claire Dubois"),
                VisibleByline.names("Par Claire Dubois, publié le 21 novembre 2026 à 16h30, mis à jour à 17h05"));
        assertEquals(Optional.of("Petra Lang, Jonas Weber"), VisibleByline.names("Von Petra Lang und Jonas Weber"));
        assertEquals(Optional.of("Ursula von der Leyen"), VisibleByline.names("By Ursula von der Leyen | 3 min read"));
        assertEquals(Optional.of("נועה לוי"), VisibleByline.names("מאת נועה לוי | 24.11.2026 18:45"));
        assertEquals(Optional.of("Олена Коваленко"), VisibleByline.names("26 листопада 2026, 19:05 · Автор: Олена Коваленко"));
        assertEquals(Optional.of("Jean-Pierre O'Neil, Ana María López, Li Wei"),
                VisibleByline.names("By Jean-Pierre O'Neil, Ana María López and Li Wei"));
    }

    @Test
    void aSentenceOrALabelThatOpensWithByNamesNoOne() {
        for (String line : List.of("By Tuesday the ministry expects the flows to resume.", "By Tuesday Evening",
                "By the numbers", "By region", "Sorted by Date", "By Reuters", "Bypass road closed", "Haruto Sato")) {
            assertEquals(Optional.empty(), VisibleByline.names(line), line);
        }
    }

    @Test
    void aBylineShownAtTheTopOfTheArticleIsTheBylineWhenTheMetadataNamesNone() {
        Article shown = extractor.extract("<html><body><nav><a href=\"/\">Home</a></nav><article><h1>Iraq and Turkey restart"
                + " oil pipeline</h1><div>By <a href=\"/authors/sato\">Haruto Sato</a> and Layla Haddad | 24 Nov 2026</div>"
                + TEXT + "</article></body></html>");
        Article declared = extractor.extract("<html><head><meta name=\"author\" content=\"Mira Okafor\"></head><body><article>"
                + "<h1>Iraq and Turkey restart oil pipeline</h1><p>By Haruto Sato</p>" + TEXT + "</article></body></html>");
        Article classedBelowTheLede = extractor.extract("<html><body><article><h1>Iraq and Turkey restart oil pipeline</h1>"
                + TEXT + "<p class=\"article-byline\">Par Claire Dubois</p></article></body></html>");

        assertEquals(Optional.of("Haruto Sato, Layla Haddad"), shown.byline());
        assertFalse(String.join(" ", shown.paragraphs()).contains("Haruto"), "the byline line is not article text");
        assertEquals(Optional.of("Mira Okafor"), declared.byline());
        assertEquals(Optional.of("Claire Dubois"), classedBelowTheLede.byline());
    }

    @Test
    void aByLineInTheArticlesBodyCommentsOrSidebarIsNoByline() {
        Article inBody = extractor.extract("<html><body><article><h1>Iraq and Turkey restart oil pipeline</h1>" + TEXT
                + "<p>By Haruto Sato</p><p>Officials expect about 185,000 barrels per day at first, rising to the line's full"
                + " capacity of 450,000 barrels per day later in the year, the ministry said.</p></article></body></html>");
        Article inComments = extractor.extract("<html><body><section class=\"comments\"><div class=\"comment-author\">By Ivan"
                + " Kowalski</div></section><article><h1>Iraq and Turkey restart oil pipeline</h1>" + TEXT
                + "</article></body></html>");
        Article inSidebar = extractor.extract("<html><body><article><h1>Iraq and Turkey restart oil pipeline</h1><aside>"
                + "<p>By Ivan Kowalski</p></aside>" + TEXT + "</article></body></html>");

        assertEquals(Optional.empty(), inBody.byline());
        assertEquals(Optional.empty(), inComments.byline());
        assertEquals(Optional.empty(), inSidebar.byline());
    }
}
