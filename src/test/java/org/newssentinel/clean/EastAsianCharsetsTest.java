package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Undeclared legacy CJK bytes, generated here from Java strings with the JDK's encoders. */
class EastAsianCharsetsTest {

    private static final String CHINESE = "中国商务部周一宣布对美国公司实施新的出口管制措施，涉及稀土和镓等关键矿产。商务部发言人表示，"
            + "这些措施是为了维护国家安全和利益，并将于下月起正式生效。分析人士认为，此举可能进一步加剧两国之间的贸易紧张局势。";
    private static final String TRADITIONAL = "台灣經濟部週二表示，政府將擴大對半導體產業的投資，並與美國和日本加強合作。官員說，"
            + "這項計畫的目標是確保關鍵技術的供應鏈安全。分析人士指出，兩岸關係的緊張可能會影響外國企業的投資決定。";
    private static final String JAPANESE = "日本政府は火曜日、ロシア産の液化天然ガスの輸入について、新たな制裁措置を検討していると発表した。"
            + "経済産業省の担当者によると、エネルギー供給への影響を最小限に抑えるため、欧州の同盟国と協議を続けるという。";
    private static final String KOREAN = "한국 정부는 화요일 러시아에 대한 새로운 제재 조치를 발표했다. 산업통상자원부는 반도체와 전자 부품의 "
            + "수출을 제한하고, 미국 및 유럽 동맹국과 긴밀히 협력할 것이라고 밝혔다. 전문가들은 이번 조치가 양국 관계에 영향을 줄 수 있다고 분석했다.";
    private static final String RUSSIAN = "Правительство заявило, что строительство нового трубопровода начнётся "
            + "весной, а переговоры о цене транзита продолжатся на следующей неделе.";
    private static final String GERMAN = "Russland hat die Gaslieferungen über die Pipeline gedrosselt. Die Bundesregierung prüft Maßnahmen, "
            + "sagte ein Sprecher am Montag. Über die Höhe der Schäden ist nichts bekannt.";

    private static byte[] encoded(String text, String charset) {
        Charset cs = Charset.forName(charset);
        assertTrue(cs.newEncoder().canEncode(text), "the fixture is representable in " + charset);
        return text.getBytes(cs);
    }

    private static void readsBack(String text, String charset) {
        byte[] bytes = encoded(text, charset);
        assertEquals(text, Charsets.decode(bytes, Optional.empty()), charset);
        // With ASCII around it, as in a scraped page: headline markers, figures, a Latin name.
        String mixed = "== 2026-11-29 Reuters ==\n\n" + text + "\n\n(Reporting by Jane Doe; 12.5%)\n";
        assertEquals(mixed, Charsets.decode(encoded(mixed, charset), Optional.empty()), charset + " among ASCII");
    }

    @Test
    void simplifiedChineseInGb18030AndItsSubsetsIsRead() {
        readsBack(CHINESE, "GB18030");
        readsBack(CHINESE, "GBK");
        readsBack(CHINESE, "GB2312");
    }

    @Test
    void traditionalChineseInBig5IsRead() {
        readsBack(TRADITIONAL, "Big5");
    }

    @Test
    void japaneseInShiftJisAndEucJpIsRead() {
        readsBack(JAPANESE, "Shift_JIS");
        readsBack(JAPANESE, "EUC-JP");
    }

    @Test
    void koreanInEucKrIsRead() {
        readsBack(KOREAN, "EUC-KR");
    }

    @Test
    void anUndeclaredPageWhoseMarkupOutweighsItsTextIsRead() {
        String style = "<style>.nav a{color:#333;margin:0 4px}.footer{font-size:12px;padding:8px 0}</style>\n".repeat(40);
        String page = "<html><head><title>" + CHINESE.substring(0, 12) + "</title>\n" + style + "</head><body><article><p>"
                + CHINESE + "</p></article></body></html>";
        byte[] bytes = encoded(page, "GBK");
        assertTrue(bytes.length > 3000 && bytes.length < EastAsianCharsets.SAMPLE, "markup is most of the inspected bytes");
        assertEquals(Optional.of(Charset.forName("GB18030")), EastAsianCharsets.guess(bytes));
        assertEquals(page, Charsets.decode(bytes, Optional.empty()));
    }

    @Test
    void singleByteTextIsNotTakenForEastAsian() {
        for (String charset : new String[] {"windows-1251", "KOI8-R"}) {
            assertEquals(Optional.empty(), EastAsianCharsets.guess(encoded(RUSSIAN, charset)), charset);
            assertEquals(Optional.empty(), EastAsianCharsets.guess(encoded(RUSSIAN.toLowerCase(java.util.Locale.ROOT), charset)), charset);
            assertEquals(RUSSIAN, Charsets.decode(encoded(RUSSIAN, charset), Optional.empty()), charset);
        }
        assertEquals(Optional.empty(), EastAsianCharsets.guess(encoded(GERMAN, "ISO-8859-1")));
        assertEquals(GERMAN, Charsets.decode(encoded(GERMAN, "ISO-8859-1"), Optional.empty()));
        assertEquals(Optional.empty(), EastAsianCharsets.guess(encoded(GERMAN.toUpperCase(java.util.Locale.ROOT), "ISO-8859-1")));
    }

    @Test
    void aFewCharactersAreTooLittleToJudge() {
        assertEquals(Optional.empty(), EastAsianCharsets.guess(encoded("Oil: 中国", "GB18030")));
    }

    @Test
    void onlyTheFirstBytesAreInspected() {
        // A long Western text with a Chinese tail: the sample holds no CJK bytes, so no CJK reading is tried.
        String western = "Oil prices rose on Monday. ".repeat(EastAsianCharsets.SAMPLE / 20);
        byte[] bytes = encoded(western + CHINESE, "GB18030");
        assertEquals(Optional.empty(), EastAsianCharsets.guess(bytes));
    }

    @Test
    void aDeclaredCharsetAndUtf8StillComeFirst() {
        assertEquals(CHINESE, Charsets.decode(encoded(CHINESE, "UTF-8"), Optional.empty()));
        assertEquals(CHINESE, Charsets.decode(encoded(CHINESE, "GBK"), Optional.of("text/plain; charset=GBK")));
        String meta = "<html><head><meta charset=\"big5\"></head><body>" + TRADITIONAL + "</body></html>";
        assertEquals(meta, Charsets.decode(encoded(meta, "Big5"), Optional.empty()));
    }
}
