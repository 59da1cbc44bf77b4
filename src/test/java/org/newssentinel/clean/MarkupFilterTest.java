package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.ProcessingInstruction;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.junit.jupiter.api.Test;

/**
 * The filter's one promise: jsoup builds from the filtered bytes the tree it builds from the page,
 * minus what the filter removes (comments, script code but JSON-LD, style rules, SVG drawing,
 * unread attributes). Checked by removing the same things from the tree of the unfiltered page
 * and comparing the two trees as markup, on tokenizer corner cases, the HTML fixtures, and
 * pages generated from tricky fragments.
 */
class MarkupFilterTest {

    private static final List<String> READ_EVERYWHERE = List.of("id", "class", "role", "style", "hidden", "aria-hidden");
    private static final Map<String, List<String>> READ_ON = Map.of(
            "link", List.of("rel", "href"),
            "meta", List.of("name", "property", "itemprop", "http-equiv", "content", "charset"),
            "script", List.of("type"), "input", List.of("type"), "time", List.of("datetime"), "html", List.of("lang"),
            "font", List.of("color", "face", "size"), "annotation-xml", List.of("encoding"));

    private static String filtered(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        MarkupFilter.Filtered f = MarkupFilter.filter(bytes, 0);
        assertTrue(f.length() <= bytes.length, "never longer than the input");
        return new String(f.bytes(), 0, f.length(), StandardCharsets.UTF_8);
    }

    /** The tree of {@code html} with what the filter removes removed, as markup. */
    private static String expectedTree(String html) {
        Document doc = Jsoup.parse(html);
        strip(doc);
        // Not pretty-printed: text split by a removed comment prints as the one text it is.
        doc.outputSettings().prettyPrint(false);
        return doc.outerHtml();
    }

    private static void strip(Node node) {
        for (Node child : new ArrayList<>(node.childNodes())) {
            if (child instanceof Comment || child instanceof XmlDeclaration || child instanceof ProcessingInstruction
                    || (child instanceof TextNode t && t.isBlank() && isOutsideBody(node))) {
                // Where whitespace and bogus comments go before the body depends on which head elements came first.
                child.remove();
            } else {
                strip(child);
            }
        }
        mergeAdjacentText(node);
        if (node instanceof Element body && body.normalName().equals("body") && body.childNodeSize() > 0
                && body.childNode(0) instanceof TextNode first) {
            // Whitespace before the body's first text joins it once a comment between them is gone,
            // where the tree builder would have dropped it as a token of its own.
            first.text(first.getWholeText().stripLeading());
        }
        if (node instanceof Element e) {
            for (Attribute a : new ArrayList<>(e.attributes().asList())) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (!READ_EVERYWHERE.contains(key) && !READ_ON.getOrDefault(e.normalName(), List.of()).contains(key)) {
                    e.removeAttr(a.getKey());
                }
            }
            boolean jsonLd = e.normalName().equals("script") && e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json");
            boolean canonical = e.normalName().equals("link") && e.attr("rel").toLowerCase(Locale.ROOT).contains("canonical");
            boolean unreadMeta = e.normalName().equals("meta") && Stream.of("name", "property", "itemprop", "http-equiv")
                    .noneMatch(k -> MetadataExtractor.META_KEYS_READ.contains(e.attr(k).strip().toLowerCase(Locale.ROOT)));
            if ((e.normalName().equals("script") && !jsonLd) || (e.normalName().equals("link") && !canonical) || unreadMeta
                    || (e.normalName().equals("style") && !inNoscript(e))) {
                e.remove();
                return;
            }
            if (e.normalName().equals("style")
                    || e.normalName().equals("svg") || e.normalName().equals("math")) {
                e.empty();
            }
        }
    }

    /**
     * Text split by a removed comment or element is one text once it is gone, and runs of
     * whitespace count as one space: where the tree builder puts whitespace around removed head
     * elements differs, and the extractor collapses whitespace anyway.
     */
    private static void mergeAdjacentText(Node node) {
        for (int i = node.childNodeSize() - 1; i > 0; i--) {
            if (node.childNode(i) instanceof TextNode next && node.childNode(i - 1) instanceof TextNode previous) {
                previous.text(previous.getWholeText() + next.getWholeText());
                next.remove();
            }
        }
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t && !(node instanceof Element e && (e.normalName().equals("pre")
                    || e.normalName().equals("textarea") || e.normalName().equals("title")))) {
                t.text(t.getWholeText().replaceAll("\\s+", " "));
            }
        }
    }

    private static boolean inNoscript(Element e) {
        for (Element up = e.parent(); up != null; up = up.parent()) {
            if (up.normalName().equals("noscript")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutsideBody(Node parent) {
        return parent instanceof Document || parent.nodeName().equals("html") || parent.nodeName().equals("head");
    }

    private static void assertSameTree(String html) {
        String out = filtered(html);
        assertEquals(expectedTree(html), expectedTree(out), () -> "page:\n" + html + "\nfiltered:\n" + out);
    }

    @Test
    void removesWhatIsNeverReadAndKeepsTheRest() {
        String page = "<!DOCTYPE html><html lang=en><head><title>T &amp; <b>x</b></title>"
                + "<link rel=canonical href=\"https://news.example/a\" data-x=1><meta property=og:title content=T id=m>"
                + "<link rel=stylesheet href=a.css>"
                + "<script src=a.js async data-x=1>var a = 1 < 2 && '</p>';</script>"
                + "<script type=\"application/LD+json\">{\"headline\":\"H\"}</script>"
                + "<style media=all>p > a { color: red }</style><!-- a comment --></head>"
                + "<body><div class=\"story\" data-track=\"1\" onclick=\"x()\"><p id=p1 style=\"\">Text <a href=/x lang=de>link</a> "
                + "<svg viewBox=\"0 0 1 1\"><path d=\"M0\"/><title>icon</title></svg>more</p></div></body></html>";
        String out = filtered(page);
        assertEquals("<!DOCTYPE html><html lang=en><head><title>T &amp; <b>x</b></title>"
                + "<link rel=canonical href=\"https://news.example/a\"><meta property=og:title content=T id=m>"
                + "<script type=\"application/LD+json\">{\"headline\":\"H\"}</script></head>"
                + "<body><div class=\"story\"><p id=p1 style=\"\">Text <a>link</a> <svg></svg>more</p></div></body></html>", out);
        assertSameTree(page);
    }

    @Test
    void tokenizerCornerCasesBuildTheSameTree() {
        String[] cases = {
            "<p title='a > b' class=x>one</p><p>two</p>",
            "<p data-a=\"</p><script>\" class=\"c\">in</p>",
            "<div class=\"a\"id=\"b\"data-c=\"d\"role=main>no spaces</div>",
            "<a/class=x/href=y>slashes</a><br/><img src=x />",
            "<SCRIPT TYPE=text/javascript>if (a</SCRIPTS) {}</SCRIPT ><p>after</p>",
            "<script>document.write('<!--<script>x</script>-->')</script><p>escaped</p>",
            "<script><!-- old style --></script><p>after <b>bold</b></p>",
            "<script type=application/ld+json><!-- {} --></script><p class=a data-z=1>after</p>",
            "<style>/* </p> */ p{}</style ><p>styled</p><style>unclosed",
            "<svg><svg><g/></svg><!-- </svg> --><![CDATA[ </svg> ]]><text>in</text></svg><p>out</p>",
            "<svg/><p data-q=1>after self-closed svg</p>",
            "<math><mi>x</mi></math><p class=m data-q=2>math kept</p>",
            "<textarea data-a=1><p class=x data-b=2>not a tag</p></textarea><p data-c=3>p</p>",
            "<title><!-- not a comment --></title><xmp><b data-x=1></xmp><iframe><p data-y=1></iframe>",
            "<!--><p data-a=1>abrupt</p><!---><p data-b=2>abrupt2</p><!-- a --!><p data-c=3>bang</p>",
            "<p>before<!-- never closed <p class=x data-y=1>",
            "<p class=x data-y=1",
            "<p class=\"unclosed value>text",
            "< p data-x=1>not a tag</p><3 <= 4 a<b",
            "<![CDATA[ <p data-x=1> ]]><p data-y=2>after cdata</p>",
            "<?xml version=\"1.0\"?><!doctype html><p data-z=3>pi</p>",
            "</div class=\">\" data-a=1><p data-b=2>end tag with attributes</p>",
            "</div =\"<p data-a=1>\"><p data-b=2>a quote that opens no value</p>",
            "</div class = \">\"><p data-b=2>spaces around =</p>",
            "</ p>text</>more",
            "<plaintext><p data-x=1>all text now",
            "<scripts data-x=1>not a script</scripts><styles>x</styles>",
            "<p data-x=\"é\" class=\"ünï\">Ünïcödé — “quoted” 😀</p>",
            "<table><tr><td data-x=1>cell<script>x</script></td></tr></table>",
            "<noscript><p class=ns data-x=1>no script</p></noscript>",
            "<template><p data-x=1>template</p></template>",
            "<input type=hidden name=a value=b><font color=red face=x size=2 data-f=1>f</font>",
            "<p =odd class=c>equals first</p>",
            "<input id=x data-y=1 /><p id=a data-b=\"1\"class=c>dropped between unquoted and self-closing</p>",
            "<input type=\\\"hidden\\\" id=\\\"nonce\\\" value=\\\"23\\\" \\/><p>escaped quotes</p>",
            "",
            "<",
            "<!--",
            "<script>",
        };
        for (String c : cases) {
            assertSameTree(c);
            assertSameTree("<html><head><title>t</title></head><body>" + c + "</body></html>");
        }
    }

    @Test
    void theHtmlFixturesBuildTheSameTree() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertTrue(pages.size() >= 5, "fixtures found");
        for (Path page : pages) {
            assertSameTree(Files.readString(page, StandardCharsets.UTF_8));
        }
    }

    @Test
    void generatedPagesBuildTheSameTree() {
        String[] fragments = {
            "<p class=a data-x=1>", "</p>", "<div id=d onclick='f(\"<\")'>", "</div>", "text ", "a < b ", "&lt;&amp; ",
            "<script>var s = '<p>' + 1 < 2;</script>", "<script type=application/ld+json>{\"a\":1}</script>",
            "<script src=x></script>", "<script><!--", "-->", "</script>", "<style>a>b{}</style>", "<style>",
            "<svg width=1>", "</svg>", "<path d=M0/>", "<!-- c -->", "<!--", "--!>", "<![CDATA[", "]]>", "<title>",
            "</title>", "<textarea>", "</textarea>", "<br/>", "<img src=a alt='x>y'>", "<a href=\"/x\" rel=nofollow>",
            "</a>", "<meta property=og:title content=\"T\">", "<table><tr><td>", "</td></tr></table>", "<li>",
            "<ul>", "</ul>", "<h1 data-h=1>", "</h1>", "\"", "'", "=", "/", ">", "<", "<!", "<?", "</", " ", "\n",
            "<SCRIPT>", "</SCRIPT>", "<math>", "</math>", "<noscript>", "</noscript>", "<p =x>", "é", "😀",
            "<foreignObject>", "</foreignObject>", "<mtext>", "<title>", "<desc>", "<font color=red>", "<font>",
            "<svg><style>.a{fill:red}</style>", "<svg><script>if (a<b) {}</script>", "</p>", "</br>",
            "<svg viewBox=\"0 0 24 24\"><title>Share</title><path d=\"M0 0\"/></svg>", "<desc>text</desc>",
            "</text =\"<svg width=1>", "<a title = \"x>y\" class=b>", "<p =\"a>b\">",
        };
        Random random = new Random(Long.getLong("fuzz.seed", 29112026L));
        for (int round = 0; round < Integer.getInteger("fuzz.rounds", 3000); round++) {
            StringBuilder page = new StringBuilder();
            for (int k = 0, n = 1 + random.nextInt(25); k < n; k++) {
                page.append(fragments[random.nextInt(fragments.length)]);
            }
            assertSameTree(page.toString());
        }
    }

    /**
     * Real pages with markup characters and constructs dropped into them at random, in windows that
     * start anywhere (mid-script, mid-tag). Compared up to whitespace: around removed elements the
     * tree builder places whitespace by rules of its own (in tables, before the body), which the
     * extractor collapses anyway; every element, attribute and word must agree.
     */
    @Test
    void mutatedFixturesBuildTheSameTreeUpToWhitespace() throws IOException {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        String[] bits = {"<", ">", "\"", "'", "=", "/", "!", "-", "<!--", "-->", "</", "<svg>", "</svg>", "<script>",
            "</script>", "<style>", "<![CDATA[", "]]>", "<noscript>", "<math>", " ", "<title>", "</title>",
            "<textarea>", "<p>", "<table>", "<template>"};
        Random random = new Random(Long.getLong("fuzz.seed", 29112026L));
        for (int round = 0; round < Integer.getInteger("fuzz.rounds", 3000) / 2; round++) {
            String page = pages.get(random.nextInt(pages.size()));
            int from = random.nextInt(Math.max(1, page.length() - 3000));
            StringBuilder window = new StringBuilder(page.substring(from, Math.min(page.length(), from + 3000)));
            for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
                window.insert(random.nextInt(window.length() + 1), bits[random.nextInt(bits.length)]);
            }
            String html = window.toString();
            String out = filtered(html);
            assertEquals(expectedTree(html).replaceAll("\\s+", ""), expectedTree(out).replaceAll("\\s+", ""),
                    () -> "page:\n" + html + "\nfiltered:\n" + out);
        }
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        byte[] page = "\uFEFF<p data-x=1>x</p>".getBytes(StandardCharsets.UTF_8);
        MarkupFilter.Filtered f = MarkupFilter.filter(page, 3);
        assertEquals("<p>x</p>", new String(f.bytes(), 0, f.length(), StandardCharsets.UTF_8));
    }

    /** jsoup keeps JSON-LD as data; the filter must not touch it. */
    @Test
    void jsonLdIsKeptByteForByte() {
        String data = "{\"@type\":\"NewsArticle\",\"headline\":\"a < b && c > d\"}";
        Element script = Jsoup.parse(filtered("<script type=\"application/ld+json\">" + data + "</script>"))
                .selectFirst("script");
        assertEquals(data, ((DataNode) script.childNode(0)).getWholeData());
    }

    @Test
    void metaElementsGoUnlessTheMetadataReaderReadsTheirKey() {
        String page = "<html><head><meta charset=utf-8><meta name=viewport content=\"width=device-width\">"
                + "<meta property=\"og:title\" content=\"Pipeline deal\"><meta name=\" Description \" content=\"A deal.\">"
                + "<meta name=twitter:card content=summary><meta http-equiv=content-language content=de>"
                + "<meta name=\"fb&#58;app\" content=1></head><body><p>Text<meta itemprop=datePublished content=2026-01-02>"
                + "<meta itemprop=image content=x.jpg></p></body></html>";

        String out = filtered(page);

        assertEquals("<html><head><meta property=\"og:title\" content=\"Pipeline deal\"><meta name=\" Description \" content=\"A deal.\">"
                + "<meta http-equiv=content-language content=de><meta name=\"fb&#58;app\" content=1></head>"
                + "<body><p>Text<meta itemprop=datePublished content=2026-01-02></p></body></html>", out);
        assertSameTree(page);
    }

    @Test
    void runsOfWhitespaceAroundTextAreCutToOneCharacterButNotInPreformattedText() {
        String page = "<html>\n  <body>\r\n    <div>\n      <p>  Two  spaces stay inside\t\t</p>\n"
                + "      <pre>\n  code   block\n    <b>x</b>   </pre>   <table>   <tr><td>1</td>  </tr></table>\n    </div>\n</body></html>";

        String out = filtered(page);

        assertEquals("<html>\n<body>\n<div>\n<p> Two  spaces stay inside\t</p>\n"
                + "<pre>\n  code   block\n    <b>x</b>   </pre> <table> <tr><td>1</td> </tr></table>\n</div>\n</body></html>", out);
        assertSameTree(page);
    }
}
