package org.newssentinel.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssentinel.clean.Article;
import org.newssentinel.clean.ArticleCleaner;
import org.newssentinel.clean.Corpus;
import org.newssentinel.handler.CliRun;
import org.newssentinel.pipeline.Analysis;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.topics.WatchTopics;

/**
 * Fuzzing of the cleaner, the whole pipeline and the CLI: for any bytes, any mutation of a real
 * page, any tag soup and any Unicode text, the answer is an article or a rejection with a reason,
 * never another exception; and the CLI prints exactly one JSON line per file. About a thousand
 * inputs in a few seconds; see {@link Fuzz} for replaying a seed or exploring with new ones.
 */
class FuzzTest {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F-\\x9F]");
    private static final byte[] PAGE = BadInputs.utf8(BadInputs.htmlPage(BadInputs.ENGLISH));
    private static final byte[] TEXT = BadInputs.utf8(BadInputs.ENGLISH);
    private static final List<String> NAMES = List.of("a.html", "a.txt", "a", "a.gz", "a.html.gz", "A.HTM", "a.xhtml");
    private static final List<String> TYPES = List.of("text/html", "text/plain; charset=utf-8", "text/html; charset=windows-1251",
            "application/octet-stream", "text/html; charset=utf-16", "text/plain; charset=\"", "charset=koi8-r;charset=x");
    private static final byte[] INTERESTING = {0, 0x1F, (byte) 0x8B, '<', '>', '/', '!', '&', '#', ';', (byte) 0xEF, (byte) 0xBB,
            (byte) 0xBF, (byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0x80, (byte) 0xD0, 'y', ' ', '\n', '\r', '.', 'a', 'P', 'K'};

    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final ArticlePipeline pipeline = new ArticlePipeline(WatchTopics.defaults(), 3);

    @TempDir
    Path dir;

    @Test
    void anyBytesGiveAnArticleOrARejection() {
        Fuzz.forAll("any-bytes", 300, FuzzTest::anyBytes, bytes -> {
            for (String name : List.of("a.html", "a.txt")) {
                cleanOrReject(RawDocument.of(name, bytes));
            }
        });
    }

    @Test
    void mutatedPagesGiveAnAnalysisOrARejection() {
        Fuzz.forAll("mutated-pages", 300, FuzzTest::mutatedPage, page -> {
            int h = Arrays.hashCode(page);
            analyseOrReject(new RawDocument(NAMES.get(Math.floorMod(h, NAMES.size())), page,
                    h % 3 == 0 ? Optional.empty() : Optional.of(TYPES.get(Math.floorMod(h >> 4, TYPES.size()))), Optional.empty()));
        });
    }

    @Test
    void tagSoupGivesAnAnalysisOrARejection() {
        Fuzz.forAll("tag-soup", 300, r -> tagSoup(r).getBytes(StandardCharsets.UTF_8),
                soup -> analyseOrReject(RawDocument.of("soup.html", soup)));
    }

    @Test
    void anyUnicodeTextGivesAnAnalysisOrARejection() {
        Fuzz.forAll("unicode-text", 200, r -> unicode(r, 2000).getBytes(StandardCharsets.UTF_8), text -> {
            analyseOrReject(RawDocument.of("any.txt", text));
            String s = new String(text, StandardCharsets.UTF_8);
            analyseOrReject(RawDocument.of("any.txt", (BadInputs.ENGLISH + s).getBytes(StandardCharsets.UTF_16LE)));
        });
    }

    @Test
    void theCliPrintsOneJsonLinePerFile() {
        Random random = new Random(Fuzz.seed());
        for (int run = 0; run < Fuzz.tries(40); run++) {
            Path folder = dir.resolve("run-" + run);
            int files = 1 + random.nextInt(5);
            try {
                Files.createDirectories(folder);
                for (int i = 0; i < files; i++) {
                    byte[] content = switch (random.nextInt(5)) {
                        case 0 -> mutatedPage(random);
                        case 1 -> tagSoup(random).getBytes(StandardCharsets.UTF_8);
                        case 2 -> anyBytes(random);
                        case 3 -> unicode(random, 500).getBytes(StandardCharsets.UTF_8);
                        default -> List.of(Corpus.pdf(), Corpus.png(), new byte[0], PAGE, TEXT).get(random.nextInt(5));
                    };
                    Files.write(folder.resolve("input-" + i + (i % 2 == 0 ? ".html" : ".txt")), content);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }

            CliRun cli = CliRun.run("analyze", folder.toString());

            String context = "run " + run + " with -Dfuzz.seed=" + Fuzz.seed() + ", files in " + folder;
            List<JsonNode> lines = cli.jsonLines();
            assertEquals(files, lines.size(), context);
            assertEquals(files, cli.out().split("\n").length, "one physical line per file, " + context);
            boolean anyError = false;
            for (JsonNode line : lines) {
                assertFalse("INTERNAL_ERROR".equals(line.path("reason").asText()), line + " " + context);
                anyError |= line.has("error");
            }
            assertEquals(anyError ? 1 : 0, cli.exit(), context);
        }
    }

    @Test
    void aFailingPropertyIsReportedWithItsSeedAndAShrunkInput() {
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> Fuzz.forAll("self-check", 50,
                r -> noise(r, 500), bytes -> {
                    for (byte b : bytes) {
                        assertFalse(b == 7, "holds a 7");
                    }
                }));

        assertTrue(e.getMessage().contains("-Dfuzz.seed=" + Fuzz.seed()), e.getMessage());
        assertTrue(e.getMessage().contains("to 1 bytes"), "shrunk to the one byte that matters: " + e.getMessage());
    }

    private void cleanOrReject(RawDocument doc) {
        try {
            Article article = cleaner.clean(doc);
            assertFalse(article.paragraphs().isEmpty());
            assertFalse(CONTROL.matcher(article.text()).find(), "control characters in the text");
            assertFalse(CONTROL.matcher(article.title()).find(), "control characters in the title");
        } catch (ArticleRejectedException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }

    private void analyseOrReject(RawDocument doc) {
        try {
            Analysis a = pipeline.process(doc);
            assertFalse(a.article().paragraphs().isEmpty());
            assertFalse(CONTROL.matcher(a.article().text()).find(), "control characters in the text");
            assertTrue(a.summary().sms().length() <= 160, a.summary().sms());
            assertTrue(a.summary().sentences().size() <= 3);
            a.topics().forEach(t -> assertTrue(t.score() >= 0 && t.score() <= 1, t.toString()));
        } catch (ArticleRejectedException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }

    /** Random bytes of three flavours: noise, mostly-printable text with some controls, and bytes that matter to sniffing and decoding. */
    static byte[] anyBytes(Random r) {
        byte[] b = new byte[r.nextInt(3000)];
        int flavour = r.nextInt(3);
        for (int i = 0; i < b.length; i++) {
            b[i] = switch (flavour) {
                case 0 -> (byte) r.nextInt(256);
                case 1 -> (byte) (r.nextInt(20) == 0 ? r.nextInt(32) : 32 + r.nextInt(95));
                default -> INTERESTING[r.nextInt(INTERESTING.length)];
            };
        }
        return b;
    }

    /** A real page or text, gzipped or not, with up to eight edits that break it in typical ways. */
    static byte[] mutatedPage(Random r) {
        byte[] out = List.of(PAGE, TEXT, Corpus.gzip(PAGE), BadInputs.ENGLISH.getBytes(StandardCharsets.UTF_16LE)).get(r.nextInt(4));
        List<String> chunks = List.of("<div>", "</p>", "<!--", "-->", "<script>", "</script>", "<![CDATA[", "&#", "&#x110000;", "&amp",
                "\u0000", "\uFEFF", "\r", "\n\n", "<", ">", "\"", "<meta charset=\"utf-16\">", "<html>", "</body>", "\u202e",
                "\u0301\u0301\u0301", "y".repeat(80));
        for (int edits = r.nextInt(9); edits > 0; edits--) {
            byte[] chunk = r.nextBoolean() ? chunks.get(r.nextInt(chunks.size())).getBytes(StandardCharsets.UTF_8) : noise(r, 1 + r.nextInt(64));
            int at = r.nextInt(out.length + 1);
            out = switch (r.nextInt(4)) {
                case 0 -> Corpus.concat(Arrays.copyOf(out, at), chunk, Arrays.copyOfRange(out, at, out.length));
                case 1 -> {
                    byte[] o = out.clone();
                    for (int i = 0; i < chunk.length && at + i < o.length; i++) {
                        o[at + i] = chunk[i];
                    }
                    yield o;
                }
                case 2 -> Corpus.concat(Arrays.copyOf(out, at), Arrays.copyOfRange(out, Math.min(out.length, at + chunk.length * 4), out.length));
                default -> Arrays.copyOf(out, at);
            };
        }
        return out;
    }

    /** Tag soup: open, close and unclosed tags (some repeated hundreds of times), declarations, entities and words. */
    static String tagSoup(Random r) {
        List<String> tags = List.of("p", "div", "article", "h1", "span", "b", "table", "td", "li", "ul", "nav", "footer", "script",
                "style", "noscript", "template", "svg", "math", "iframe", "textarea", "title", "a", "br", "select", "plaintext");
        List<String> words = List.of("pipeline", "sanctions", "Russia", "alliance", "oil", "the", "said", "on Monday", "Kazakhstan",
                "Europe", "gas", "NATO", ".", ",", "!", "?", "\u00a0", "&amp;", "&lt;", "&#0;", "\u0627\u0644\u0646\u0641\u0637",
                "\u043d\u0435\u0444\u0442\u044c");
        List<String> decls = List.of("<!DOCTYPE html>", "<!-- c -->", "<!--", "<?xml version=\"1.0\"?>", "]]>", "<meta charset=\"koi8-r\">");
        StringBuilder out = new StringBuilder();
        for (int pieces = 1 + r.nextInt(40); pieces > 0; pieces--) {
            String tag = tags.get(r.nextInt(tags.size()));
            switch (r.nextInt(6)) {
                case 0 -> out.append('<').append(tag).append('>');
                case 1 -> out.append("</").append(tag).append('>');
                case 2 -> out.append('<').append(tag).append(" class=\"x\" onclick='y'");
                case 3 -> out.append(("<" + tag + ">").repeat(1 + r.nextInt(300)));
                case 4 -> {
                    for (int w = 1 + r.nextInt(30); w > 0; w--) {
                        out.append(words.get(r.nextInt(words.size()))).append(' ');
                    }
                }
                default -> out.append(decls.get(r.nextInt(decls.size())));
            }
        }
        return out.toString();
    }

    /** Text from scripts and character classes that trip text handling: RTL, combining marks, CJK, emoji, controls, lone surrogates. */
    static String unicode(Random r, int maxLength) {
        int[][] ranges = {{0x20, 0x7E}, {0xA0, 0xFF}, {0x400, 0x4FF}, {0x600, 0x6FF}, {0x5D0, 0x5EA}, {0x300, 0x36F}, {0x4E00, 0x4FFF},
                {0x1F300, 0x1F6FF}, {0x0, 0x1F}, {0x2000, 0x206F}, {0xD800, 0xDFFF}, {0xFFF0, 0xFFFF}};
        StringBuilder out = new StringBuilder();
        int length = r.nextInt(maxLength);
        while (out.length() < length) {
            int[] range = ranges[r.nextInt(ranges.length)];
            for (int run = 1 + r.nextInt(12); run > 0; run--) {
                out.appendCodePoint(range[0] + r.nextInt(range[1] - range[0] + 1));
            }
            if (r.nextInt(4) == 0) {
                out.append(r.nextBoolean() ? ' ' : '\n');
            }
        }
        return out.toString();
    }

    private static byte[] noise(Random r, int length) {
        byte[] b = new byte[length];
        r.nextBytes(b);
        return b;
    }
}
