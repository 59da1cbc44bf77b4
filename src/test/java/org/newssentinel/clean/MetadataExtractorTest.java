package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newssentinel.pipeline.RawDocument;

class MetadataExtractorTest {

    /** The body of the pages that only test their head: enough text to count as an article. */
    private static final String BODY = "<body><article><p>A paragraph long enough to count as the article's text, with a few"
            + " more words.</p></article></body></html>";

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void readsJsonLdInAGraph() throws IOException {
        Article a = extractor.extract(HtmlExtractorTest.fixture("metadata-jsonld.html"));

        assertEquals("Sanctions widen to shipping insurers", a.title());
        assertEquals(Optional.of("Mira Okafor, Jon Hale"), a.byline());
        assertEquals(Optional.of("2026-11-28T07:30:00+01:00"), a.publishedDate());
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
        assertEquals(Optional.of("2026-11-27T16:05:00+01:00"), a.publishedDate());
        assertEquals(Optional.of("Nordkurier Wirtschaft"), a.siteName());
        assertEquals("de", a.language());
        assertEquals(Optional.empty(), a.url());
    }

    @Test
    void readsTheHeadsTagsWhereAStrayElementMadeTheParserMoveThemIntoTheBody() throws IOException {
        // An element that has no place in <head> (an ad slot here) ends the head for the parser: the
        // canonical link and the metas after it land in the body, and were then ignored.
        String page = HtmlExtractorTest.fixture("metadata-displaced-head.html");
        Article a = extractor.extract(page);

        assertEquals("Gas terminal expansion approved", a.title());
        assertEquals(Optional.of("https://gazette.example/energy/terminal-expansion"), a.url());
        assertEquals(Optional.of("Harbour Gazette"), a.siteName());
        assertEquals(Optional.of("Lena Brandt"), a.byline());
        assertEquals(Optional.of("2026-11-26T09:15:00+01:00"), a.publishedDate());
        // The same from the page's bytes, past the markup filter that runs before parsing.
        Article fromBytes = new ArticleCleaner(Limits.defaults()).clean(new RawDocument("page.html",
                page.getBytes(StandardCharsets.UTF_8), Optional.of("text/html; charset=utf-8"), Optional.empty()));
        assertEquals(a.title(), fromBytes.title());
        assertEquals(a.url(), fromBytes.url());
        assertEquals(a.byline(), fromBytes.byline());
        assertEquals(a.publishedDate(), fromBytes.publishedDate());
        assertEquals(a.paragraphs(), fromBytes.paragraphs());
    }

    @Test
    void metasInTheBodyOnlyFillWhatTheHeadLeftOpen() {
        Article a = extractor.extract("<html><head><title>T</title><meta property=\"og:title\" content=\"Head title\">"
                + "<link rel=\"canonical\" href=\"https://a.example/story\"></head><body><article>"
                + "<p>A paragraph long enough to count as the article's text, with a few more words in it.</p>"
                + "<meta property=\"og:title\" content=\"Widget title\"><link rel=\"canonical\" href=\"https://b.example/\">"
                + "<meta name=\"author\" content=\"Ola Berg\"></article></body></html>");

        assertEquals("Head title", a.title());
        assertEquals(Optional.of("https://a.example/story"), a.url());
        assertEquals(Optional.of("Ola Berg"), a.byline());
    }

    @Test
    void aZeroDateIsNoDateAndTheNextSourceIsTaken() {
        String zeroInJsonLd = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"datePublished\":\"0001-01-01T00:00:00Z\"}</script>";

        Article withMeta = extractor.extract("<html><head>" + zeroInJsonLd
                + "<meta property=\"article:published_time\" content=\"2026-11-19T08:00:00Z\"></head>" + BODY);
        Article epochOnly = extractor.extract("<html><head><meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\">"
                + "</head>" + BODY);
        Article zeroOnly = extractor.extract("<html><head>" + zeroInJsonLd + "</head>" + BODY);

        assertEquals(Optional.of("2026-11-19T08:00:00Z"), withMeta.publishedDate());
        assertEquals(Optional.empty(), epochOnly.publishedDate());
        assertEquals(Optional.empty(), zeroOnly.publishedDate());
    }

    @Test
    void theAuthorInMetadataLosesTheByWordOfAnyLanguageAVisibleBylineIsReadIn() {
        for (String[] c : new String[][] {{"Von Anna Schmidt", "Anna Schmidt"}, {"Written by Jane Doe", "Jane Doe"},
            {"By: Jane Doe", "Jane Doe"}, {"Автор: Олена Коваленко", "Олена Коваленко"}, {"Af Lars Hansen", "Lars Hansen"},
            {"מאת נועה לוי", "נועה לוי"}}) {
            Article meta = extractor.extract("<html><head><meta name=\"author\" content=\"" + c[0] + "\"></head>" + BODY);
            Article ld = extractor.extract("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                    + "\"headline\":\"H\",\"author\":{\"name\":\"" + c[0] + "\"}}</script></head>" + BODY);

            assertEquals(Optional.of(c[1]), meta.byline(), c[0]);
            assertEquals(Optional.of(c[1]), ld.byline(), c[0]);
        }
    }

    @Test
    void anAuthorWhoseSurnameOpensWithAByWordKeepsIt() {
        for (String name : List.of("Di Stefano", "Di Maio", "Von der Leyen")) {
            Article meta = extractor.extract("<html><head><meta name=\"author\" content=\"" + name + "\"></head>" + BODY);
            Article ld = extractor.extract("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                    + "\"headline\":\"H\",\"author\":{\"name\":\"" + name + "\"}}</script></head>" + BODY);

            assertEquals(Optional.of(name), meta.byline(), name);
            assertEquals(Optional.of(name), ld.byline(), name);
        }
        Article italian = extractor.extract("<html><head><meta name=\"author\" content=\"di Marco Rossi\"></head>" + BODY);
        assertEquals(Optional.of("Marco Rossi"), italian.byline());
    }

    @Test
    void theCmsAccountIsNoByline() {
        Article adminOnly = extractor.extract("<html><head><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\","
                + "\"headline\":\"H\",\"author\":\"admin\"}</script></head>" + BODY);
        Article adminThenMeta = extractor.extract("<html><head><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\","
                + "\"headline\":\"H\",\"author\":{\"name\":\"Administrator\"}}</script>"
                + "<meta name=\"author\" content=\"Rita Admin\"></head>" + BODY);

        assertEquals(Optional.empty(), adminOnly.byline());
        assertEquals(Optional.of("Rita Admin"), adminThenMeta.byline(), "a name that merely contains the word is a name");
        assertTrue(MetadataExtractor.isByline("Webmaster Jones"));
        assertFalse(MetadataExtractor.isByline("webmaster"));
    }

    @Test
    void aSiteNameThatIsAnAddressGivesWayToARealNameOrElseBecomesItsHost() {
        Article both = extractor.extract("<html><head><meta property=\"og:site_name\" content=\"https://www.harbour.example\">"
                + "<meta name=\"application-name\" content=\"Harbour Gazette\"></head>" + BODY);
        Article addressOnly = extractor.extract("<html><head><meta property=\"og:site_name\" content=\"https://www.harbour.example/\">"
                + "</head>" + BODY);
        Article withDots = extractor.extract("<html><head><meta property=\"og:site_name\" content=\"Harbour.example News\">"
                + "</head>" + BODY);

        assertEquals(Optional.of("Harbour Gazette"), both.siteName());
        assertEquals(Optional.of("www.harbour.example"), addressOnly.siteName());
        assertEquals(Optional.of("Harbour.example News"), withDots.siteName());
    }


    @Test
    void aLogoHeadingInThePageHeaderIsNotTheHeadline() {
        String article = "<article><p>The port authority approved the expansion of the gas terminal on Wednesday, doubling"
                + " its capacity.</p><p>Work on the new storage tanks is due to start in the spring.</p></article>";
        String logo = "<div id=\"header\"><a href=\"/\"><h1>Harbour Gazette</h1></a><ul><li><a href=\"/a\">News</a></li>"
                + "<li><a href=\"/b\">Sport</a></li></ul></div>";

        // The logo's text repeats the title tag's site segment: the other segment is the headline.
        assertEquals("Gas terminal expansion approved", extractor.extract("<html><head><title>Gas terminal expansion approved"
                + " | Harbour Gazette</title></head><body>" + logo + article + "</body></html>").title());
        // A logo in other words than the title tag: the title tag, whole, rather than the site's name.
        assertEquals("Gas terminal expansion approved - HG Online", extractor.extract("<html><head><title>Gas terminal"
                + " expansion approved - HG Online</title></head><body>" + logo + article + "</body></html>").title());
        // A real headline that happens to sit in a header element is the longest segment it repeats.
        assertEquals("Gas terminal expansion approved", extractor.extract("<html><head><title>Gas terminal expansion approved"
                + " | HG</title></head><body><div id=\"header\"><h1>Gas terminal expansion approved</h1></div>" + article
                + "</body></html>").title());
        // Nothing else to go by: the header's heading.
        assertEquals("Harbour Gazette", extractor.extract("<html><body>" + logo + article + "</body></html>").title());
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
        assertEquals("Grain corridor reopens", MetadataExtractor.stripSiteName("Grain corridor reopens | Times",
                Optional.of("Example Times"), ""));
        assertEquals("Grain corridor reopens", MetadataExtractor.stripSiteName("Grain corridor reopens - Example Times.com",
                Optional.of("Example Times"), ""));
        // A word of the site's name that ends the headline is no site name.
        assertEquals("Iraq and Turkey restart Kirkuk - Ceyhan", MetadataExtractor.stripSiteName(
                "Iraq and Turkey restart Kirkuk - Ceyhan", Optional.of("Ceyhan Daily News"), ""));
        assertEquals("Pipeline talks - Oil", MetadataExtractor.stripSiteName("Pipeline talks - Oil", Optional.of("Boiling Point"), ""));
    }
    @Test
    void stripsTheSiteFromChineseAndJapaneseTitlesWhoseSeparatorsHaveNoSpaces() {
        assertEquals("德鲁日巴输油管道爆炸 匈牙利原油供应中断_国际新闻", MetadataExtractor.stripSiteName(
                "德鲁日巴输油管道爆炸 匈牙利原油供应中断_国际新闻_环球网", Optional.of("环球网"), ""));
        assertEquals("德鲁日巴输油管道爆炸", MetadataExtractor.stripSiteName(
                "德鲁日巴输油管道爆炸|界面新闻", Optional.of("界面新闻"), ""));
        assertEquals("德鲁日巴输油管道爆炸", MetadataExtractor.stripSiteName(
                "德鲁日巴输油管道爆炸-新华网", Optional.of("新华网"), ""));
        assertEquals("ハンガリー向け原油供給が停止", MetadataExtractor.stripSiteName(
                "ハンガリー向け原油供給が停止：朝日新聞デジタル", Optional.of("朝日新聞デジタル"), ""));
        assertEquals("ハンガリー向け原油供給が停止", MetadataExtractor.stripSiteName(
                "ハンガリー向け原油供給が停止｜NHKニュース", Optional.empty(), "ハンガリー向け原油供給が停止"));
        assertEquals("ハンガリー向け原油供給が停止", MetadataExtractor.stripSiteName(
                "NHK_ハンガリー向け原油供給が停止", Optional.of("NHK"), ""));
        // Inside a headline: a speaker's colon and the Chinese dash stay when nothing names the site.
        assertEquals("外交部：将采取反制措施", MetadataExtractor.stripSiteName("外交部：将采取反制措施", Optional.of("新华网"), ""));
        assertEquals("中俄东线——全球最长的天然气管道", MetadataExtractor.stripSiteName(
                "中俄东线——全球最长的天然气管道_新华网", Optional.of("新华网"), ""));
        // Latin titles need spaces round a separator, as before.
        assertEquals("Gas_price report", MetadataExtractor.stripSiteName("Gas_price report", Optional.of("report"), ""));
    }

    @Test
    void aJapanesePageTitleLosesItsSiteSuffixUnderTheHeading() {
        Article a = extractor.extract("<html lang=ja><head><meta property=og:title content='ハンガリー向け原油供給が停止｜NHKニュース'>"
                + "</head><body><article><h1>ハンガリー向け原油供給が停止</h1><p>ロシアの国営パイプライン会社は火曜日、"
                + "ドルジバ・パイプラインが爆発し、ハンガリーへの送油を停止したと発表した。復旧には少なくとも5日かかる見通しだ。</p>"
                + "<p>ハンガリーの外相は「製油所の稼働は戦略備蓄で維持する」と述べた。</p></article></body></html>");

        assertEquals("ハンガリー向け原油供給が停止", a.title());
    }

    @Test
    void aSeparatorInsideTheHeadlineIsNoSiteSuffix() {
        String article = "<p>The two governments agreed on Thursday to restart crude flows through the line, shut since"
                + " an arbitration ruling last year.</p><p>The first barrels are due at the port within ten days.</p>";
        String[] headlines = {"Iraq and Turkey restart Kirkuk - Ceyhan oil pipeline",
            "Guerre en Ukraine : l'UE adopte un 21e paquet de sanctions", "Oil / gas: Kazakhstan weighs a new pipeline",
            "Токаев — о нефтепроводе Баку — Тбилиси — Джейхан"};
        for (String headline : headlines) {
            // og:title, <h1> and <title> agree (the last with the site's name): the whole headline.
            assertEquals(headline, extractor.extract("<html><head><title>" + headline + " | Gulf Daily</title>"
                    + "<meta property=\"og:title\" content=\"" + headline + "\"><meta property=\"og:site_name\""
                    + " content=\"Gulf Daily\"></head><body><article><h1>" + headline + "</h1>" + article
                    + "</article></body></html>").title());
            // Only an <h1> and a <title> without a site name.
            assertEquals(headline, extractor.extract("<html><head><title>" + headline + "</title></head><body><article><h1>"
                    + headline + "</h1>" + article + "</article></body></html>").title());
        }
        // The heading is the headline without its section and the site's name.
        assertEquals("Iraq and Turkey restart Kirkuk - Ceyhan oil pipeline",
                MetadataExtractor.stripSiteName("Energy | Iraq and Turkey restart Kirkuk - Ceyhan oil pipeline | Gulf Daily",
                        Optional.empty(), "Iraq and Turkey restart Kirkuk-Ceyhan oil pipeline"));
        // Another story's heading (an aggregator's first <h1>) confirms no cut, though it shares some words.
        assertEquals("Stadia reviews are here - and they are not great",
                MetadataExtractor.stripSiteName("Stadia reviews are here - and they are not great", Optional.empty(),
                        "Why don't you go and fight for the reindeer?"));
    }
    @Test
    void aTimeInThePageHeaderDatesATickerItemNotTheArticle() {
        String banner = "<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><div class=\"ticker\">"
                + "<a href=\"/old\">Turkey blocks Nordic bids</a> <time datetime=\"2022-05-18T09:00:00+03:00\">18 May 2022</time>"
                + "</div></header>";
        String text = "<p>Turkey's parliament voted on Tuesday to approve Sweden's bid to join the alliance, removing one of"
                + " the last obstacles.</p><p>Hungary is now the only member that has not ratified the bid.</p>";

        assertEquals(Optional.empty(), extractor.extract("<html><body>" + banner + "<article><h1>Turkey approves the bid</h1>"
                + text + "</article></body></html>").publishedDate());
        assertEquals(Optional.empty(), extractor.extract("<html><body><div role=\"banner\"><time datetime=\"2022-05-18\">"
                + "Wednesday's edition</time></div><div class=\"story\"><h1>Turkey approves the bid</h1>" + text
                + "</div></body></html>").publishedDate());
        // The article's own <header>, and the page's main region, hold its date.
        assertEquals(Optional.of("2024-01-23T18:30:00+03:00"), extractor.extract("<html><body>" + banner
                + "<article><header><h1>Turkey approves the bid</h1><time datetime=\"2024-01-23T18:30:00+03:00\">23 Jan"
                + "</time></header>" + text + "</article></body></html>").publishedDate());
        assertEquals(Optional.of("2024-01-23"), extractor.extract("<html><body>" + banner
                + "<main><header><h1>Turkey approves the bid</h1><time datetime=\"2024-01-23\">23 Jan</time></header>" + text
                + "</main></body></html>").publishedDate());
        // A date the page states in its metadata comes before any visible one.
        assertEquals(Optional.of("2024-01-23T18:30:00Z"), extractor.extract("<html><head><meta property=\"article:published_time\""
                + " content=\"2024-01-23T18:30:00Z\"></head><body><article><time datetime=\"2024-01-20\">Jan 20</time>" + text
                + "</article></body></html>").publishedDate());
    }
    @Test
    void aSegmentThatSpellsTheHostNamesTheSiteWhenThePageGivesNoName() {
        String body = "<body><article><p>A paragraph long enough to count as the article's text, with a few more words.</p>"
                + "</article></body></html>";
        assertEquals("Grain corridor reopens", extractor.extract("<html><head><title>Grain corridor reopens - Example Times"
                + "</title><link rel=\"canonical\" href=\"https://www.exampletimes.co.uk/world/grain\"></head>" + body).title());
        assertEquals("Grain corridor reopens", extractor.extract("<html><head><title>Harbour.example | Grain corridor reopens"
                + "</title><link rel=\"canonical\" href=\"https://harbour.example/grain\"></head>" + body).title());
        // Only an exact spelling: a short host name occurs inside many a headline.
        assertEquals("Markets - Swing to the left", extractor.extract("<html><head><title>Markets - Swing to the left</title>"
                + "<link rel=\"canonical\" href=\"https://www.ft.com/markets\"></head>" + body).title());
        assertEquals(java.util.Set.of("exampletimescouk", "exampletimes"),
                MetadataExtractor.hostNames("https://www.example-times.co.uk/a"));
    }
}
