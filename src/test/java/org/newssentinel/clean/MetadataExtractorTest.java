package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void readsJsonLdInAGraph() throws IOException {
        Article a = extractor.extract(HtmlExtractorTest.fixture("metadata-jsonld.html"));

        assertEquals("Sanctions widen to shipping insurers", a.title());
        assertEquals(Optional.of("Mira Okafor, Jon Hale"), a.byline());
        assertEquals(Optional.of("2026-11-28T07:30+01:00"), a.publishedDate());
        assertEquals(Optional.of("The Ledger"), a.siteName());
        assertEquals("en", a.language());
        // A relative canonical link is resolved against og:url.
        assertEquals(Optional.of("https://ledger.example/world/sanctions-shipping-insurers"), a.url());
    }

    @Test
    void readsMetaTagsAndCutsTheSiteNameFromTheTitle() throws IOException {
        Article a = extractor.extract(HtmlExtractorTest.fixture("metadata-meta-tags.html"));

        assertEquals("Pipeline-Streit eskaliert", a.title());
        assertEquals(Optional.of("Petra Lang"), a.byline());
        assertEquals(Optional.of("2026-11-27T16:05+01:00"), a.publishedDate());
        assertEquals(Optional.of("Nordkurier Wirtschaft"), a.siteName());
        assertEquals("de", a.language());
        assertEquals(Optional.empty(), a.url());
    }

    @Test
    void fallsBackToTimeElementTitleTagAndDetectedLanguage() throws IOException {
        Article a = extractor.extract(HtmlExtractorTest.fixture("metadata-time-only.html"));

        assertEquals("Grain corridor reopens", a.title());
        assertEquals(Optional.of("2026-11-20"), a.publishedDate());
        assertEquals("en", a.language());
        assertEquals(Optional.empty(), a.byline());
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void theHeadlineIsNeverPartOfTheText() throws IOException {
        Article a = extractor.extract(HtmlExtractorTest.fixture("metadata-meta-tags.html"));

        assertFalse(a.text().contains("Pipeline-Streit eskaliert"));
        assertEquals(List.of(
                "Der Streit um die Leitung durch das Kaspische Meer hat sich am Donnerstag weiter verschärft, teilte das Ministerium mit.",
                "Beide Regierungen wollen nun vor einem Schiedsgericht klären, wer für die Ausfälle der letzten Monate aufkommt."),
                a.paragraphs());
    }

    @Test
    void stripsASiteSuffixConfirmedByTheHeading() {
        assertEquals("Grain corridor reopens",
                MetadataExtractor.stripSiteName("Grain corridor reopens - World - Example Times", Optional.empty(),
                        "Grain corridor reopens"));
        assertEquals("Grain corridor reopens",
                MetadataExtractor.stripSiteName("Example Times | Grain corridor reopens", Optional.of("Example Times"), ""));
        assertEquals("Grain corridor reopens",
                MetadataExtractor.stripSiteName("Opinion | Grain corridor reopens", Optional.empty(), "Grain corridor reopens"));
        assertEquals("Oil: the long view",
                MetadataExtractor.stripSiteName("Oil: the long view", Optional.of("Example Times"), ""));
    }

    @Test
    void normalisesCommonDateFormatsAndKeepsOthersAsGiven() {
        assertEquals("2026-11-27T16:05Z", MetadataExtractor.normaliseDate("2026-11-27T16:05:00.000Z"));
        assertEquals("2026-11-27T16:05", MetadataExtractor.normaliseDate("2026-11-27 16:05:00"));
        assertEquals("2026-11-27", MetadataExtractor.normaliseDate("2026-11-27"));
        assertEquals("27 November 2026", MetadataExtractor.normaliseDate("27 November 2026"));
    }
}
