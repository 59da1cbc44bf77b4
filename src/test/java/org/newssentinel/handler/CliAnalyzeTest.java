package org.newssentinel.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliAnalyzeTest {

    static final Path SAMPLE = Path.of("samples/bild-kazakhstan-oil-dispute.txt");
    static final String HEADLINE = "Bild: Oil dispute between Russia and Kazakhstan \u2013 Is Putin losing an important ally?";

    @TempDir
    Path dir;

    @Test
    void sampleArticleIsCleanedScoredAndSummarised() {
        CliRun run = CliRun.run("analyze", SAMPLE.toString());

        assertEquals(0, run.exit(), run.err());
        List<JsonNode> lines = run.jsonLines();
        assertEquals(1, lines.size());
        JsonNode a = lines.get(0);
        assertEquals(SAMPLE.toString(), a.path("source").asText());
        assertEquals(HEADLINE, a.path("title").asText());
        String text = a.path("text").asText();
        assertFalse(text.startsWith(HEADLINE), "the headline is the title, not part of the text");
        for (String furniture : List.of("You may also like", "Get the latest", "Most popular", "untitled design",
                "Top News", "Stay Informed", "The trader named 25 promising coins", "Trader Xremlin", "Source: Capital")) {
            assertFalse(text.toLowerCase().contains(furniture.toLowerCase()), "boilerplate left in the text: " + furniture);
        }
        assertTrue(text.contains("Toqayev ordered a study to build a pipeline through the Caspian Sea."), text);
        assertTrue(text.contains("\n\n"), "paragraphs are separated by a blank line");

        Set<String> alerted = new java.util.HashSet<>();
        for (JsonNode t : a.path("topics")) {
            assertTrue(t.path("score").asDouble() >= 0 && t.path("score").asDouble() <= 1);
            if (t.path("alert").asBoolean()) {
                alerted.add(t.path("topic").asText());
                assertTrue(t.path("evidence").size() > 0, "an alerting topic shows evidence: " + t);
                for (JsonNode e : t.path("evidence")) {
                    assertTrue(text.contains(e.asText()), "evidence is a sentence of the article: " + e.asText());
                }
            }
        }
        assertEquals(Set.of("pipelines", "sanctions", "alliances"), alerted);
        assertTrue(a.path("alert").asBoolean());

        int sentences = a.path("summary").size();
        assertTrue(sentences >= 1 && sentences <= 3, "summary of at most 3 sentences: " + a.path("summary"));
        for (JsonNode s : a.path("summary")) {
            assertTrue(text.contains(s.asText()), "summary sentences come from the article: " + s.asText());
        }
        String sms = a.path("sms").asText();
        assertFalse(sms.isBlank());
        assertTrue(sms.length() <= 160, "sms of at most 160 characters: " + sms.length());
    }

    @Test
    void sentencesOptionSetsTheSummaryLength() {
        JsonNode one = CliRun.run("analyze", "--sentences", "1", SAMPLE.toString()).jsonLines().get(0);
        JsonNode five = CliRun.run("analyze", "--sentences", "5", SAMPLE.toString()).jsonLines().get(0);

        assertEquals(1, one.path("summary").size());
        assertEquals(5, five.path("summary").size());
    }

    @Test
    void inputsThatCannotBeAnalysedGetAnErrorLineAndTheOthersGoOn() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\r\n  \n");
        Path png = Files.write(dir.resolve("photo.txt"), pngHeader());
        Path article = Files.copy(SAMPLE, dir.resolve("article.txt"));
        Path missing = dir.resolve("missing.txt");

        CliRun run = CliRun.run("analyze", empty.toString(), png.toString(), article.toString(), blank.toString(), missing.toString());

        assertEquals(1, run.exit());
        List<JsonNode> lines = run.jsonLines();
        assertEquals(5, lines.size(), run.out());
        assertRejected(lines.get(0), empty, "EMPTY");
        assertRejected(lines.get(1), png, "NOT_AN_ARTICLE");
        assertTrue(lines.get(1).path("error").asText().contains("PNG"), "the error names what the file is");
        assertEquals(HEADLINE, lines.get(2).path("title").asText());
        assertFalse(lines.get(2).has("error"));
        assertRejected(lines.get(3), blank, "EMPTY");
        assertRejected(lines.get(4), missing, "UNREADABLE");
    }

    @Test
    void directoriesExpandToTheirFilesInPathOrderSkippingHiddenOnes() throws IOException {
        Files.copy(SAMPLE, dir.resolve("b.txt"));
        Files.createDirectories(dir.resolve("a/nested"));
        Files.copy(SAMPLE, dir.resolve("a/nested/c.txt"));
        Files.writeString(dir.resolve(".hidden.txt"), "not an input");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config"), "not an input");

        CliRun run = CliRun.run("analyze", dir.toString());

        assertEquals(0, run.exit(), run.out());
        List<String> sources = new ArrayList<>();
        run.jsonLines().forEach(l -> sources.add(l.path("source").asText()));
        assertEquals(List.of(dir.resolve("a/nested/c.txt").toString(), dir.resolve("b.txt").toString()), sources);
    }

    @Test
    void everyArticleIsOneLineOfJson() throws IOException {
        Files.copy(SAMPLE, dir.resolve("one.txt"));
        Files.writeString(dir.resolve("two.html"), "<html><head><title>Gas line</title></head><body><article><h1>Gas line "
                + "deal signed</h1><p>The new gas pipeline will carry gas to Europe.\nIt was signed on Monday.</p>"
                + "<p>Officials said the pipeline\r\nwould open next year.</p></article></body></html>");

        CliRun run = CliRun.run("analyze", dir.toString());

        String[] physical = run.out().split("\n");
        assertEquals(2, physical.length);
        assertEquals(2, run.jsonLines().size());
        assertTrue(run.jsonLines().get(1).path("text").asText().contains("pipeline"));
    }

    @Test
    void oversizedFilesAreRejectedBeforeBeingRead() throws IOException {
        Path big = Files.copy(SAMPLE, dir.resolve("big.txt"));

        CliRun run = CliRun.run(Map.of("MAX_OBJECT_BYTES", "1000"), "analyze", big.toString());

        assertEquals(1, run.exit());
        JsonNode line = run.jsonLines().get(0);
        assertRejected(line, big, "TOO_LARGE");
        assertTrue(line.path("error").asText().contains("1000"), line.toString());
    }

    @Test
    void extractedTextPastTheLimitIsRejected() {
        CliRun run = CliRun.run(Map.of("MAX_TEXT_CHARS", "500"), "analyze", SAMPLE.toString());

        assertEquals(1, run.exit());
        assertEquals("TOO_LARGE", run.jsonLines().get(0).path("reason").asText());
    }

    @Test
    void badUsageExitsTwoWithAMessageAndNoOutput() {
        List<String[]> bad = List.of(
                new String[] {},
                new String[] {"summarise", SAMPLE.toString()},
                new String[] {"analyze"},
                new String[] {"analyze", "--sentences"},
                new String[] {"analyze", "--sentences", "three", SAMPLE.toString()},
                new String[] {"analyze", "--sentences", "0", SAMPLE.toString()},
                new String[] {"analyze", "--colour", SAMPLE.toString()},
                new String[] {"analyze", "--topics", dir.resolve("none.json").toString(), SAMPLE.toString()},
                new String[] {"watch", "a", "b"});
        for (String[] args : bad) {
            CliRun run = CliRun.run(args);
            assertEquals(2, run.exit(), String.join(" ", args));
            assertTrue(run.err().contains("usage") || run.err().startsWith("error:"), run.err());
            assertEquals("", run.out(), String.join(" ", args));
        }
        CliRun run = CliRun.run("analyze", "--sentences", "three", SAMPLE.toString());
        assertTrue(run.err().contains("--sentences needs a whole number"), run.err());
    }

    @Test
    void helpIsAskedForSoItGoesToStandardOutputWithExitZero() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"help"},
                new String[] {"analyze", "--help"}, new String[] {"digest", "--help"}, new String[] {"backfill", "-h"})) {
            CliRun run = CliRun.run(args);
            assertEquals(0, run.exit(), String.join(" ", args));
            assertEquals(Cli.USAGE, run.out(), String.join(" ", args));
            assertEquals("", run.err());
        }
        assertEquals(1, CliRun.run("analyze", "--", "--help").exit(), "after -- it is a file name");
    }

    @Test
    void aBadEnvironmentVariableIsNamedWithoutTheUsageWhichWouldNotHelp() {
        assertEquals("error: MAX_TAGS must be a whole number of tags, was \"many\"\n",
                CliRun.run(Map.of("MAX_TAGS", "many"), "analyze", SAMPLE.toString()).err());
        assertEquals("error: MAX_OBJECT_BYTES must be a positive whole number, was 0\n",
                CliRun.run(Map.of("MAX_OBJECT_BYTES", "0"), "analyze", SAMPLE.toString()).err());
        assertEquals("error: SUMMARY_SENTENCES must be between 1 and 50, was 0\n",
                CliRun.run(Map.of("SUMMARY_SENTENCES", "0"), "analyze", SAMPLE.toString()).err());
        assertEquals("error: TABLE_NAME is not set: name the DynamoDB table for records\n",
                CliRun.run(Map.of(), "backfill", "--bucket", "b").err());
    }

    @Test
    void theSentencesOptionWinsOverABadSummarySentencesVariable() {
        CliRun run = CliRun.run(Map.of("SUMMARY_SENTENCES", "0"), "analyze", "--sentences", "2", SAMPLE.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals(2, run.jsonLines().get(0).path("summary").size());
    }

    @Test
    void aMalformedLimitIsBadUsageNamingTheVariable() {
        CliRun run = CliRun.run(Map.of("MAX_TEXT_CHARS", "lots"), "analyze", SAMPLE.toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("MAX_TEXT_CHARS"), run.err());
    }

    @Test
    void anS3TopicsLocationIsRefusedUnlessTopicsOverridesIt() {
        // It used to be ignored, scoring against the bundled topics instead of the ones configured.
        CliRun refused = CliRun.run(Map.of("WATCH_TOPICS", "s3://config/topics.json"), "analyze", SAMPLE.toString());
        CliRun overridden = CliRun.run(Map.of("WATCH_TOPICS", "s3://config/topics.json"), "analyze", "--topics",
                "watch-topics.json", SAMPLE.toString());

        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("WATCH_TOPICS must name a topics file on disk"), refused.err());
        assertEquals("", refused.out());
        assertEquals(0, overridden.exit(), overridden.err());
        assertEquals(1, overridden.jsonLines().size());
    }

    @Test
    void aDoubleDashEndsTheOptions() {
        CliRun run = CliRun.run("analyze", "--", "--sentences");

        assertEquals(1, run.exit(), run.err());
        assertEquals("--sentences", run.jsonLines().get(0).path("source").asText());
        assertEquals("UNREADABLE", run.jsonLines().get(0).path("reason").asText());
    }

    static void assertRejected(JsonNode line, Path source, String reason) {
        assertEquals(source.toString(), line.path("source").asText());
        assertEquals(reason, line.path("reason").asText(), line.toString());
        assertFalse(line.path("error").asText().isBlank(), line.toString());
        assertFalse(line.has("title"), line.toString());
    }

    static byte[] pngHeader() {
        byte[] b = new byte[256];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(magic, 0, b, 0, magic.length);
        for (int i = magic.length; i < b.length; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }
}
