package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
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
    void chineseHardWrappedAtAFixedWidthIsJoinedAgainWithoutSpacesNotDroppedAsMenus() {
        String second = ZH_SECOND + "斯洛伐克经济部称，本国库存可维持约九十天。欧盟委员会发言人说：\u201c我们正在与成员国密切协调。\u201d他说。";

        Article a = extractor.extract("德鲁日巴输油管道爆炸 匈牙利原油供应中断\n\n" + wrap(ZH_LEAD, 36) + "\n\n" + wrap(second, 36) + "\n");

        assertEquals("德鲁日巴输油管道爆炸 匈牙利原油供应中断", a.title());
        assertEquals(List.of(ZH_LEAD, second), a.paragraphs());
    }

    @Test
    void japaneseHardWrappedAtAFixedWidthIsJoinedAgain() {
        String second = "ハンガリーの外相は「製油所の稼働は戦略備蓄で維持する」と述べた。スロバキア経済省は、国内の在庫は約90日分あるとしている。";

        Article a = extractor.extract("ハンガリー向け原油供給が停止\n\n" + wrap(JA_LEAD, 30) + "\n\n" + wrap(second, 30) + "\n");

        assertEquals("ハンガリー向け原油供給が停止", a.title());
        assertEquals(List.of(JA_LEAD, second), a.paragraphs());
    }

    @Test
    void otherStoriesHeadlinesOfLikeLengthBelowTheArticleAreNotJoinedIntoAParagraph() {
        Article a = extractor.extract("德鲁日巴输油管道爆炸 匈牙利原油供应中断\n\n" + ZH_LEAD + "\n\n" + ZH_SECOND + "\n\n相关新闻\n"
                + "欧盟讨论新一轮对俄制裁措施 匈牙利表示反对\n匈牙利总理访问北京 双方签署能源合作协议\n斯洛伐克议会通过能源安全法 储备增至百日\n");

        assertEquals(List.of(ZH_LEAD, ZH_SECOND), a.paragraphs());
    }

    @Test
    void paragraphsOfLikeLengthOneALineAreNotJoined() {
        String first = "俄罗斯国有管道运营商周二表示，德鲁日巴输油管道发生爆炸，运营商已暂停向匈牙利供油。";
        String second = "匈牙利外交部长表示，政府将动用战略储备以保障炼油厂运转，斯洛伐克也将动用其库存。";
        String third = "分析人士认为，此次中断可能推高中欧地区的柴油价格，各方尚未就维修费用作出回应。";

        Article a = extractor.extract("德鲁日巴输油管道爆炸 匈牙利原油供应中断\n\n" + first + "\n" + second + "\n" + third + "\n");

        assertEquals(List.of(first, second, third), a.paragraphs());
    }

    @Test
    void chineseAndJapanesePublicationAndSourceLinesAreNoParagraphs() {
        Article zh = extractor.extract("德鲁日巴输油管道爆炸 匈牙利原油供应中断\n\n发布时间：2025-03-04 10:32\n来源：新华社\n\n"
                + ZH_LEAD + "\n\n" + ZH_SECOND + "\n");
        Article ja = extractor.extract("ハンガリー向け原油供給が停止\n\n配信日：2025年3月4日 10時32分\n\n" + JA_LEAD + "\n\n出典：共同通信\n");

        assertEquals(List.of(ZH_LEAD, ZH_SECOND), zh.paragraphs());
        assertEquals(Optional.of("新华社"), zh.attribution());
        assertEquals(List.of(JA_LEAD), ja.paragraphs());
        assertEquals(Optional.of("共同通信"), ja.attribution());
    }

    @Test
    void aChineseInformationLineGivesTheSourceAndWritersAndIsNoParagraph() {
        for (String info : List.of("2025-03-04 10:32:15 来源：人民网 作者：王明 李华", "2025年03月04日 10:32 | 来源： 人民网 | 记者：王明 李华")) {
            Article a = extractor.extract("德鲁日巴输油管道爆炸 匈牙利原油供应中断\n\n" + info + "\n\n" + ZH_LEAD + "\n\n" + ZH_SECOND + "\n");

            assertEquals("德鲁日巴输油管道爆炸 匈牙利原油供应中断", a.title(), info);
            assertEquals(List.of(ZH_LEAD, ZH_SECOND), a.paragraphs(), info);
            assertEquals(Optional.of("人民网"), a.attribution(), info);
            assertEquals(Optional.of("王明, 李华"), a.byline(), info);
        }
    }

    @Test
    void aHeadlineThatOpensWithALabelWordIsNoInformationLine() {
        for (String headline : List.of("记者：现场直击匈牙利炼油厂", "时间：管道抢修进入关键阶段")) {
            Article a = extractor.extract(headline + "\n\n" + ZH_LEAD + "\n\n" + ZH_SECOND + "\n");

            assertEquals(headline, a.title());
            assertEquals(Optional.empty(), a.byline());
        }
    }

    @Test
    void chineseAndJapaneseMenusAndBreadcrumbsWithoutSpacesRoundTheirSeparatorsAreNoHeadline() {
        for (String menu : List.of("首页|国际|财经|科技|体育", "首页>国际>正文", "ホーム ＞ 国際 ＞ 欧州", "トップ｜国際｜経済｜政治",
                "首页 国际 财经 科技 体育 娱乐")) {
            Article a = extractor.extract(menu + "\n\n德鲁日巴输油管道爆炸|界面新闻\n\n" + ZH_LEAD + "\n\n" + ZH_SECOND + "\n");

            assertEquals("德鲁日巴输油管道爆炸|界面新闻", a.title(), menu);
            assertEquals(List.of(ZH_LEAD, ZH_SECOND), a.paragraphs(), menu);
        }
    }

    private static String wrap(String text, int width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i += width) {
            b.append(i == 0 ? "" : "\n").append(text, i, Math.min(text.length(), i + width));
        }
        return b.toString();
    }

    @Test
    void aJapaneseQuoteFollowedByItsSpeakerIsOneHeadline() {
        Article a = extractor.extract("「供給は止めない！」と外相が強調\n\n" + JA_LEAD + "\n");

        assertEquals("「供給は止めない！」と外相が強調", a.title());
    }
}
