package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newssentinel.pipeline.RawDocument;

class MarkdownTextTest {

    private static final String MARKDOWN = """
            # Kazakhstan to build Caspian oil pipeline

            **ASTANA** — Kazakhstan will build an *oil pipeline* across the Caspian Sea to Azerbaijan, \
            [President Tokayev](https://example.com/tokayev "profile") said on Wednesday.

            > "We cannot depend on a single route," he said.

            ![Map of the route](https://example.com/map.png)

            ---

            - Length: 700 km
            - Cost: __$3bn__
            """;

    @Test
    void markdownReadsAsThePlainTextItMarksUp() {
        String plain = MarkdownText.plain(MARKDOWN);

        // Lines stay lines (the image and the rule leave empty ones), so paragraphs stay paragraphs.
        assertEquals(List.of("Kazakhstan to build Caspian oil pipeline",
                "ASTANA — Kazakhstan will build an oil pipeline across the Caspian Sea to Azerbaijan, President Tokayev said on"
                        + " Wednesday.",
                "\"We cannot depend on a single route,\" he said.", "- Length: 700 km", "- Cost: $3bn"),
                plain.lines().filter(l -> !l.isBlank()).toList());
        assertEquals(MARKDOWN.lines().count(), plain.lines().count());
    }

    @Test
    void onlyATextThatPlainlyIsMarkdownCountsAsMarkdown() {
        assertTrue(MarkdownText.isMarkdown(MARKDOWN, "story.txt"));
        assertTrue(MarkdownText.isMarkdown("Just a line.", "notes.md"));
        // One stray mark of one kind is no Markdown: asterisks, a hash and brackets occur in plain text.
        assertFalse(MarkdownText.isMarkdown("No. 1 seed Sinner won; prices rose 5% [see chart] as traders bought *some* shares.",
                "story.txt"));
        assertFalse(MarkdownText.isMarkdown("**Breaking** The ministry said the pipeline was shut.", "story.txt"));
        assertFalse(MarkdownText.isMarkdown("Terms and conditions apply* to the offer (see below).", "story.txt"));
    }

    @Test
    void theCleanerGivesAMarkdownUploadItsTitleAndCleanParagraphs() {
        Article a = new ArticleCleaner().clean(new RawDocument("story.md", MARKDOWN.getBytes(StandardCharsets.UTF_8),
                Optional.empty(), Optional.empty()));

        assertEquals("Kazakhstan to build Caspian oil pipeline", a.title());
        assertEquals("ASTANA — Kazakhstan will build an oil pipeline across the Caspian Sea to Azerbaijan, President Tokayev said"
                + " on Wednesday.", a.paragraphs().get(0));
        assertFalse(a.text().contains("*") || a.text().contains("](") || a.text().contains("#"), a.text());
        assertEquals(List.of(), a.paragraphs().stream().filter(p -> p.startsWith(">")).toList());
    }
}
