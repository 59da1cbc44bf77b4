package org.newssentinel.clean;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Recognises the legacy multi-byte charsets of Chinese, Japanese and Korean text in bytes that
 * are not UTF-8 and declare no charset: GB18030 (and its subsets GBK and GB2312), Big5,
 * Shift_JIS (as windows-31j), EUC-JP and EUC-KR (as windows-949 where the runtime has it).
 *
 * <p>Each candidate must first read the bytes with almost no malformed sequence (Cyrillic 8-bit
 * text breaks the double-byte structures at the ends of its words); of those that do, the one whose reading consists most of the characters a text in
 * its language is made of (the commonest Han characters, kana, the commonest Hangul syllables,
 * CJK punctuation) wins, if that share is plausible for real text. Wrong readings of CJK bytes,
 * and readings of Western 8-bit text that happen to be valid, give rare characters, so the
 * share separates them. Only the first {@value #SAMPLE}
 * bytes are inspected, and only when most of their non-ASCII bytes stand next to another
 * non-ASCII byte (a CJK character is two such bytes, or a lead byte before an ASCII-range
 * trail; Western 8-bit text has single accented letters between ASCII ones), so most uploads
 * pay one counting pass. Markup and ASCII around the text do not matter to either test.
 * Stateless and thread-safe.
 */
final class EastAsianCharsets {

    /** Bytes inspected at most. */
    static final int SAMPLE = 8192;
    /** Share of the non-ASCII bytes that must have a non-ASCII neighbour before any CJK reading is tried. */
    private static final double MIN_PAIRED_SHARE = 0.5;
    /** Fewest non-ASCII bytes worth judging: a few characters say nothing about a charset. */
    private static final int MIN_HIGH_BYTES = 12;
    /** Share of a reading's non-ASCII characters that may be malformed (a sample cut inside a character, a stray byte). */
    private static final double MAX_ERROR_SHARE = 0.02;
    /** Share of a reading's non-ASCII characters that must be common ones for the reading to be believed. */
    private static final double MIN_COMMON_SHARE = 0.3;

    /** About 500 of the commonest Han characters of Chinese text, with the traditional forms of those that differ. */
    private static final String COMMON_HAN = "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里"
            + "用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机"
            + "十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回"
            + "特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少"
            + "报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像"
            + "难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言"
            + "联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府"
            + "离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功包片史委乎查轻易早曾除农找装广显阿李标谈吃图念六引历"
            + "首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敢"
            + "這個們來為國說時會對過發後裡學現當沒動還進樣實從軍無與長機開關點業將兩間問體經電數報結總難見設資產則聽卻達邊變氣題爾別話義"
            + "記區員團質師觀確傳領術號論處隊聯擊條車親極辦議轉單萬覺種讓識帶導爭運飛風雖響勢參眾構並歷醫專盡費層據";
    /** About 120 of the commonest Hangul syllables of Korean text. */
    private static final String COMMON_HANGUL = "이다의는에을를하고가서기한지로사도대자인정일국부적보시과어수장리제해전라주아나우으여들성와있것소공상원"
            + "된했면년등동위경관문내그만선중화연미신학말세민간유조계요무방금발개비안회후재결통당생합실오터물구모체마불영드반식"
            + "습니되않었게없까";
    /** CJK punctuation and full-width forms that Chinese, Japanese and Korean text use between words. */
    private static final String CJK_PUNCTUATION = "，。、：；！？（）「」『』《》“”‘’・…—";

    private static final List<Candidate> CANDIDATES = candidates();

    /** A charset and the characters a text in its language mostly consists of. */
    private record Candidate(Charset charset, BitSet common) {
    }

    private EastAsianCharsets() {
    }

    /** The legacy CJK charset the bytes are written in, or empty when they do not look like CJK text. */
    static Optional<Charset> guess(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE);
        int high = 0;
        int paired = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] < 0) {
                high++;
                if ((i > 0 && bytes[i - 1] < 0) || (i + 1 < n && bytes[i + 1] < 0)) {
                    paired++;
                }
            }
        }
        if (high < MIN_HIGH_BYTES || paired < MIN_PAIRED_SHARE * high) {
            return Optional.empty();
        }
        Optional<Charset> best = Optional.empty();
        double bestShare = MIN_COMMON_SHARE;
        for (Candidate candidate : CANDIDATES) {
            double share = commonShare(bytes, n, candidate.charset(), candidate.common());
            if (share > bestShare) {
                best = Optional.of(candidate.charset());
                bestShare = share;
            }
        }
        return best;
    }

    /** Share of {@code common} characters among the reading's non-ASCII ones; 0 when the reading has too many malformed bytes. */
    private static double commonShare(byte[] bytes, int n, Charset charset, BitSet common) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\uFFFD");
        CharBuffer text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, 0, n));
        } catch (CharacterCodingException impossible) {
            // REPLACE on both kinds of error: the decoder has nothing left to report.
            return 0;
        }
        int nonAscii = 0;
        int errors = 0;
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if (c == '\uFFFD') {
                errors++;
            } else if (common.get(c)) {
                found++;
            }
        }
        // One malformed sequence is allowed for a sample cut inside a character.
        if (nonAscii == 0 || errors > 1 + MAX_ERROR_SHARE * nonAscii) {
            return 0;
        }
        return (double) found / nonAscii;
    }

    // In order of preference on a tie. Chinese text has no kana and Korean text little Han, so each
    // language counts only its own characters: a Japanese text read as GB18030 (whose kana rows
    // coincide with EUC-JP's) scores by its misread kanji alone. The Microsoft supersets read what
    // sites actually send under the plain labels; a runtime without the extended charsets module
    // simply tries fewer candidates.
    private static List<Candidate> candidates() {
        BitSet chinese = chars(COMMON_HAN + CJK_PUNCTUATION);
        BitSet japanese = chars(COMMON_HAN + CJK_PUNCTUATION);
        japanese.set(0x3041, 0x3097);
        japanese.set(0x30A1, 0x30FB);
        japanese.set(0x30FC);
        BitSet korean = chars(COMMON_HANGUL + CJK_PUNCTUATION);
        List<Candidate> found = new ArrayList<>();
        add(found, chinese, "GB18030");
        add(found, chinese, "Big5");
        add(found, japanese, "windows-31j", "Shift_JIS");
        add(found, japanese, "EUC-JP");
        add(found, korean, "x-windows-949", "EUC-KR");
        return List.copyOf(found);
    }

    private static void add(List<Candidate> candidates, BitSet common, String... names) {
        for (String name : names) {
            if (Charset.isSupported(name)) {
                candidates.add(new Candidate(Charset.forName(name), common));
                return;
            }
        }
    }

    private static BitSet chars(String s) {
        BitSet set = new BitSet(0x10000);
        s.chars().forEach(set::set);
        return set;
    }
}
