package org.newssentinel.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newssentinel.topics.TermMatch;
import org.newssentinel.topics.TopicScore;

public class SmsTextTest {

    /**
     * The GSM 03.38 / 3GPP TS 23.038 default alphabet, basic table, written out here from the
     * specification (rows of 16, code 0x00 first) so the test does not trust the code under test.
     * 0x1B (escape to the extension table) is left out: a lone escape is not text.
     */
    public static final String GSM7_BASIC =
            "@£$¥èéùìòÇ\nØø\rÅå"
            + "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
            + " !\"#¤%&'()*+,-./"
            + "0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNO"
            + "PQRSTUVWXYZÄÖÑÜ§"
            + "¿abcdefghijklmno"
            + "pqrstuvwxyzäöñüà";

    public static void assertGsm7SinglePart(String sms) {
        assertTrue(sms.length() <= 160, "length " + sms.length() + ": " + sms);
        for (char c : sms.toCharArray()) {
            assertTrue(GSM7_BASIC.indexOf(c) >= 0 && c != '\n' && c != '\r',
                    "not a one-septet GSM-7 character: U+" + Integer.toHexString(c) + " in " + sms);
        }
    }

    static TopicScore fired(String id, double score) {
        return new TopicScore(id, id, score, true, List.of(new TermMatch("pipeline", 2)), List.of(), List.of());
    }

    @Test
    void tableInTheTestMatchesTheSpecificationSize() {
        assertEquals(127, GSM7_BASIC.length(), "128 codes minus the escape");
        assertEquals(127, GSM7_BASIC.chars().distinct().count());
    }

    @Test
    void tagsScoreAndHeadline() {
        String sms = SmsText.compose("Gazprom halts Nord Stream flows",
                List.of(fired("sanctions", 0.72), fired("pipelines", 0.91),
                        new TopicScore("alliances", "Alliances", 0.3, false, List.of(), List.of(), List.of())));
        assertEquals("#pipelines 0.91 #sanctions 0.72: Gazprom halts Nord Stream flows", sms, "each topic with its own score");
    }

    @Test
    void noFiredTopicGivesTheHeadlineOnly() {
        assertEquals("Quiet day on the markets", SmsText.compose("Quiet day on the markets", List.of()));
        assertEquals("", SmsText.compose("", List.of()));
        assertEquals("#pipelines 0.91", SmsText.compose("  ", List.of(fired("pipelines", 0.91))));
    }

    @Test
    void longHeadlineIsShortenedOnAWordBoundary() {
        String headline = "European Union foreign ministers agree on a sweeping new package of sanctions targeting "
                + "Russian energy exports, shipping insurers and banks after talks in Brussels ran late into the night";
        String sms = SmsText.compose(headline, List.of(fired("sanctions", 0.88)));
        assertGsm7SinglePart(sms);
        assertTrue(sms.endsWith("..."), sms);
        String kept = sms.substring("#sanctions 0.88: ".length(), sms.length() - 3);
        assertTrue(headline.startsWith(kept), sms);
        assertEquals(' ', headline.charAt(kept.length()), "cut falls on a word boundary: " + sms);
        assertTrue(sms.length() > 140, "uses the room it has: " + sms.length());
    }

    @Test
    void cyrillicHeadlineIsTransliteratedIntoOneGsm7Part() {
        String headline = "«Газпром» остановил поставки газа по газопроводу «Северный поток» — Минэнерго сообщило "
                + "о плановом ремонте турбины и возможном продлении остановки до конца месяца";
        String sms = SmsText.compose(headline, List.of(fired("pipelines", 0.93)));
        assertGsm7SinglePart(sms);
        assertTrue(sms.startsWith("#pipelines 0.93: \"Gazprom\" ostanovil postavki gaza po gazoprovodu \"Severnyy potok\" - "), sms);
        assertTrue(sms.endsWith("..."), sms);
    }

    @Test
    void accentsKeptWhereGsm7HasThemAndFoldedWhereNot() {
        String sms = SmsText.compose("Total signe à Dunkerque; Łódź et São Paulo suivent – “déjà” vu…", List.of());
        assertGsm7SinglePart(sms);
        assertEquals("Total signe à Dunkerque; Lodz et Sao Paulo suivent - \"déjà\" vu...", sms);
    }

    @Test
    void extensionCharactersAreReplacedSoEachCharacterIsOneSeptet() {
        String sms = SmsText.compose("Price {est.} [EU] ~€5bn | up^", List.of());
        assertGsm7SinglePart(sms);
        assertEquals("Price (est.) (EU) -EUR5bn / up'", sms);
    }

    @Test
    void controlCharactersBidiAndMarkupNeverReachTheSms() {
        String sms = SmsText.compose("Oil\u0000 <b>spill</b>\u202e reversed\u200b\r\nin <script>x()</script> gulf &lt;i&gt;now",
                List.of());
        assertGsm7SinglePart(sms);
        assertEquals("Oil spill reversed in x() gulf now", sms);
    }

    @Test
    void scriptWithoutTransliterationUsesOneUcs2Part() {
        String headline = "俄罗斯天然气工业股份公司宣布暂停通过北溪管道向欧洲供应天然气，原因是涡轮机需要维修，"
                + "德国经济部表示将密切关注局势发展并准备应对方案";
        String sms = SmsText.compose(headline, List.of(fired("pipelines", 0.9)));
        assertTrue(sms.length() <= 70, "UCS-2 single part: " + sms.length());
        assertTrue(sms.startsWith("#pipelines 0.90: 俄罗斯"), sms);
        assertTrue(sms.endsWith("\u2026"), sms);
    }

    @Test
    void aChineseOrJapaneseHeadlineIsCutAfterAClauseNotInsideAWord() {
        String zh = "俄罗斯天然气工业股份公司宣布暂停通过北溪管道向欧洲供应天然气，原因是涡轮机需要维修，"
                + "德国经济部表示将密切关注局势发展并准备应对方案";
        String ja = "ロシアの国営パイプライン会社は火曜日、ブリャンスク州でドルジバ・パイプラインが爆発し、"
                + "ハンガリーとスロバキアへの送油を停止したと発表した";

        assertEquals("#pipelines 0.90: 俄罗斯天然气工业股份公司宣布暂停通过北溪管道向欧洲供应天然气，原因是涡轮机需要维修\u2026",
                SmsText.compose(zh, List.of(fired("pipelines", 0.9))));
        assertEquals("#pipelines 0.90: ロシアの国営パイプライン会社は火曜日、ブリャンスク州でドルジバ・パイプラインが爆発し\u2026",
                SmsText.compose(ja, List.of(fired("pipelines", 0.9))));
        assertEquals("#pipelines 0.90: 俄罗斯天然气工业股份公司宣布暂停通过北溪管道向欧洲供应天然气原因是涡轮机需要维修德国经济部表示将密切关注\u2026",
                SmsText.compose(zh.replace("，", ""), List.of(fired("pipelines", 0.9))), "no clause mark: cut at the limit");
    }

    @Test
    void manyTopicsStillLeaveRoomForTheHeadline() {
        List<TopicScore> many = List.of(fired("pipelines", 0.9), fired("sanctions", 0.8), fired("alliances", 0.7),
                fired("shipping-insurance-markets", 0.66), fired("critical-minerals-export-controls", 0.65),
                fired("nuclear-fuel-supply-chains", 0.6));
        String sms = SmsText.compose("Headline that should still be visible to the analyst", many);
        assertGsm7SinglePart(sms);
        assertTrue(sms.contains("Headline that should still be visible to the analyst"), sms);
        assertTrue(sms.startsWith("#pipelines 0.90 #sanctions 0.80 #alliances 0.70 "), sms);
        assertTrue(sms.contains(" +"), "hidden topics counted: " + sms);
        assertFalse(sms.substring(0, sms.indexOf(": ")).matches(".*#[a-z-]+ #.*"), "no tag without its score: " + sms);
    }

    @Test
    void capitalsStayCapitalsExceptInShortAbbreviationsWhoseLettersMustStayDistinct() {
        assertEquals("YeS i SShA", SafeText.gsm7("ЄС і США"), "not the English word YES");
        assertEquals("ZhKKh", SafeText.gsm7("ЖКХ"));
        assertEquals("GAZPROM SHCHITY", SafeText.gsm7("ГАЗПРОМ ЩИТЫ"), "a word in capitals stays in capitals");
        assertEquals("Yevrosoyuz Zhovten", SafeText.gsm7("Євросоюз Жовтень"));
    }

    @Test
    void whenOnlyOneTopicFitsItsScoreIsItsOwnAndTheRestAreCounted() {
        String headline = "俄罗斯天然气工业股份公司宣布暂停通过北溪管道向欧洲供应天然气";
        String sms = SmsText.compose(headline, List.of(fired("critical-minerals-export-controls", 0.9), fired("sanctions", 0.8)));
        assertEquals("#critical-minerals-export 0.90 +1: " + headline, sms, "half of a UCS-2 part for the tags, the tag cut to fit");
        assertTrue(sms.length() <= 70, "UCS-2 single part: " + sms.length());
    }

    @Test
    void currencySignsOutsideTheAlphabetBecomeTheirCodes() {
        assertEquals("Gazprom pays RUB120bn; KZT and AZN fall, INR steady at 50c", SafeText.gsm7(
                "Gazprom pays \u20bd120bn; \u20b8 and \u20bc fall, \u20b9 steady at 50\u00a2"));
        assertEquals("Naftogaz owes UAH3bn", SafeText.ascii("Naftogaz owes \u20b43bn"));
    }

    @Test
    void safeTextAsciiIsPrintableAscii() {
        String ascii = SafeText.ascii("Шольц: «Мы не будем платить» — €1,2 млрд\u202a\u0007");
        assertTrue(ascii.chars().allMatch(c -> c >= 0x20 && c < 0x7f), ascii);
        assertEquals("Sholts: \"My ne budem platit\" - EUR1,2 mlrd", ascii);
        assertFalse(SafeText.losesLetters("Шольц"));
        assertTrue(SafeText.losesLetters("習近平"));
    }
}
