package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newssentinel.pipeline.RawDocument;

class SavedFromTest {

    private static final String ADDRESS = "https://harbour.example/energy/terminal-expansion";
    /** As a browser writes it: the address's length in four digits. */
    private static final String NOTE = "<!-- saved from url=(0049)" + ADDRESS + " -->";
    private static final String BODY = "<body><article><h1>Gas terminal expansion approved</h1><p>The port authority"
            + " approved the expansion of the gas terminal on Tuesday, doubling what it can take in from tankers.</p>"
            + "</article></body></html>";

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void readsTheAddressABrowserNotedWhenItSavedThePage() {
        assertEquals(49, ADDRESS.length());
        assertEquals(Optional.of(ADDRESS), SavedFrom.url("<!DOCTYPE html>\r\n" + NOTE + "\r\n<html>"));
        assertEquals(Optional.of(ADDRESS), SavedFrom.url(NOTE));
        assertEquals(Optional.of("http://a.example/"), SavedFrom.url("<!--saved from url=(0017)http://a.example/-->"));
    }

    @Test
    void aNoteThatIsMalformedNamesNothing() {
        // The stated length is not the address's: cut or tampered with.
        assertEquals(Optional.empty(), SavedFrom.url("<!-- saved from url=(0051)" + ADDRESS + " -->"));
        assertEquals(Optional.empty(), SavedFrom.url("<!-- saved from url=(0048)" + ADDRESS + " -->"));
        // What browsers note for a page that came from no web address.
        assertEquals(Optional.empty(), SavedFrom.url("<!-- saved from url=(0014)about:internet -->"));
        assertEquals(Optional.empty(), SavedFrom.url("<!-- saved from url=(0026)file:///C:/news/story.html -->"));
        assertEquals(Optional.empty(), SavedFrom.url("<!-- saved from url=(0017)ftp://a.example/x -->"));
        // No length, an unclosed comment, or the words outside a comment (an article quoting them).
        assertEquals(Optional.empty(), SavedFrom.url("<!-- saved from url=" + ADDRESS + " -->"));
        assertEquals(Optional.empty(), SavedFrom.url("<!-- saved from url=(0049)" + ADDRESS));
        assertEquals(Optional.empty(), SavedFrom.url("<p>saved from url=(0049)" + ADDRESS + " --></p>"));
        assertEquals(Optional.empty(), SavedFrom.url("<!-- saved from url=(0049)" + ADDRESS + "x -->"));
    }

    @Test
    void onlyTheStartOfTheFileIsRead() {
        String late = "<!DOCTYPE html><!--" + "x".repeat(SavedFrom.WITHIN) + "-->" + NOTE;
        assertEquals(Optional.empty(), SavedFrom.url(late));
        String cut = NOTE.substring(0, NOTE.length() - 10);
        String straddling = " ".repeat(SavedFrom.WITHIN - cut.length()) + NOTE;
        assertEquals(Optional.empty(), SavedFrom.url(straddling));
    }

    @Test
    void isTheArticleUrlWhenThePageDeclaresNone() {
        Article a = extractor.extract("<!DOCTYPE html>\n" + NOTE + "\n<html><head><title>Gas terminal expansion approved"
                + "</title></head>" + BODY);

        assertEquals(Optional.of(ADDRESS), a.url());
    }

    @Test
    void everyAddressThePageDeclaresComesFirst() {
        String head = "<!DOCTYPE html>\n" + NOTE + "\n<html><head><title>Gas terminal</title>";
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"url\":\"https://ld.example/a\"}</script>";
        String og = "<meta property=\"og:url\" content=\"https://og.example/a\">";
        String canonical = "<link rel=\"canonical\" href=\"https://canonical.example/a\">";

        assertEquals(Optional.of("https://ld.example/a"), extractor.extract(head + ld + "</head>" + BODY).url());
        assertEquals(Optional.of("https://og.example/a"), extractor.extract(head + ld + og + "</head>" + BODY).url());
        assertEquals(Optional.of("https://canonical.example/a"),
                extractor.extract(head + ld + og + canonical + "</head>" + BODY).url());
    }

    @Test
    void aRelativeCanonicalLinkIsResolvedAgainstTheSavedAddressWhenThereIsNoOgUrl() {
        Article a = extractor.extract("<!DOCTYPE html>\n" + NOTE + "\n<html><head><title>Gas terminal</title>"
                + "<link rel=\"canonical\" href=\"/energy/terminal-expansion-approved\"></head>" + BODY);

        assertEquals(Optional.of("https://harbour.example/energy/terminal-expansion-approved"), a.url());
    }

    @Test
    void isReadFromTheUploadedBytesThoughTheMarkupFilterDropsComments() {
        // Clean UTF-8 takes the markup filter's path; windows-1252 is decoded whole: both give the address.
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, Charset.forName("windows-1252")}) {
            String page = "<!DOCTYPE html>\r\n" + NOTE + "\r\n<html><head><meta charset=\"" + charset.name()
                    + "\"><title>Gas terminal – approved</title></head>" + BODY;
            Article a = new ArticleCleaner(Limits.defaults()).clean(new RawDocument("Gas terminal.html",
                    page.getBytes(charset), Optional.empty(), Optional.empty()));

            assertEquals(Optional.of(ADDRESS), a.url(), charset.name());
        }
    }
}
