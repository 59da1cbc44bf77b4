package org.newssentinel.bench.footprint;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes synthetic inputs at the input limits, deterministic for a seed: a markup-heavy page of
 * the maximum size and a single paragraph of plain text of nearly the maximum length, the worst
 * case for anything that works per paragraph or per sentence.
 */
final class PageGenerator {

    private static final String[] WORDS = ("the a of and to in on for with pipeline gas oil sanctions alliance "
            + "minister said talks export Europe Russia Kazakhstan NATO summit treasury embargo transit capacity "
            + "government officials agreement energy security barrels deal week report analysts market price "
            + "tanker terminal construction route partners defence council vote").split(" ");

    private PageGenerator() {
    }

    /**
     * A page at the input limits: {@code bytes} long, heavy with markup (about 350,000 tags, under
     * the tag limit) and with under 2,000,000 characters of text (the text limit), so that it is
     * parsed and analysed rather than rejected. Each block is a paragraph of prose followed by
     * eighty small inline elements.
     */
    static void html(Path target, long bytes, long seed) throws IOException {
        Random r = new Random(seed);
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            long written = 0;
            String head = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Generated page</title>"
                    + "<meta property=\"og:title\" content=\"Pipeline talks stall as sanctions bite\"></head><body>"
                    + "<header><nav><ul>" + "<li><a href=\"/x\">Section</a></li>".repeat(40) + "</ul></nav></header>"
                    + "<article><h1>Pipeline talks stall as sanctions bite</h1>";
            w.write(head);
            written += head.length();
            String tail = "</article><footer><p>Copyright</p></footer></body></html>";
            while (written < bytes - tail.length() - 4000) {
                StringBuilder b = new StringBuilder(2600);
                b.append("<div class=\"row\"><p>").append(sentence(r)).append(' ').append(sentence(r)).append("</p>");
                for (int k = 0; k < 80; k++) {
                    b.append("<span class=\"tag\">").append((char) ('a' + r.nextInt(26))).append("x</span>");
                }
                b.append("</div>\n");
                w.write(b.toString());
                written += b.length();
            }
            w.write(tail);
        }
    }

    /** One paragraph of {@code chars} characters of plain text (keep it under the text limit). */
    static void text(Path target, long chars, long seed) throws IOException {
        Random r = new Random(seed);
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write("Pipeline talks stall as sanctions bite\n\n");
            long written = 0;
            while (written < chars - 2000) {
                String s = sentence(r) + ' ';
                w.write(s);
                written += s.length();
            }
            w.write("\n");
        }
    }

    private static String sentence(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 8 + r.nextInt(20);
        for (int i = 0; i < n; i++) {
            String word = WORDS[r.nextInt(WORDS.length)];
            b.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            b.append(i == n - 1 ? "." : " ");
        }
        return b.toString();
    }
}
