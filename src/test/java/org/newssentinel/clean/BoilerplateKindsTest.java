package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of page furniture, alone beside the same article: the article survives whole, the furniture goes. */
class BoilerplateKindsTest {

    private static final List<String> ARTICLE = List.of(
            "The energy ministry said on Monday that exports through the northern pipeline would resume next week after repairs.",
            "Traders said the restart, expected since the summer, would ease pressure on prices in the region, at least for now.",
            "The operator declined to say how much oil had been lost during the outage, citing commercial confidentiality.");

    private static String page(String furnitureBefore, String furnitureAfter) {
        StringBuilder body = new StringBuilder("<div class=\"story\">");
        for (String p : ARTICLE) {
            body.append("<p>").append(p).append("</p>");
        }
        body.append("</div>");
        return "<html><head><title>Exports to resume</title></head><body>" + furnitureBefore + "<main><h1>Exports to resume</h1>"
                + body + furnitureAfter + "</main></body></html>";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "navigation | <nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World news and analysis</a></li></ul></nav> |",
        "cookie box | <div class='cookie-banner'><p>We use cookies to personalise content and ads, and to analyse our traffic with our partners.</p></div> |",
        "share bar | | <div class='social-share'><a href='#'>Share on Facebook</a><a href='#'>Share on X</a><span>Share this article with your friends and family today</span></div>",
        "related teasers | | <section class='related'><h3>Related</h3><div><h4><a href='/a'>Prices fall</a></h4><p>Brent fell on Tuesday as the restart came closer, traders said in London.</p></div></section>",
        "newsletter box | | <div class='newsletter'><p>Sign up to our daily briefing and get the most important energy stories in your inbox every morning.</p></div>",
        "comments | | <div id='comments'><p>I have been saying for years that this pipeline is a disaster waiting to happen, and nobody listens to me at all.</p></div>",
        "caption and credit | <figure><img src='x.jpg'><figcaption>A pumping station on the northern line, seen from the air in the spring of last year.</figcaption></figure> |",
        "advertisement | | <div class='ad-slot'><p>Advertisement</p></div>",
        "page footer | | <footer><p>© 2026 Example Media Group. All rights reserved. Registered in England and Wales under number 0000000.</p></footer>",
        "link list | | <ul><li><a href='/1'>Oil majors report record quarterly profits again</a></li><li><a href='/2'>Gas storage levels reach a new high ahead of winter</a></li></ul>",
        "sidebar | | <aside><h3>Most read</h3><p>A completely different story that many readers looked at today, about the weather and the harvest.</p></aside>",
    })
    void furnitureGoesAndTheArticleStays(String kind, String before, String after) {
        Article a = new HtmlExtractor().extract(page(before == null ? "" : before, after == null ? "" : after));

        assertEquals(ARTICLE, a.paragraphs(), kind);
        assertEquals("Exports to resume", a.title());
    }
}
