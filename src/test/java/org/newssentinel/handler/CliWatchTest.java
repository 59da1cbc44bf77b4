package org.newssentinel.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliWatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void oncePassRecordsEveryFileAlertsAndNeverDuplicatesOnARerun() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path data = dir.resolve("data");
        Path article = Files.copy(CliAnalyzeTest.SAMPLE, inbox.resolve("article.txt"));
        Files.write(inbox.resolve("scan.pdf.txt"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        CliRun first = CliRun.run("watch", "--once", "--data", data.toString(), inbox.toString());

        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("ALERT"), "an alerting article prints an alert: " + first.out());
        assertTrue(first.out().contains("Kazakhstan"), first.out());
        List<JsonNode> records = records(data);
        assertEquals(2, records.size());
        JsonNode analysed = byStatus(records, "ANALYSED");
        assertEquals(article.toString(), analysed.path("source").asText());
        assertEquals(CliAnalyzeTest.HEADLINE, analysed.path("title").asText());
        assertTrue(analysed.path("alert").asBoolean());
        JsonNode rejected = byStatus(records, "REJECTED");
        assertEquals("NOT_AN_ARTICLE", rejected.path("reason").asText());
        assertTrue(rejected.path("error").asText().contains("PDF"), rejected.toString());
        assertTrue(first.err().contains("rejected " + inbox.resolve("scan.pdf.txt") + ": NOT_AN_ARTICLE: " + rejected.path("error").asText()
                + "\n"), "the console says why, as the record does: " + first.err());

        CliRun second = CliRun.run("watch", "--once", "--data", data.toString(), inbox.toString());

        assertEquals(0, second.exit(), second.err());
        assertFalse(second.out().contains("ALERT"), "no alert is sent twice: " + second.out());
        assertEquals(2, records(data).size(), "no record is written twice");
        assertTrue(second.err().contains("duplicate"), second.err());

        Files.writeString(article, "\nA new paragraph about the pipeline added by the editor.\n", StandardOpenOption.APPEND);
        Files.setLastModifiedTime(article, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        CliRun third = CliRun.run("watch", "--once", "--data", data.toString(), inbox.toString());

        assertEquals(3, records(data).size(), "an edited file is a new version");
        // One paragraph added repeats the alerted story: recorded and linked to it, not alerted again.
        assertFalse(third.out().contains("ALERT"), third.out());
        assertTrue(third.err().contains("suppressed"), third.err());
    }

    @Test
    void watchingSomethingThatIsNotAFolderIsBadUsage() {
        CliRun run = CliRun.run("watch", "--once", "--data", dir.resolve("data").toString(), dir.resolve("nope").toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("not a directory"), run.err());
    }

    private static List<JsonNode> records(Path data) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("records.jsonl"))) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static JsonNode byStatus(List<JsonNode> records, String status) {
        return records.stream().filter(r -> r.path("status").asText().equals(status)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + status + " record in " + records));
    }
}
