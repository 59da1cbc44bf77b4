package org.newssentinel.robust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Generates the large pages the memory bound is checked on, deterministically, so the integration
 * test and {@code bench/robust-memory.sh} measure the same bytes. {@code main(dir)} writes them.
 */
public final class LargePages {

    public static final int TEN_MB = 10 * 1000 * 1000;

    private static final List<String> WORDS = List.of("the", "pipeline", "oil", "gas", "sanctions", "Russia", "Kazakhstan",
            "Europe", "minister", "said", "on", "Monday", "exports", "alliance", "NATO", "talks", "energy", "price", "market",
            "Caspian", "route", "tanker", "deal", "treaty", "summit", "government", "officials", "analysts", "would", "could",
            "new", "old", "supply", "demand", "terminal", "capacity", "barrels", "per", "day", "and", "of", "to", "in", "a");

    private LargePages() {
    }

    /**
     * A heavy but ordinary news page of about {@code bytes}: a short article (about 30 KB of text)
     * inside navigation, inline scripts and styles, teasers, JSON-LD and comment widgets.
     */
    public static String markupHeavyPage(int bytes) {
        Random r = new Random(1);
        StringBuilder page = new StringBuilder(bytes + 100_000);
        page.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Caspian pipeline talks stall as sanctions bite")
                .append("</title><style>").append(".c{color:#333;margin:0 auto;padding:4px}\n".repeat(2000)).append("</style></head><body>");
        page.append("<nav class=\"menu\"><ul>");
        for (int i = 0; i < 2000; i++) {
            page.append("<li class=\"menu-item\"><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
        }
        page.append("</ul></nav><main><article><h1>Caspian pipeline talks stall as sanctions bite</h1>");
        while (page.length() < 400_000) {
            page.append("<p>").append(sentences(r, 4)).append("</p>\n");
        }
        page.append("</article>");
        int teaser = 0;
        while (page.length() < bytes - 200) {
            page.append("<aside class=\"related\"><div class=\"teaser\" data-id=\"").append(teaser++).append("\"><a href=\"/story/")
                    .append(teaser).append("\"><img src=\"/img/").append(teaser).append(".jpg\" alt=\"\"><span>More stories</span></a>")
                    .append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"id\":").append(teaser)
                    .append(",\"tracking\":\"").append("x".repeat(200)).append("\"}</script></div></aside>\n");
        }
        return page.append("</main><footer>Copyright Example Media</footer></body></html>").toString();
    }

    /** A page of about {@code bytes} whose article carries {@code textChars} characters of text: the most text the default limits let through. */
    public static String textHeavyPage(int bytes, int textChars) {
        Random r = new Random(2);
        StringBuilder page = new StringBuilder(bytes + 100_000);
        page.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Pipeline sanctions and alliances, a long report</title></head>")
                .append("<body><article><h1>Pipeline sanctions and alliances, a long report</h1>");
        int text = 0;
        while (text < textChars) {
            String p = sentences(r, 5);
            text += p.length() + 2;
            page.append("<div class=\"para-wrapper\" data-track=\"").append(text).append("\"><p>").append(p).append("</p></div>\n");
        }
        page.append("</article>");
        while (page.length() < bytes - 100) {
            page.append("<script>window.dataLayer.push({\"event\":\"scroll\",\"depth\":").append(page.length()).append("});</script>\n");
        }
        return page.append("</body></html>").toString();
    }

    /** One line of words, no line break, of about {@code bytes}. */
    public static String singleLine(int bytes) {
        Random r = new Random(3);
        StringBuilder line = new StringBuilder(bytes + 200);
        while (line.length() < bytes) {
            line.append(sentences(r, 1)).append(' ');
        }
        return line.toString();
    }

    private static String sentences(Random r, int count) {
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < count; s++) {
            int words = 12 + r.nextInt(14);
            for (int w = 0; w < words; w++) {
                String word = WORDS.get(r.nextInt(WORDS.size()));
                out.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
            }
            out.append(r.nextInt(1000)).append(". ");
        }
        return out.toString().strip();
    }

    /** Writes the pages into the folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        Files.writeString(dir.resolve("markup-heavy-10mb.html"), markupHeavyPage(TEN_MB), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("text-heavy-10mb.html"), textHeavyPage(TEN_MB, 1_900_000), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("single-line-10mb.txt"), singleLine(TEN_MB), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("one-sentence-9000-times.txt"), "Pipeline row\n\n"
                + "Russia cut gas supplies through the pipeline again on Monday, officials said. ".repeat(9000), StandardCharsets.UTF_8);
    }
}
