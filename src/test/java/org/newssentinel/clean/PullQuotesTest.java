package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PullQuotesTest {

    private static final String LEDE = "The pipeline operator said on Tuesday that flows through the line would resume next week"
            + " after repairs were completed.";
    private static final String QUOTED = "“We will not let a single pump station hold the whole region hostage,” the chief"
            + " executive told reporters in Warsaw on Monday.";
    private static final String FAULTS = "The company added that inspections of the damaged pumping station found no further"
            + " faults, and that the regulator had approved the restart.";
    private static final String OUTLOOK = "Analysts expect exports to recover to their previous level by the spring, though"
            + " insurers are still weighing the risks of another outage.";

    private final HtmlExtractor extractor = new HtmlExtractor();

    private List<String> paragraphs(String quote) {
        return extractor.extract("<html><head><title>Pipeline flows to resume</title></head><body><article>"
                + "<h1>Pipeline flows to resume</h1><p>" + LEDE + "</p><p>" + QUOTED + "</p>" + quote + "<p>" + FAULTS
                + "</p><p>" + OUTLOOK + "</p></article></body></html>").paragraphs();
    }

    @Test
    void aPullQuoteThatRepeatsTheArticlesWordsGoesWithItsAttribution() {
        List<String> expected = List.of(LEDE, QUOTED, FAULTS, OUTLOOK);
        String words = "We will not let a single pump station hold the whole region hostage";

        assertEquals(expected, paragraphs("<blockquote>" + words + "</blockquote>"));
        assertEquals(expected, paragraphs("<blockquote><p>“" + words + ".”</p><cite>Jane Smith, chief executive</cite></blockquote>"));
        assertEquals(expected, paragraphs("<aside class=\"pullquote\"><p>" + words + "</p></aside>"));
        assertEquals(expected, paragraphs("<figure class=\"story-quote\"><blockquote>" + words + "</blockquote>"
                + "<figcaption>Jane Smith</figcaption></figure>"));
        assertEquals(expected, paragraphs("<div class=\"pull-quote\">" + words + "</div>"));
    }

    @Test
    void aWholeParagraphRepeatedAsAQuoteKeepsItsPlaceInTheBody() {
        assertEquals(List.of(LEDE, QUOTED, FAULTS, OUTLOOK), paragraphs("<blockquote>" + OUTLOOK + "</blockquote>"));
    }

    @Test
    void quotesFoundNowhereElseStay() {
        String own = "We will keep pumping oil through the winter whatever the weather brings.";
        String half = "the whole region hostage";

        assertEquals(List.of(LEDE, QUOTED, own, FAULTS, OUTLOOK), paragraphs("<blockquote>" + own + "</blockquote>"));
        // Too short to be told from a phrase the article happens to use twice.
        assertEquals(List.of(LEDE, QUOTED, "“" + half + "”", FAULTS, OUTLOOK),
                paragraphs("<blockquote>“" + half + "”</blockquote>"));
        // A quote box that also holds words of its own is kept whole.
        assertEquals(List.of(LEDE, QUOTED, FAULTS, own, FAULTS, OUTLOOK),
                paragraphs("<blockquote><p>" + FAULTS + "</p><p>" + own + "</p></blockquote>"));
    }

    @Test
    void anArticleQuotedWholeInsideABlockquoteIsNotTakenForItsOwnCopy() {
        Article a = extractor.extract("<html><body><blockquote><p>" + LEDE + "</p><p>" + FAULTS + "</p><p>" + FAULTS
                + "</p></blockquote></body></html>");

        assertEquals(List.of(LEDE, FAULTS, FAULTS), a.paragraphs());
    }
}
