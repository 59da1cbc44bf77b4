package org.newssentinel.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newssentinel.clean.Article;
import org.newssentinel.pipeline.Analysis;
import org.newssentinel.summary.SmsTextTest;
import org.newssentinel.summary.Summary;
import org.newssentinel.topics.Evidence;
import org.newssentinel.topics.TermMatch;
import org.newssentinel.topics.TopicScore;

class AlertMessageTest {

    private static final String EVIDENCE = "Gazprom said flows through the Nord Stream pipeline would stop for ten days.";

    private static Alert alert(String title, List<String> summary, Optional<String> url) {
        Article article = new Article(title, List.of(EVIDENCE, "Prices rose."), "en", Optional.of("Jane Doe"),
                Optional.of("2026-11-28"), url, Optional.of("Energy Daily"), Optional.empty());
        List<TopicScore> topics = List.of(
                new TopicScore("sanctions", "Sanctions", 0.71, true, List.of(new TermMatch("sanctions", 1)), List.of("EU"),
                        List.of(new Evidence("The EU weighed new sanctions.", 1, List.of()))),
                new TopicScore("pipelines", "Pipelines", 0.93, true,
                        List.of(new TermMatch("nord stream", 3), new TermMatch("pipeline", 2)), List.of("Gazprom"),
                        List.of(new Evidence(EVIDENCE, 2, List.of(new Evidence.Span(46, 54))))),
                new TopicScore("alliances", "Alliances", 0.12, false, List.of(new TermMatch("nato", 1)), List.of(),
                        List.of(new Evidence("NATO was not mentioned much.", 1, List.of()))));
        Summary s = new Summary(title.isBlank() ? summary.get(0) : title, summary, "unused");
        return new Alert(new Analysis("s3://news-in/2026/11/28/gazprom.html", article, topics, s),
                "s3://news-in/2026/11/28/gazprom.html");
    }

    private static Alert plain() {
        return alert("Gazprom halts Nord Stream for ten days", List.of(EVIDENCE, "Prices rose."),
                Optional.of("https://energy.example/gazprom-halts"));
    }

    @Test
    void subjectIsShortAsciiOneLine() {
        AlertMessage m = AlertMessage.render(plain());
        assertEquals("News Sentinel [pipelines 0.93, sanctions 0.71]: Gazprom halts Nord Stream for ten days", m.subject());
        String cyrillic = "«Газпром» остановил поставки газа\nпо «Северному потоку» на десять дней из-за ремонта турбины в Канаде";
        String subject = AlertMessage.render(alert(cyrillic, List.of(EVIDENCE), Optional.empty())).subject();
        assertTrue(subject.length() < 100, subject.length() + ": " + subject);
        assertTrue(subject.chars().allMatch(c -> c >= 0x20 && c < 0x7f), subject);
        assertTrue(subject.startsWith("News Sentinel [pipelines 0.93, sanctions 0.71]: \"Gazprom\" ostanovil postavki gaza po"), subject);
        assertTrue(subject.endsWith("..."), subject);
    }

    /** An alert on {@code title} in {@code language}, published by {@code site} at {@code url}. */
    private static Alert foreign(String title, String language, Optional<String> site, Optional<String> url) {
        Article article = new Article(title, List.of(EVIDENCE), language, Optional.empty(), Optional.empty(), url, site, Optional.empty());
        List<TopicScore> topics = List.of(new TopicScore("sanctions", "Sanctions", 0.76, true, List.of(new TermMatch("sanctions", 1)),
                List.of(), List.of()));
        return new Alert(new Analysis("s3://news-in/2026/11/28/iran-deal.html", article, topics, new Summary(title, List.of(EVIDENCE), "")),
                "s3://news-in/2026/11/28/iran-deal.html");
    }

    @Test
    void aHeadlineInAScriptWithoutTransliterationGivesASubjectSayingWhatAndWhere() {
        String arabic = "واشنطن وبروكسل تفرضان العقوبات على شركات إيرانية";
        assertEquals("News Sentinel [sanctions 0.76]: Arabic article from iran-deal.html",
                AlertMessage.render(foreign(arabic, "ar", Optional.of("الشرق اليوم"), Optional.empty())).subject());
        // Only its punctuation would survive ASCII: a lone quote is no subject.
        String hebrew = "ארה\"ב מטילה סנקציות חדשות על רשת הברחת נפט איראנית";
        assertEquals("News Sentinel [sanctions 0.76]: Hebrew article from news.example.co.il",
                AlertMessage.render(foreign(hebrew, "he", Optional.empty(), Optional.of("https://news.example.co.il/a/1"))).subject());
        assertEquals("News Sentinel [sanctions 0.76]: article from Gulf Daily",
                AlertMessage.render(foreign(arabic, "und", Optional.of("Gulf Daily"), Optional.empty())).subject());
        // A Chinese phrase before a whole English headline: the English is the subject.
        assertEquals("News Sentinel [sanctions 0.76]: NATO allies agree to boost eastern flank air defences",
                AlertMessage.render(foreign("北约盟国同意加强东翼防空 NATO allies agree to boost eastern flank air defences", "en",
                        Optional.empty(), Optional.empty())).subject());
        // Mixed scripts: half a headline would mislead.
        assertEquals("News Sentinel [sanctions 0.76]: Chinese article from iran-deal.html",
                AlertMessage.render(foreign("Gazprom 与中国签署协议", "zh", Optional.empty(), Optional.empty())).subject());
    }

    @Test
    void anAllCapitalsAbbreviationIsTransliteratedLetterByLetter() {
        String subject = AlertMessage.render(foreign("ЄС ухвалив 21-й пакет санкцій проти Росії", "uk", Optional.empty(),
                Optional.empty())).subject();
        assertEquals("News Sentinel [sanctions 0.76]: YeS ukhvaliv 21-y paket sanktsiy proti Rosiyi", subject);
    }

    @Test
    void emailCarriesEverythingTheAnalystNeeds() {
        String email = AlertMessage.render(plain()).email();
        assertTrue(email.startsWith("Gazprom halts Nord Stream for ten days\n\n"), email);
        for (String expected : List.of("Publisher: Energy Daily\n", "Published: 2026-11-28\n", "By: Jane Doe\n",
                "Article: https://energy.example/gazprom-halts\n", "Source: s3://news-in/2026/11/28/gazprom.html\n",
                "- Pipelines (pipelines): score 0.93\n", "  Terms: nord stream x3, pipeline x2\n", "  * " + EVIDENCE + "\n",
                "- Sanctions (sanctions): score 0.71\n", "  * The EU weighed new sanctions.\n",
                "Summary\n- " + EVIDENCE + "\n- Prices rose.\n")) {
            assertTrue(email.contains(expected), "missing " + expected + " in\n" + email);
        }
        assertTrue(email.indexOf("Pipelines (pipelines)") < email.indexOf("Sanctions (sanctions)"), "strongest first");
        assertFalse(email.contains("NATO"), "a topic that did not fire is not listed");
    }

    @Test
    void emailWithoutUrlSaysWhereTheObjectIs() {
        String email = AlertMessage.render(alert("Title", List.of("Only sentence."), Optional.empty())).email();
        assertFalse(email.contains("Article:"), email);
        assertTrue(email.contains("Source: s3://news-in/2026/11/28/gazprom.html"), email);
    }

    @Test
    void smsIsOneGsm7PartEvenForACyrillicHeadline() {
        String cyrillic = "«Газпром» остановил поставки газа по «Северному потоку» на десять дней из-за ремонта турбины "
                + "в Канаде, сообщили в компании во вторник вечером";
        String sms = AlertMessage.render(alert(cyrillic, List.of(EVIDENCE), Optional.empty())).sms();
        SmsTextTest.assertGsm7SinglePart(sms);
        assertTrue(sms.startsWith("#pipelines 0.93 #sanctions 0.71: \"Gazprom\" ostanovil"), sms);
    }

    @Test
    void articleControlCharactersBidiAndMarkupNeverReachAnyBody() {
        String evil = "Pipeline\u0007 <img src=x onerror=alert(1)>blast\u202e\u2066 at\r\nport\u200b &lt;b&gt;today\u0000";
        Alert a = alert(evil, List.of(evil, "Second <i>sentence</i>."), Optional.of("https://x.example/a\u0000<b>"));
        AlertMessage m = AlertMessage.render(a);
        for (String body : List.of(m.subject(), m.email(), m.sms(), m.defaultBody())) {
            for (char c : body.toCharArray()) {
                assertFalse(Character.isISOControl(c) && c != '\n', "control U+" + Integer.toHexString(c) + " in " + body);
                assertFalse(Character.getType(c) == Character.FORMAT, "format U+" + Integer.toHexString(c) + " in " + body);
            }
            assertFalse(body.contains("<") || body.contains(">"), "markup in " + body);
        }
        assertTrue(m.email().startsWith("Pipeline blast at port today\n"), m.email());
        assertTrue(m.email().contains("- Second sentence.\n"), "inline tags leave words whole: " + m.email());
        assertFalse(m.subject().contains("\n") || m.sms().contains("\n") || m.defaultBody().contains("\n"));
    }

    @Test
    void defaultBodyIsOneReadableParagraph() {
        String body = AlertMessage.render(plain()).defaultBody();
        assertEquals("News Sentinel alert (pipelines 0.93, sanctions 0.71): Gazprom halts Nord Stream for ten days - "
                + EVIDENCE + " Prices rose. Article: https://energy.example/gazprom-halts"
                + " Source: s3://news-in/2026/11/28/gazprom.html", body);
    }
}
