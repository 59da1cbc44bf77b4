package org.newssentinel.bench.footprint;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes synthetic inputs at the size limit, deterministic for a seed: a news page (menus,
 * teasers, scripts and a very long article) and a single 10 MB paragraph of plain text, the
 * worst case for anything that works per paragraph.
 */
final class PageGenerator {

    private static final String[] WORDS = ("the a of and to in on for with pipeline gas oil sanctions alliance "
            + "minister said talks export Europe Russia Kazakhstan NATO summit treasury embargo transit capacity "
            + "government officials agreement energy security barrels deal week report analysts market price "
            + "tanker terminal construction route partners defence council vote").split(" ");

    private PageGenerator() {
    }

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
            int i = 0;
            while (written < bytes - tail.length() - 2000) {
                StringBuilder b = new StringBuilder(1500);
                if (++i % 25 == 0) {
                    b.append("<aside class=\"related\"><h3>You may also like</h3><ul>");
                    for (int k = 0; k < 5; k++) {
                        b.append("<li><a href=\"/t\">").append(sentence(r)).append("</a></li>");
                    }
                    b.append("</ul></aside><script>var x = {\"a\": 1};</script>");
                }
                b.append("<p>");
                for (int s = 0; s < 4; s++) {
                    b.append(sentence(r)).append(' ');
                }
                b.append("</p>\n");
                w.write(b.toString());
                written += b.length();
            }
            w.write(tail);
        }
    }

    static void text(Path target, long bytes, long seed) throws IOException {
        Random r = new Random(seed);
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write("Pipeline talks stall as sanctions bite\n\n");
            long written = 0;
            while (written < bytes - 2000) {
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
