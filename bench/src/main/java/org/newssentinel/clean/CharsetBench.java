package org.newssentinel.clean;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Cost of recognising legacy CJK charsets on the path every undeclared non-UTF-8 upload takes:
 * {@link EastAsianCharsets#guess} against {@link Charsets#guessSingleByte} (the step that
 * decided alone before it), in the same run, and the whole {@link Charsets#detect}.
 */
public final class CharsetBench {

    private static final int SIZE = 32 * 1024;
    private static final int ROUNDS = 2000;

    private CharsetBench() {
    }

    public static void main(String[] args) {
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        inputs.put("Russian, windows-1251", repeated("Правительство заявило, что строительство нового трубопровода начнётся весной, "
                + "а переговоры о цене транзита продолжатся на следующей неделе. ", "windows-1251"));
        inputs.put("Russian, KOI8-R", repeated("Правительство заявило, что строительство нового трубопровода начнётся весной. ", "KOI8-R"));
        inputs.put("German, ISO-8859-1", repeated("Russland hat die Gaslieferungen über die Pipeline gedrosselt. Die Bundesregierung "
                + "prüft Maßnahmen, sagte ein Sprecher. ", "ISO-8859-1"));
        inputs.put("Chinese, GB18030", repeated("中国商务部周一宣布对美国公司实施新的出口管制措施，涉及稀土和镓等关键矿产。", "GB18030"));
        inputs.put("Chinese, Big5", repeated("台灣經濟部週二表示，政府將擴大對半導體產業的投資，並與美國和日本加強合作。", "Big5"));
        inputs.put("Japanese, Shift_JIS", repeated("日本政府は火曜日、新たな制裁措置を検討していると発表した。", "Shift_JIS"));
        inputs.put("Korean, EUC-KR", repeated("한국 정부는 화요일 러시아에 대한 새로운 제재 조치를 발표했다. ", "EUC-KR"));
        System.out.printf(Locale.ROOT, "%d KB inputs, %d calls each after as many warm-up calls (us per call)%n", SIZE / 1024, ROUNDS);
        System.out.println("input                    CJK step  single-byte guess  CJK/single  whole detect  charset");
        long sink = 0;
        for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
            byte[] b = e.getValue();
            for (int i = 0; i < ROUNDS; i++) {
                sink += EastAsianCharsets.guess(b).hashCode() + Charsets.guessSingleByte(b).hashCode()
                        + Charsets.detect(b, Optional.empty()).hashCode();
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < ROUNDS; i++) {
                sink += EastAsianCharsets.guess(b).hashCode();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < ROUNDS; i++) {
                sink += Charsets.guessSingleByte(b).hashCode();
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < ROUNDS; i++) {
                sink += Charsets.detect(b, Optional.empty()).hashCode();
            }
            long t3 = System.nanoTime();
            double cjk = (t1 - t0) / 1e3 / ROUNDS;
            double single = (t2 - t1) / 1e3 / ROUNDS;
            System.out.printf(Locale.ROOT, "%-22s %10.1f  %17.1f  %10.2f  %12.1f  %s%n", e.getKey(), cjk, single, cjk / single,
                    (t3 - t2) / 1e3 / ROUNDS, Charsets.detect(b, Optional.empty()));
        }
        System.out.println(sink == 42 ? "!" : "");
    }

    private static byte[] repeated(String text, String charset) {
        StringBuilder b = new StringBuilder();
        while (b.length() * 2 < SIZE) {
            b.append(text);
        }
        byte[] bytes = b.toString().getBytes(Charset.forName(charset));
        return java.util.Arrays.copyOf(bytes, Math.min(bytes.length, SIZE));
    }
}
