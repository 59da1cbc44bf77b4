package org.newssentinel.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssentinel.alert.Alert;
import org.newssentinel.alert.AlertMessage;
import org.newssentinel.handler.CliRun;
import org.newssentinel.pipeline.Analysis;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.topics.WatchTopics;

/**
 * Article content is data, never instructions: no script runs, no entity is resolved and nothing
 * the page references is fetched, whether by the cleaner, the alert rendering or the CLI.
 */
class SecurityTest {

    static final String BODY = "<p>Kazakhstan wants a new oil pipeline under the Caspian Sea to Europe, bypassing Russia and its sanctions.</p>"
            + "<p>The alliance between Kazakhstan and Azerbaijan has grown closer, officials said on Monday in Baku.</p>"
            + "<p>Western sanctions on Russian oil exports made the old pipeline route unreliable, the energy minister said.</p>";

    private final ArticlePipeline pipeline = new ArticlePipeline(WatchTopics.defaults(), 3);
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String base;

    @TempDir
    Path dir;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            byte[] body = "<p>FETCHED pipeline sanctions alliance text that must never appear</p>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void nothingThePageReferencesIsFetched() throws Exception {
        String page = "<!DOCTYPE html [<!ENTITY ext SYSTEM \"" + base + "/entity\">]><html><head>"
                + "<base href=\"" + base + "/base/\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + base + "/refresh\">"
                + "<link rel=\"stylesheet\" href=\"" + base + "/style.css\"><link rel=\"canonical\" href=\"" + base + "/canonical\">"
                + "<link rel=\"preload\" href=\"" + base + "/preload\"><link rel=\"import\" href=\"" + base + "/import\">"
                + "<script src=\"" + base + "/script.js\"></script><style>@import url(" + base + "/import.css);</style>"
                + "<title>Caspian pipeline</title></head><body><h1>Caspian pipeline talks stall as sanctions bite</h1>"
                + "<img src=\"" + base + "/img.png\" srcset=\"" + base + "/img2.png 2x\"><iframe src=\"" + base + "/frame\"></iframe>"
                + "<object data=\"" + base + "/object\"></object><embed src=\"" + base + "/embed\"><video poster=\"" + base + "/poster\">"
                + "<source src=\"" + base + "/video\"></video><xi:include href=\"" + base + "/xinclude\"/>"
                + "<div style=\"background:url(" + base + "/bg.png)\">&ext;</div>" + BODY + "</body></html>";
        Path file = Files.writeString(dir.resolve("references.html"), page);

        Analysis a = pipeline.process(RawDocument.of("references.html", page.getBytes(StandardCharsets.UTF_8)));
        AlertMessage.render(new Alert(a, "s3://bucket/references.html"));
        CliRun run = CliRun.run("analyze", file.toString());
        Thread.sleep(300);

        assertEquals(List.of(), requests, "requests made while analysing");
        assertFalse(a.article().text().contains("FETCHED"));
        assertEquals(0, run.exit(), run.out());
    }

    @Test
    void scriptsNeverRunAndTheirTextIsNotArticleText() {
        String page = "<html><head><script>document.write('<p>INJECTED by a script about pipeline sanctions alliance</p>');</script>"
                + "</head><body onload=\"document.body.innerHTML='INJECTED'\"><h1>Caspian pipeline talks stall</h1>"
                + "<script>document.getElementById('x').textContent = 'INJECTED pipeline';</script>"
                + "<noscript><p>INJECTED noscript text about the pipeline sanctions today</p></noscript>"
                + "<p id=\"x\" onclick=\"alert('INJECTED')\">" + BODY.replace("<p>", "").replace("</p>", " ") + "</p>"
                + "<a href=\"javascript:alert('INJECTED')\">Read more about the pipeline and sanctions here</a></body></html>";

        Analysis a = pipeline.process(RawDocument.of("scripted.html", page.getBytes(StandardCharsets.UTF_8)));

        assertFalse((a.summary().headline() + a.article().text()).contains("INJECTED"), a.article().text());
        assertTrue(a.article().text().contains("bypassing Russia"));
    }

    @Test
    void entitiesAreNeverResolvedOrExpanded() {
        String page = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
                + "<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<html><body><h1>Caspian pipeline talks stall</h1><p>Passwords: &xxe; and laughs: &lol3;&lol3;&lol3;</p>"
                + BODY + "</body></html>";

        Analysis a = pipeline.process(RawDocument.of("xxe.html", page.getBytes(StandardCharsets.UTF_8)));

        String text = a.article().text();
        assertFalse(text.contains("root:"), text);
        assertFalse(text.contains("lollol"), text);
        assertTrue(text.length() < 2000, "no entity expansion: " + text.length());
    }

}
