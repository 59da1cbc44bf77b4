package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    static String fixture(String name) throws IOException {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/clean/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keepsEveryArticleParagraphAndDropsTheFurniture() throws IOException {
        Article a = extractor.extract(fixture("article-with-furniture.html"));

        assertEquals(List.of(
                "Negotiators from three countries met in Baku on Monday to restart talks on a pipeline under the Caspian Sea, officials said.",
                "The project, shelved for a decade, would carry oil west while bypassing existing routes, according to the energy ministry.",
                "Costs and timing",
                "Engineers estimate the line would cost several billion dollars and take at least four years to build, if approved.",
                "“We are closer than we have ever been,” the deputy minister told reporters.",
                "Length: about 300 kilometres under the seabed",
                "Capacity: up to 20 million tonnes a year",
                "Talks continue on Tuesday, and a joint statement is expected by the end of the week."),
                a.paragraphs());
        assertEquals("Caspian pipeline talks resume", a.title());
    }
}
