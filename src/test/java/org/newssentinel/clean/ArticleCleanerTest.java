package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.pipeline.RejectionReason;

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

    @Test
    void theTagLimitAdmitsAPageAtItAndRefusesOneTagMore() {
        // Start tags count (end tags and the comments the markup filter drops do not): seven here.
        ArticleCleaner sevenTags = new ArticleCleaner(Limits.from(Map.of("MAX_TAGS", "7")));
        String paragraph = "Kazakhstan and Azerbaijan agreed on the route of the new pipeline across the Caspian Sea.";
        String seven = "<html><body><article><h1>Pipeline talks</h1><p>" + paragraph + "</p><p>" + paragraph + "</p><p>"
                + paragraph + "</p><!-- end --></article></body></html>";
        String eight = seven.replace("<!-- end -->", "<br>");

        assertEquals(3, sevenTags.clean(new RawDocument("p.html", seven.getBytes(StandardCharsets.UTF_8), Optional.empty(),
                Optional.empty())).paragraphs().size());
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> sevenTags.clean(new RawDocument("p.html",
                eight.getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty())));
        assertEquals(RejectionReason.TOO_LARGE, e.reason());
    }

    @Test
    void aPageIsJudgedUtf8OnWhatItsReaderReadsNotOnItsScripts() {
        // A Latin-1 byte in a script (an old tracking snippet) makes the file as a whole invalid
        // UTF-8; the text is UTF-8 all the same, and reading it as windows-1252 would garble it.
        byte[] head = "<html><head><script>var who = 'M".getBytes(StandardCharsets.UTF_8);
        byte[] rest = ("ller';</script></head><body><article><h1>Gespräche über die Pipeline</h1><p>Die Bundesregierung"
                + " und Polen einigten sich am Mittwoch über den Ausbau der Leitung nach Schwedt.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[head.length + 1 + rest.length];
        System.arraycopy(head, 0, page, 0, head.length);
        page[head.length] = (byte) 0xFC; // "ü" in Latin-1
        System.arraycopy(rest, 0, page, head.length + 1, rest.length);

        for (Optional<String> type : List.of(Optional.<String>empty(), Optional.of("text/html; charset=utf-8"))) {
            Article a = cleaner.clean(new RawDocument("page.html", page, type, Optional.empty()));

            assertEquals("Gespräche über die Pipeline", a.title());
        }
    }

    @Test
    void aPageWhoseTextIsNotUtf8IsStillReadByItsOwnCharset() {
        String page = "<html><body><article><h1>Gespräche über die Pipeline</h1><p>Die Bundesregierung und Polen"
                + " einigten sich am Mittwoch über den Ausbau der Leitung nach Schwedt.</p></article></body></html>";

        Article a = cleaner.clean(new RawDocument("page.html", page.getBytes(StandardCharsets.ISO_8859_1),
                Optional.of("text/html; charset=utf-8"), Optional.empty()));

        assertEquals("Gespräche über die Pipeline", a.title());
    }

    @Test
    void controlCharactersInAPageAreDroppedFromItsText() {
        String page = "<html><body><article><h1>Pipeline\u0007 talks</h1><p>Kazakhstan and Azerbaijan agreed on the\u0000"
                + " route of the new pipeline across the Caspian Sea on Wednesday.</p></article></body></html>";

        Article a = clean("page.html", page, Optional.empty());

        assertEquals("Pipeline talks", a.title());
        assertEquals(List.of("Kazakhstan and Azerbaijan agreed on the route of the new pipeline across the Caspian Sea on Wednesday."),
                a.paragraphs());
    }
}
