package org.newssentinel.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newssentinel.pipeline.Analysis;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.topics.WatchTopics;

/**
 * Chinese and Japanese put no space after a sentence: a summary of such an article is made of its
 * sentences, not of whole paragraphs, and its SMS is one message.
 */
class ChineseJapaneseSummaryTest {

    /** The sentences of articles/zh-druzhba.txt's body, as its writer ended them. */
    private static final List<String> ZH = List.of(
            "俄罗斯国有管道运营商周二表示，德鲁日巴输油管道在布良斯克州发生爆炸后已暂停向匈牙利和斯洛伐克供油。",
            "运营商称，抢修工作预计需要至少五天。",
            "匈牙利外交部长表示，政府将动用战略储备以保障炼油厂运转！",
            "斯洛伐克经济部称，本国库存可维持约九十天。",
            "欧盟委员会发言人说：\u201c我们正在与成员国密切协调。\u201d",
            "分析人士认为，此次中断可能推高中欧地区的柴油价格。",
            "谁来承担维修费用？",
            "目前各方尚未作出回应。");

    /** The sentences of articles/ja-druzhba.txt's body; a quote and who said it are one sentence. */
    private static final List<String> JA = List.of(
            "ロシアの国営パイプライン会社は火曜日、ブリャンスク州でドルジバ・パイプラインが爆発し、ハンガリーとスロバキアへの送油を停止したと発表した。",
            "同社によると、復旧には少なくとも5日かかる見通しだ。",
            "ハンガリーの外相は「製油所の稼働は戦略備蓄で維持する。」と述べた。",
            "スロバキア経済省は、国内の在庫は約90日分あるとしている。",
            "欧州委員会の報道官は「加盟国と緊密に連携している。」と語った。",
            "アナリストは、今回の停止で中欧の軽油価格が上昇する可能性があると指摘した。",
            "修理費用は誰が負担するのか？",
            "各国はまだ回答していない。");

    private final ArticlePipeline pipeline = new ArticlePipeline(WatchTopics.defaults(), 3);

    @Test
    void aChineseSummaryIsThreeOfItsSentencesInArticleOrderAndItsSmsOneMessage() throws IOException {
        Analysis a = analyse("zh-druzhba.txt");

        assertSentencesOf(ZH, a.summary().sentences());
        assertOneUcs2Message(a.summary());
    }

    @Test
    void aJapaneseSummaryIsThreeOfItsSentencesInArticleOrderAndItsSmsTheHeadline() throws IOException {
        Analysis a = analyse("ja-druzhba.txt");

        assertSentencesOf(JA, a.summary().sentences());
        assertEquals("ドルジバ・パイプラインで爆発 ハンガリー向け原油供給が停止", a.summary().headline());
        assertEquals(a.summary().headline(), a.summary().sms());
    }

    @Test
    void aChinesePageIsTitledByItsHeadingAndSummarisedInItsSentencesWithAQuoteKeptWithItsSpeaker() throws IOException {
        Analysis a = analyse("zh-druzhba.html");

        assertEquals("德鲁日巴输油管道爆炸 匈牙利原油供应中断", a.summary().headline());
        assertSentencesOf(List.of(
                "俄罗斯国有管道运营商周二表示，德鲁日巴输油管道在布良斯克州发生爆炸后已暂停向匈牙利和斯洛伐克供油。",
                "运营商称，抢修工作预计需要至少五天。",
                "匈牙利外交部长表示，政府将动用战略储备以保障炼油厂运转。",
                "斯洛伐克经济部称，本国库存可维持约九十天。",
                "欧盟委员会发言人说：\u201c我们正在与成员国密切协调。\u201d他说。",
                "分析人士认为，此次中断可能推高中欧地区的柴油价格，并加剧对俄罗斯能源制裁的讨论。",
                "谁来承担维修费用？",
                "目前各方尚未作出回应。"), a.summary().sentences());
        assertEquals(a.summary().headline(), a.summary().sms());
        assertEquals(Optional.of("王明"), a.article().byline());
    }

    @Test
    void aJapanesePageTitleLosesTheSiteNameItsSeparatorJoinsWithoutSpaces() throws IOException {
        Analysis a = analyse("ja-druzhba.html");

        assertEquals("ドルジバ・パイプラインで爆発、ハンガリー向け原油供給が停止", a.summary().headline());
        assertSentencesOf(List.of(
                "【モスクワ=共同】ロシアの国営パイプライン会社は火曜日、ブリャンスク州でドルジバ・パイプラインが爆発し、"
                        + "ハンガリーとスロバキアへの送油を停止したと発表した。",
                "同社によると、復旧には少なくとも5日かかる見通しだ。",
                "ハンガリーの外相は「製油所の稼働は戦略備蓄で維持する」と述べた。",
                "スロバキア経済省は、国内の在庫は約90日分あるとしている。",
                "欧州委員会の報道官は「加盟国と緊密に連携している。」と語った。",
                "アナリストは、今回の停止で中欧の軽油価格が上昇する可能性があると指摘した。",
                "修理費用は誰が負担するのか？",
                "各国はまだ回答していない。"), a.summary().sentences());
        assertOneUcs2Message(a.summary());
    }

    private static void assertSentencesOf(List<String> sentences, List<String> summary) {
        assertEquals(3, summary.size(), summary.toString());
        List<Integer> at = new ArrayList<>();
        for (String s : summary) {
            assertTrue(sentences.contains(s), "not one sentence of the article: " + s);
            at.add(sentences.indexOf(s));
        }
        assertEquals(at.stream().sorted().toList(), at, "article order");
    }

    private static void assertOneUcs2Message(Summary s) {
        assertTrue(s.sms().length() <= 70, s.sms());
        assertTrue(!s.sms().isEmpty() && s.headline().startsWith(s.sms().replace("\u2026", "")), s.sms());
    }

    private Analysis analyse(String name) throws IOException {
        try (InputStream in = ChineseJapaneseSummaryTest.class.getResourceAsStream("/articles/" + name)) {
            return pipeline.process(new RawDocument(name, in.readAllBytes(), Optional.empty(), Optional.empty()));
        }
    }
}
