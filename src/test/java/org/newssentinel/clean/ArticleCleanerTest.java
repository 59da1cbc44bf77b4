package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newssentinel.pipeline.RawDocument;

class ArticleCleanerTest {

    private static final String TEXT = "EU agrees new sanctions package against Russia\n\n"
            + "BRUSSELS - European Union countries on Thursday agreed a new package of sanctions against Russia.\n\n"
            + "The package adds 27 tankers to a blacklist, diplomats said.\n";

    private final ArticleCleaner cleaner = new ArticleCleaner();

    private Article clean(String name, String content, Optional<String> type) {
        return cleaner.clean(new RawDocument(name, content.getBytes(StandardCharsets.UTF_8), type, Optional.empty()));
    }

    @Test
    void textSavedUnderAnHtmlNameOrServedAsHtmlIsReadAsTheTextItIs() {
        Article asText = clean("story.txt", TEXT, Optional.empty());

        for (Article a : List.of(clean("story.html", TEXT, Optional.empty()), clean("story.htm", TEXT, Optional.empty()),
                clean("story", TEXT, Optional.of("text/html; charset=utf-8")))) {
            assertEquals("EU agrees new sanctions package against Russia", a.title());
            assertEquals(asText.paragraphs(), a.paragraphs());
            assertEquals(2, a.paragraphs().size(), "its lines are not run together");
        }
    }

    @Test
    void aPageIsStillAPageWhenItsMarkupStartsLate() {
        String page = "\n".repeat(2000) + "<html><body><article><h1>Pipeline talks</h1><p>Kazakhstan and Azerbaijan agreed on the"
                + " route of the new pipeline across the Caspian Sea on Wednesday.</p></article></body></html>";

        Article a = clean("page.html", page, Optional.empty());

        assertEquals("Pipeline talks", a.title());
        assertEquals(1, a.paragraphs().size());
    }
}
