package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scraped Chinese and Japanese text: its words have no spaces between them, so its headline is told
 * by its length and script, not by a count of words, and its sentences end in 。！？ with no space.
 */
class ChineseJapaneseTextTest {

    private static final String ZH_LEAD =
            "俄罗斯国有管道运营商周二表示，德鲁日巴输油管道在布良斯克州发生爆炸后已暂停向匈牙利和斯洛伐克供油。运营商称，抢修工作预计需要至少五天。";
    private static final String ZH_SECOND = "匈牙利外交部长表示，政府将动用战略储备以保障炼油厂运转。";
    private static final String JA_LEAD =
            "ロシアの国営パイプライン会社は火曜日、ドルジバ・パイプラインが爆発し、ハンガリーへの送油を停止したと発表した。復旧には少なくとも5日かかる見通しだ。";

    private final TextExtractor extractor = new TextExtractor();

    @Test
    void aChineseHeadlineOfTwoSpacedPhrasesIsTheTitle() {
        Article a = extractor.extract("德鲁日巴输油管道爆炸 匈牙利原油供应中断\n\n" + ZH_LEAD + "\n\n" + ZH_SECOND + "\n");

        assertEquals("德鲁日巴输油管道爆炸 匈牙利原油供应中断", a.title());
        assertEquals(List.of(ZH_LEAD, ZH_SECOND), a.paragraphs());
    }

    @Test
    void aJapaneseHeadlineWithNoSpaceAtAllIsTheTitleBelowItsBreadcrumbAndAboveItsDateline() {
        Article a = extractor.extract("ホーム > 国際 > 欧州\nハンガリー向け原油供給が停止\n\n2025年3月4日 10時32分\n\n" + JA_LEAD + "\n");

        assertEquals("ハンガリー向け原油供給が停止", a.title());
        assertEquals(List.of(JA_LEAD), a.paragraphs());
    }

    @Test
    void aShortSectionLabelAboveTheHeadlineIsNotTheTitle() {
        Article a = extractor.extract("国际\n\n中国对美国实施新的出口管制\n\n" + ZH_LEAD + "\n\n" + ZH_SECOND + "\n");

        assertEquals("中国对美国实施新的出口管制", a.title());
        assertEquals(List.of(ZH_LEAD, ZH_SECOND), a.paragraphs());
    }

    @Test
    void anOpeningParagraphOfTwoSentencesIsNotATitleEvenAboveALongerOne() {
        String longer = ZH_SECOND + "斯洛伐克经济部称，本国库存可维持约九十天，分析人士认为，此次中断可能推高中欧地区的柴油价格。";
        String lead = "俄罗斯国有管道运营商周二表示，德鲁日巴输油管道发生爆炸。运营商称，抢修工作预计需要至少五天。";

        Article a = extractor.extract(lead + "\n\n" + longer + "\n");

        assertEquals("", a.title());
        assertEquals(List.of(lead, longer), a.paragraphs());
    }

    @Test
    void anOpeningSentenceThatEndsInAFullStopIsNotATitle() {
        String lead = "运营商周二表示，德鲁日巴输油管道发生爆炸，抢修需要五天。";

        Article a = extractor.extract(lead + "\n\n" + ZH_LEAD + "\n");

        assertEquals("", a.title());
        assertEquals(List.of(lead, ZH_LEAD), a.paragraphs());
    }

    @Test
    void aLongOpeningLineWithoutItsFullStopIsALeadNotATitle() {
        String lead = "中国商务部周一宣布对美国公司实施新的出口管制和制裁措施，涉及稀土、镓、锗和石墨等关键矿产，美国表示将作出回应并与盟友协调立场";

        Article a = extractor.extract(lead + "\n\n" + ZH_LEAD + "\n");

        assertEquals("", a.title());
        assertEquals(List.of(lead, ZH_LEAD), a.paragraphs());
    }

    @Test
    void aJapaneseQuoteFollowedByItsSpeakerIsOneHeadline() {
        Article a = extractor.extract("「供給は止めない！」と外相が強調\n\n" + JA_LEAD + "\n");

        assertEquals("「供給は止めない！」と外相が強調", a.title());
    }
}
