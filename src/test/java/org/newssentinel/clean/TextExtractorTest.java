package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor();

    private static String fixture(String name) throws IOException {
        try (InputStream in = TextExtractorTest.class.getResourceAsStream("/clean/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keepsTheArticleAndItsShortQuoteLinesAndDropsEveryKindOfFurniture() throws IOException {
        Article a = extractor.extract(fixture("scraped-with-furniture.txt"));

        assertEquals("Tanker fleet grows as sanctions bite – who is buying the oil?", a.title());
        assertEquals(List.of(
                "Shipping analysts counted forty more ageing tankers in the fleet this quarter, according to a report published on Tuesday by a London consultancy.",
                "Who owns them?",
                "Most of the vessels changed hands through companies registered in the last two years, the report said, and many sail without Western insurance.",
                "Enough is enough!",
                "Port officials in two countries said they would start checking insurance papers more strictly from next month, and that ships without them would be turned away."),
                a.paragraphs());
        assertEquals(Optional.of("Maritime Monitor"), a.attribution());
        assertEquals(Optional.of("Lena Fischer"), a.byline());
        assertEquals("en", a.language());
    }

    @Test
    void aTextThatOpensWithASentenceHasNoTitleAndKeepsThatSentence() {
        Article a = extractor.extract("""
                The central bank raised its main rate by half a point on Thursday, its third rise this year.

                Economists had expected a smaller step, citing slowing growth in the second half.
                """);

        assertEquals("", a.title());
        assertEquals(List.of(
                "The central bank raised its main rate by half a point on Thursday, its third rise this year.",
                "Economists had expected a smaller step, citing slowing growth in the second half."), a.paragraphs());
    }

    @Test
    void aSingleParagraphIsTextNotATitle() {
        Article a = extractor.extract("Officials confirmed the pipeline would reopen on Friday after repairs");

        assertEquals("", a.title());
        assertEquals(List.of("Officials confirmed the pipeline would reopen on Friday after repairs"), a.paragraphs());
    }

    @Test
    void aTeaserBlockEarlyInTheTextIsDroppedUpToTheNextParagraph() {
        Article a = extractor.extract("""
                Read more

                Pipeline talks stall again
                Ministers blame each other

                The talks on the new line broke up on Monday without agreement, the third failure in a row this year, and no new date has been set for another round.

                Both sides said they remained committed to the project in principle, but would not move on the price of transit.

                Neither government commented further.
                """);

        assertEquals(List.of(
                "The talks on the new line broke up on Monday without agreement, the third failure in a row this year, and no new date has been set for another round.",
                "Both sides said they remained committed to the project in principle, but would not move on the price of transit.",
                "Neither government commented further."), a.paragraphs());
    }

    @Test
    void hardWrappedLinesJoinIntoOneParagraph() {
        Article a = extractor.extract("""
                The committee published its findings on Wednesday morning after
                a review that lasted almost two years and heard from ninety witnesses
                in four countries.
                """);

        assertEquals(List.of("The committee published its findings on Wednesday morning after a review that lasted almost"
                + " two years and heard from ninety witnesses in four countries."), a.paragraphs());
    }

    @Test
    void linkLikeLinesGo() {
        Article a = extractor.extract("""
                The regulator fined the exchange for weak checks on customers from sanctioned regions, a statement said.
                Full statement: www.regulator.example/fines
                Next story »
                """);

        assertEquals(List.of("The regulator fined the exchange for weak checks on customers from sanctioned regions, a statement said."),
                a.paragraphs());
    }
}
