package org.newssentinel.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newssentinel.topics.TopicScore;
import org.newssentinel.topics.WatchTopics;

/** Soft hyphens and word joiners, pasted in with text from many sites, are no part of the words they sit in. */
class BreakHintsTest {

    private static final String STORY = "EU agrees new sanctions package against Russia\n\n"
            + "BRUSSELS - European Union countries on Thursday agreed a new package of sanctions against Russia, adding "
            + "27 tankers to a blacklist and an asset freeze on four banks.\n\n"
            + "The sanctions take effect on Friday, diplomats said, and the embargo on refined products is extended.";

    private final ArticlePipeline pipeline = new ArticlePipeline(WatchTopics.defaults(), 3);

    private Analysis analyse(String name, String content, String type) {
        return pipeline.process(new RawDocument(name, content.getBytes(StandardCharsets.UTF_8), Optional.of(type), Optional.empty()));
    }

    private static double sanctions(Analysis a) {
        return a.topics().stream().filter(t -> t.topic().equals("sanctions")).mapToDouble(TopicScore::score).findFirst()
                .orElseThrow();
    }

    @Test
    void aWordWithSoftHyphensOrWordJoinersInsideScoresAsTheWordItself() {
        Analysis plain = analyse("plain.txt", STORY, "text/plain; charset=utf-8");
        Analysis hinted = analyse("hinted.txt", STORY.replace("sanctions", "sanc\u00adtions").replace("tankers", "tank\u2060ers"),
                "text/plain; charset=utf-8");

        assertTrue(plain.alert());
        assertEquals(sanctions(plain), sanctions(hinted), 1e-12);
        assertEquals(plain.article().title(), hinted.article().title());
        assertEquals(plain.article().paragraphs(), hinted.article().paragraphs());
    }

    @Test
    void theHtmlEntityToo() {
        Analysis page = analyse("page.html", "<html><body><h1>EU agrees new sanc&shy;tions package</h1><article><p>"
                + "European Union countries agreed a new package of sanc&shy;tions against Russia on Thursday, diplomats "
                + "said, adding tankers to a blacklist.</p></article></body></html>", "text/html; charset=utf-8");

        assertEquals("EU agrees new sanctions package", page.article().title());
        assertFalse(page.article().text().contains("\u00ad"));
        assertTrue(page.article().text().contains("package of sanctions against"));
    }
}
