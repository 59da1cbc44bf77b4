package org.newssentinel.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newssentinel.alert.Alert;
import org.newssentinel.alert.AlertMessage;
import org.newssentinel.pipeline.Analysis;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.topics.WatchTopics;

/**
 * A hostile but on-topic article goes all the way to an alert: nothing from it reaches the
 * subject, the SMS, the e-mail or the default body as markup, as a control character (terminal
 * escapes, bell, NUL, C1) or as a line break that could start a header or forge a line.
 */
class AlertBodySafetyTest {

    private static final String BODY = SecurityTest.BODY;

    private final ArticlePipeline pipeline = new ArticlePipeline(WatchTopics.defaults(), 3);

    @Test
    void alertBodiesCarryNoMarkupOrControlCharactersFromTheArticle() {
        String hostile = "Caspian pipeline \u001b[2J\u001b[31mtalks\u0007 stall\r\nBcc: victim@example.com\u0000 as sanctions \u202ebite\u202c"
                + " &lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt;\u2028\u2029\u0085\u009b";
        String page = "<html><head><title>" + hostile + "</title><meta property=\"article:published_time\" content=\"2026-11-29\r\nX: y\u0007\">"
                + "<link rel=\"canonical\" href=\"https://example.com/a\r\nInjected: header\"></head><body><h1>" + hostile + "</h1>"
                + BODY.replace("Caspian Sea", "Caspian Sea &lt;img src=x onerror=alert(1)&gt;\u0007\u001b]0;title\u0007")
                        .replace("on Monday", "on Monday\u202e\u2066 &lt;/p&gt;&lt;iframe src=//evil&gt;")
                + "</body></html>";

        Analysis a = pipeline.process(RawDocument.of("hostile.html", page.getBytes(StandardCharsets.UTF_8)));
        AlertMessage m = AlertMessage.render(new Alert(a, "s3://bucket/hostile.html"));

        assertTrue(a.alert(), "the hostile article is on topic, so it alerts");
        assertClean("subject", m.subject(), false);
        assertClean("sms", m.sms(), false);
        assertClean("default", m.defaultBody(), false);
        assertClean("email", m.email(), true);
    }

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z!]");

    private static void assertClean(String part, String body, boolean multiline) {
        assertFalse(CONTROL.matcher(body).find(), part + " holds a control character: " + escape(body));
        assertFalse(!multiline && body.contains("\n"), part + " holds a line break: " + escape(body));
        assertFalse(MARKUP.matcher(body).find(), part + " holds markup: " + body);
        assertFalse(body.contains("Bcc:") && body.contains("\nBcc:"), part + " lets the article start a new header line");
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x2028 && c <= 0x206F) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
