package org.newssentinel.robust;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newssentinel.clean.Corpus;
import org.newssentinel.pipeline.RawDocument;

/**
 * The generated corpus of bad and odd inputs (issue 8): every kind of content an upload can hold
 * that is not a tidy article, made by code so no binary is checked in. Each case says which
 * outcomes are right for it: {@code ANALYSED} or a rejection reason.
 */
final class BadInputs {

    static final String ANALYSED = "ANALYSED";

    /** One input; {@code mustContain} is a phrase the cleaned text must hold when it is analysed. */
    record Case(String kind, String name, byte[] content, Optional<String> contentType, Optional<String> contentEncoding,
                Set<String> outcomes, Optional<String> mustContain) {

        RawDocument document() {
            return new RawDocument(name, content, contentType, contentEncoding);
        }

        /** True when the outcome does not depend on transport metadata a local file lacks. */
        boolean sameAsFile() {
            return contentType.isEmpty() && contentEncoding.isEmpty();
        }

        Case declaring(String type) {
            return new Case(kind, name, content, Optional.of(type), contentEncoding, outcomes, mustContain);
        }

        Case encoded(String encoding) {
            return new Case(kind, name, content, contentType, Optional.of(encoding), outcomes, mustContain);
        }

        Case containing(String phrase) {
            return new Case(kind, name, content, contentType, contentEncoding, outcomes, Optional.of(phrase));
        }
    }

    static final String ENGLISH = """
            Caspian pipeline talks stall as sanctions bite

            Kazakhstan and Azerbaijan met on Monday to discuss a pipeline under the Caspian Sea that would carry oil to Europe while bypassing Russia.

            Officials said Western sanctions on Russian oil exports had made the old route through Novorossiysk unreliable for Kazakh producers.

            The energy ministers did not agree on who would pay for the new pipeline, and the talks will resume next month in Baku.

            Analysts said the alliance between the two countries has grown closer since the start of the war in Ukraine.
            """;

    static final String RUSSIAN = """
            Казахстан ищет обход России для своей нефти

            Казахстан и Азербайджан в понедельник обсудили строительство трубопровода по дну Каспийского моря в обход России.

            По словам чиновников, западные санкции против российской нефти сделали старый маршрут ненадёжным.

            Министры энергетики не договорились о том, кто заплатит за новый трубопровод, и переговоры продолжатся в Баку.
            """;

    static final String ARABIC = """
            محادثات خط الأنابيب في بحر قزوين تتعثر

            التقى وزراء الطاقة في كازاخستان وأذربيجان يوم الاثنين لمناقشة خط أنابيب تحت بحر قزوين لنقل النفط إلى أوروبا.

            وقال المسؤولون إن العقوبات الغربية على صادرات النفط الروسية جعلت الطريق القديم غير موثوق به.
            """;

    private BadInputs() {
    }

    private static List<Case> cached;

    /** The corpus, generated once per test run (some inputs take a second to make). */
    static synchronized List<Case> all() {
        if (cached == null) {
            cached = List.copyOf(generate());
        }
        return cached;
    }

    private static List<Case> generate() {
        List<Case> cases = new ArrayList<>();
        empty(cases);
        binary(cases);
        gzip(cases);
        encodings(cases);
        html(cases);
        sizes(cases);
        nulsAndUnicode(cases);
        regexBait(cases);
        return cases;
    }

    private static void empty(List<Case> c) {
        c.add(reject("empty", "empty.txt", new byte[0], "EMPTY"));
        c.add(reject("empty", "whitespace.txt", utf8(" \n\t\r\n   \n\f"), "EMPTY"));
        c.add(reject("empty", "unicode-spaces.txt", utf8("\u00a0\u2003\u200b\u3000\ufeff \u2028\n"), "EMPTY"));
        c.add(reject("empty", "bom-only.txt", Corpus.bytes(0xEF, 0xBB, 0xBF), "EMPTY"));
        c.add(reject("empty", "utf16-bom-only.txt", Corpus.bytes(0xFF, 0xFE), "EMPTY"));
        c.add(reject("empty", "nuls-only.txt", new byte[4096], "EMPTY"));
        c.add(reject("empty", "empty-page.html", utf8("<!DOCTYPE html><html><head><title></title></head><body></body></html>"), "NO_TEXT"));
        c.add(reject("empty", "empty.gz", Corpus.gzip(new byte[0]), "EMPTY"));
    }

    private static void binary(List<Case> c) {
        c.add(reject("binary", "report.pdf", Corpus.pdf(), "NOT_AN_ARTICLE"));
        c.add(reject("binary", "pdf-named-article.html", Corpus.pdf(), "NOT_AN_ARTICLE"));
        c.add(reject("binary", "photo.png", Corpus.png(), "NOT_AN_ARTICLE"));
        c.add(reject("binary", "png-named-article.txt", Corpus.png(), "NOT_AN_ARTICLE"));
        c.add(reject("binary", "photo.jpg", Corpus.jpeg(), "NOT_AN_ARTICLE"));
        c.add(reject("binary", "anim.gif", Corpus.gif(), "NOT_AN_ARTICLE"));
        c.add(reject("binary", "story.docx", Corpus.zip(), "NOT_AN_ARTICLE"));
        c.add(reject("binary", "zip-named-article.html", Corpus.zip(), "NOT_AN_ARTICLE"));
        c.add(reject("binary", "tool", Corpus.elf(), "NOT_AN_ARTICLE"));
        c.add(reject("binary", "setup.exe", Corpus.exe(), "NOT_AN_ARTICLE"));
        c.add(reject("binary", "exe-named-article.txt", Corpus.exe(), "NOT_AN_ARTICLE"));
        c.add(reject("binary", "app-macho", Corpus.withMagic(new int[] {0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1}), "NOT_AN_ARTICLE"));
        c.add(reject("binary", "Main.class", Corpus.withMagic(new int[] {0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61}), "NOT_AN_ARTICLE"));
        c.add(reject("binary", "old.doc", Corpus.withMagic(new int[] {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}), "NOT_AN_ARTICLE"));
        c.add(reject("binary", "backup.tar", Corpus.tar(), "NOT_AN_ARTICLE"));
        c.add(reject("binary", "noise.bin", Corpus.noise(20_000, 11), "NOT_AN_ARTICLE"));
        c.add(reject("binary", "html-head-then-binary.html", Corpus.concat(utf8("<html><head><title>x</title></head><body>"),
                Corpus.noise(8000, 12)), "NOT_AN_ARTICLE"));
    }

    private static void gzip(List<Case> c) {
        byte[] article = utf8(ENGLISH);
        byte[] page = utf8(htmlPage(ENGLISH));
        c.add(analysed("gzip", "article.txt.gz", Corpus.gzip(article)).containing("bypassing Russia"));
        c.add(analysed("gzip", "page.html.gz", Corpus.gzip(page)).containing("bypassing Russia"));
        c.add(analysed("gzip", "gzip-named-article.txt", Corpus.gzip(article)).containing("bypassing Russia"));
        c.add(analysed("gzip", "declared-gzip.txt", Corpus.gzip(article)).encoded("gzip").containing("bypassing Russia"));
        c.add(analysed("gzip", "declared-deflate.txt", deflate(article)).encoded("deflate").containing("bypassing Russia"));
        c.add(reject("gzip", "bomb.txt.gz", Corpus.gzipBomb(100L * 1024 * 1024), "TOO_LARGE"));
        c.add(reject("gzip", "bomb-of-text.html.gz", Corpus.gzip(utf8("<p>sanctions pipeline </p>".repeat(600_000))), "TOO_LARGE"));
        byte[] gz = Corpus.gzip(article);
        c.add(reject("gzip", "truncated.txt.gz", Arrays.copyOf(gz, gz.length / 2), "UNDECODABLE"));
        byte[] corrupt = gz.clone();
        for (int i = 20; i < corrupt.length - 10; i += 7) {
            corrupt[i] ^= 0x55;
        }
        c.add(reject("gzip", "corrupt.txt.gz", corrupt, "UNDECODABLE"));
        c.add(reject("gzip", "twice.txt.gz.gz", Corpus.gzip(Corpus.gzip(article)), "NOT_AN_ARTICLE"));
        c.add(reject("gzip", "png.gz", Corpus.gzip(Corpus.png()), "NOT_AN_ARTICLE"));
    }

    private static void encodings(List<Case> c) {
        Charset cp1251 = Charset.forName("windows-1251");
        Charset koi8 = Charset.forName("KOI8-R");
        byte[] invalid = utf8(ENGLISH);
        byte[] bad = Corpus.concat(Arrays.copyOf(invalid, 300), Corpus.bytes(0xC3, 0x28, 0xFF, 0xFE, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80),
                Arrays.copyOfRange(invalid, 300, invalid.length), Corpus.bytes(0xE2, 0x82));
        c.add(analysed("encoding", "invalid-utf8.txt", bad).containing("bypassing Russia"));
        c.add(analysed("encoding", "utf16le-bom.txt", Corpus.concat(Corpus.bytes(0xFF, 0xFE), RUSSIAN.getBytes(StandardCharsets.UTF_16LE)))
                .containing("трубопровода"));
        c.add(analysed("encoding", "utf16be-bom.txt", RUSSIAN.getBytes(StandardCharsets.UTF_16)).containing("трубопровода"));
        c.add(analysed("encoding", "utf16le-no-bom.txt", ENGLISH.getBytes(StandardCharsets.UTF_16LE)).containing("bypassing Russia"));
        c.add(analysed("encoding", "utf16be-no-bom.txt", ENGLISH.getBytes(StandardCharsets.UTF_16BE)).containing("bypassing Russia"));
        c.add(analysed("encoding", "utf16le-no-bom-russian.txt", RUSSIAN.getBytes(StandardCharsets.UTF_16LE)).containing("трубопровода"));
        c.add(analysed("encoding", "utf16be-no-bom-page.html", htmlPage(RUSSIAN).getBytes(StandardCharsets.UTF_16BE)).containing("трубопровода"));
        c.add(analysed("encoding", "utf16le-bom-page.html", htmlPage(ENGLISH).getBytes(StandardCharsets.UTF_16)).containing("bypassing Russia"));
        c.add(analysed("encoding", "windows-1251.txt", RUSSIAN.getBytes(cp1251)));
        c.add(analysed("encoding", "windows-1251-declared.txt", RUSSIAN.getBytes(cp1251)).declaring("text/plain; charset=windows-1251")
                .containing("трубопровода"));
        c.add(analysed("encoding", "windows-1251-meta.html", htmlPage(RUSSIAN, "<meta charset=\"windows-1251\">").getBytes(cp1251))
                .containing("трубопровода"));
        c.add(analysed("encoding", "koi8-r.txt", RUSSIAN.getBytes(koi8)));
        c.add(analysed("encoding", "koi8-r-meta.html", htmlPage(RUSSIAN, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">")
                .getBytes(koi8)).containing("трубопровода"));
        c.add(analysed("encoding", "mixed-utf8-and-1251.txt", Corpus.concat(utf8(ENGLISH), utf8("\n\nЧасть текста в UTF-8, о трубопроводе.\n\n"),
                "Часть текста в windows-1251, о санкциях.\n".getBytes(cp1251))).containing("bypassing Russia"));
        c.add(analysed("encoding", "unknown-charset-declared.txt", utf8(ENGLISH)).declaring("text/plain; charset=x-no-such-charset-42")
                .containing("bypassing Russia"));
        c.add(analysed("encoding", "wrong-charset-declared.txt", RUSSIAN.getBytes(cp1251)).declaring("text/plain; charset=utf-8"));
        c.add(analysed("encoding", "latin1-meta-but-utf8.html", htmlPage(ENGLISH + "\n\nZürich café\n", "<meta charset=\"iso-8859-1\">")
                .getBytes(StandardCharsets.UTF_8)).containing("bypassing Russia"));
    }

    private static void html(List<Case> c) {
        String para = "<p>Kazakhstan wants a pipeline under the Caspian Sea to carry its oil to Europe, bypassing Russia.</p>";
        c.add(analysed("html", "nested-50k-divs.html", utf8("<html><body>" + "<div>".repeat(50_000) + para + "</div>".repeat(50_000)
                + "</body></html>")).containing("bypassing Russia"));
        c.add(analysed("html", "nested-100k-unclosed.html", utf8("<html><body>" + "<div><span><b>".repeat(10_000) + para))
                .containing("bypassing Russia"));
        c.add(analysed("html", "nested-lists-and-tables.html", utf8("<html><body>" + "<ul><li><table><tr><td>".repeat(4_000) + para
                + "</body></html>")).containing("bypassing Russia"));
        c.add(analysed("html", "unclosed-tags.html", utf8("<html><body><article><h1>Caspian pipeline talks stall<p>" + para.replace("</p>", "")
                + "<p>Officials said Western sanctions on Russian oil had made the old route unreliable <b><i><u>for producers"
                + "<div><p>The talks will resume next month in Baku, the ministry said on Monday.")).containing("bypassing Russia"));
        c.add(analysed("html", "huge-attribute.html", utf8("<html><body><div class=\"" + "x".repeat(3_000_000) + "\" data-x='"
                + "y ".repeat(500_000) + "'>" + para + para.replace("Kazakhstan", "Azerbaijan") + "</div></body></html>"))
                .containing("bypassing Russia"));
        c.add(outcome("html", "unterminated-attribute.html", utf8("<html><body>" + para + "<div title=\"" + "z".repeat(2_000_000)),
                ANALYSED, "NO_TEXT"));
        c.add(reject("html", "script-only.html", utf8("<html><head><script>" + "document.write('<p>Injected pipeline sanctions text from a script</p>');"
                .repeat(2_000) + "</script></head><body><script>alert('x')</script></body></html>"), "NO_TEXT"));
        c.add(reject("html", "style-and-noscript-only.html", utf8("<html><head><style>p{color:red}</style></head><body>"
                + "<noscript>Please enable JavaScript to read this pipeline sanctions article today.</noscript></body></html>"), "NO_TEXT"));
        c.add(reject("html", "boilerplate-only.html", utf8("<html><body><nav><ul><li><a href=/>Home and all the latest news today</a></li>"
                + "<li>Politics, business and the economy news</li></ul></nav><header>Subscribe to our newsletter for daily updates</header>"
                + "<aside><h3>You may also like these stories today</h3><p>The trader named 25 promising coins in the crypto market</p></aside>"
                + "<footer><p>Copyright 2026 Example Media Group. All rights reserved worldwide.</p></footer></body></html>"), "NO_TEXT"));
        c.add(reject("html", "boilerplate-only.txt", utf8("Menu\n\nHome\n\nShare\n\nYou may also like\n\nThe trader named 25 promising coins\n\n"
                + "Most popular\n\nGet the latest\n"), "NO_TEXT"));
        c.add(reject("html", "comments-only.html", utf8("<html><body><!-- " + "a pipeline article in a comment. ".repeat(1000) + " --></body></html>"),
                "NO_TEXT"));
        c.add(analysed("html", "malformed-entities.html", utf8(htmlPage(ENGLISH).replace("Monday", "Monday &#0; &#xFFFFFFFF; &#99999999999; "
                + "&#xD800; &bogus; &amp &lt;script&gt;"))).containing("bypassing Russia"));
        c.add(analysed("html", "cdata-and-processing.html", utf8("<?xml version=\"1.0\"?><?php echo 1; ?><html><body><![CDATA[ junk ]]>"
                + para + "</body></html>")).containing("bypassing Russia"));
    }

    private static void sizes(List<Case> c) {
        StringBuilder line = new StringBuilder(10_000_100);
        while (line.length() < 10_000_000) {
            line.append("The pipeline carries oil under sanctions and the alliance holds. ");
        }
        c.add(reject("size", "single-10mb-line.txt", utf8(line.toString()), "TOO_LARGE"));
        c.add(reject("size", "over-object-limit.txt", new byte[10 * 1024 * 1024 + 1], "TOO_LARGE"));
        c.add(reject("size", "million-tiny-paragraphs.txt", utf8("Tiny.\n\n".repeat(1_300_000)), "TOO_LARGE"));
        c.add(reject("size", "million-tiny-paragraphs.html", utf8("<html><body>" + "<p>a</p>".repeat(1_200_000) + "</body></html>"), "TOO_LARGE"));
        c.add(reject("size", "100k-tiny-paragraphs.html", utf8("<html><body>" + "<p>Tiny para here.</p>".repeat(100_000) + "</body></html>"),
                "NO_TEXT"));
        c.add(analysed("size", "25k-lines.txt", utf8(ENGLISH + "\n" + "Officials met again about the pipeline and sanctions on day N.\n\n"
                .repeat(25_000))).containing("bypassing Russia"));
    }

    private static void nulsAndUnicode(List<Case> c) {
        c.add(analysed("nul", "nuls-between-words.txt", utf8(ENGLISH.replace(" Caspian", "\0 Caspian").replace("oil ", "oil\0\0 ")))
                .containing("bypassing Russia"));
        c.add(analysed("nul", "nuls-in-html.html", utf8(htmlPage(ENGLISH).replace("<p>", "<p>\0").replace("Russia", "Rus\0sia")))
                .containing("bypassing"));
        c.add(analysed("nul", "nul-padded.txt", Corpus.concat(utf8(ENGLISH), new byte[100_000])).containing("bypassing Russia"));
        c.add(analysed("nul", "control-characters.txt", utf8(ENGLISH.replace("Monday", "Mon\u0007day\u001b[31m").replace("Europe", "Eu\u0085rope\u009b")))
                .containing("bypassing Russia"));
        c.add(analysed("unicode", "arabic-rtl.txt", utf8(ARABIC)).containing("بحر قزوين"));
        c.add(analysed("unicode", "arabic-rtl.html", utf8("<html dir=\"rtl\" lang=\"ar\"><body><article>" + paragraphs(ARABIC)
                + "</article></body></html>")).containing("بحر قزوين"));
        c.add(analysed("unicode", "bidi-overrides.txt", utf8(ENGLISH.replace("Monday", "\u202eyadnoM\u202c \u2066isolated\u2069 \u200f"))));
        String zalgo = ENGLISH.replaceAll("([a-z])", "$1\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a\u030b\u030c\u030d\u030e\u030f");
        c.add(analysed("unicode", "combining-marks.txt", utf8(zalgo)));
        c.add(analysed("unicode", "astral-and-emoji.txt", utf8(ENGLISH.replace("Monday", "Monday \uD83D\uDEE2\uFE0F\uD83C\uDDF0\uD83C\uDDFF \uD835\uDC00"))))
                ;
        c.add(analysed("unicode", "nfd-cyrillic.txt", utf8(java.text.Normalizer.normalize(RUSSIAN, java.text.Normalizer.Form.NFD))));
    }

    private static void regexBait(List<Case> c) {
        c.add(analysed("regex", "million-spaces.txt", utf8(ENGLISH + "\nspace" + " ".repeat(1_000_000) + "run\n")).containing("bypassing Russia"));
        c.add(analysed("regex", "million-tabs-and-crs.txt", utf8(ENGLISH + "\n" + "\t\r ".repeat(400_000) + "x\n")).containing("bypassing Russia"));
        c.add(analysed("regex", "one-long-word.txt", utf8(ENGLISH + "\n\n" + "a".repeat(500_000) + "\n")).containing("bypassing Russia"));
        c.add(analysed("regex", "million-ys.txt", utf8(ENGLISH + "\n\nThe " + "y".repeat(1_000_000) + " pipeline.\n"))
                .containing("bypassing Russia"));
        c.add(analysed("regex", "suffix-chains.txt", utf8(ENGLISH + "\n\n" + "ational".repeat(60_000) + " " + "sses".repeat(60_000) + "ies "
                + "yey".repeat(60_000) + "ing\n")).containing("bypassing Russia"));
        c.add(analysed("regex", "dots.txt", utf8(ENGLISH + "\n\n" + ".".repeat(200_000) + "\n\n" + "Mr. ".repeat(50_000) + "\n"))
                .containing("bypassing Russia"));
        c.add(analysed("regex", "punctuation-runs.txt", utf8(ENGLISH + "\n\n" + "!?\"')".repeat(50_000) + "\n\n" + "U.S.".repeat(30_000)))
                .containing("bypassing Russia"));
        c.add(analysed("regex", "non-letters.txt", utf8(ENGLISH + "\n\n" + "-_/:;,".repeat(100_000) + "\n")).containing("bypassing Russia"));
        c.add(analysed("regex", "charset-bait.html", utf8("<html><head><meta " + "charset= ".repeat(50_000) + "><?xml " + "x".repeat(300)
                + " encoding=\"" + "utf-8".repeat(100) + "\"?></head><body>" + paragraphs(ENGLISH) + "</body></html>")).containing("bypassing Russia"));
        c.add(analysed("regex", "angle-brackets.txt", utf8(ENGLISH + "\n\n" + "<".repeat(200_000) + "\n\n" + "a <b ".repeat(50_000)))
                .containing("bypassing Russia"));
        c.add(analysed("regex", "entities.html", utf8("<html><body>" + paragraphs(ENGLISH) + "<p>" + "&amp;&#38;&".repeat(100_000)
                + "</p></body></html>")).containing("bypassing Russia"));
    }

    static String htmlPage(String text) {
        return htmlPage(text, "<meta charset=\"utf-8\">");
    }

    static String htmlPage(String text, String meta) {
        String[] blocks = text.strip().split("\n\n");
        return "<!DOCTYPE html><html><head>" + meta + "<title>" + blocks[0] + "</title></head><body><nav>Home | World | Business</nav>"
                + "<article><h1>" + blocks[0] + "</h1>" + paragraphs(String.join("\n\n", Arrays.copyOfRange(blocks, 1, blocks.length)))
                + "</article><footer>Copyright Example Media</footer></body></html>";
    }

    private static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String block : text.strip().split("\n\n")) {
            out.append("<p>").append(block.strip()).append("</p>\n");
        }
        return out.toString();
    }

    private static byte[] deflate(byte[] content) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(out)) {
            z.write(content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Case analysed(String kind, String name, byte[] content) {
        return outcome(kind, name, content, ANALYSED);
    }

    private static Case reject(String kind, String name, byte[] content, String reason) {
        return outcome(kind, name, content, reason);
    }

    private static Case outcome(String kind, String name, byte[] content, String... outcomes) {
        return new Case(kind, name, content, Optional.empty(), Optional.empty(), Set.of(outcomes), Optional.empty());
    }
}
