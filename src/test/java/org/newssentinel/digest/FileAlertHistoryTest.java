package org.newssentinel.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAlertHistoryTest {

    @TempDir
    Path dir;

    @Test
    void readsTheAlertsOfThePeriodFromTheLocalStore() throws Exception {
        Path file = dir.resolve("records.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"old\",\"processedAt\":\"2026-11-27T10:00:00Z\",\"alert\":true,\"title\":\"Old\",\"source\":\"a\",\"sms\":\"s\",\"topics\":[{\"topic\":\"pipelines\",\"score\":0.8,\"alert\":true}]}",
                "{\"id\":\"quake\",\"processedAt\":\"2026-11-29T01:00:00Z\",\"alert\":true,\"title\":\"Quake\",\"source\":\"in/q.txt\",\"sms\":\"Quake sms\",\"url\":\"https://e.org/q\","
                        + "\"topics\":[{\"topic\":\"pipelines\",\"score\":0.8,\"alert\":true},{\"topic\":\"sanctions\",\"score\":0.1,\"alert\":false}]}",
                "{\"id\":\"quiet\",\"processedAt\":\"2026-11-29T02:00:00Z\",\"alert\":false,\"topics\":[]}",
                "{\"id\":\"bad\",\"source\":\"x\",\"status\":\"REJECTED\",\"reason\":\"EMPTY\",\"processedAt\":\"2026-11-29T02:00:00Z\"}",
                "{\"id\":\"copy\",\"processedAt\":\"2026-11-29T03:00:00Z\",\"alert\":true,\"title\":\"Quake again\",\"source\":\"in/c.txt\",\"sms\":\"c\","
                        + "\"alertSuppressed\":true,\"duplicateOf\":\"quake\",\"topics\":[{\"topic\":\"pipelines\",\"score\":0.8,\"alert\":true}]}",
                "{\"id\":\"late\",\"processedAt\":\"2026-11-29T09:00:00Z\",\"alert\":true,\"topics\":[{\"topic\":\"pipelines\",\"score\":0.8,\"alert\":true}]}",
                "{\"id\":\"torn\",\"processedAt\":\"2026-11-29T0"), StandardCharsets.UTF_8);
        List<DigestEntry> got = new FileAlertHistory(file).alertsBetween(Instant.parse("2026-11-28T07:00:00Z"), Instant.parse("2026-11-29T07:00:00Z"));
        assertEquals(List.of(
                new DigestEntry("quake", Instant.parse("2026-11-29T01:00:00Z"), "Quake", "in/q.txt", "Quake sms",
                        Optional.of("https://e.org/q"), Map.of("pipelines", 0.8), Optional.empty()),
                new DigestEntry("copy", Instant.parse("2026-11-29T03:00:00Z"), "Quake again", "in/c.txt", "c",
                        Optional.empty(), Map.of("pipelines", 0.8), Optional.of("quake"))), got);
    }

    @Test
    void noStoreYetMeansNoAlerts() {
        assertEquals(List.of(), new FileAlertHistory(dir.resolve("none.jsonl")).alertsBetween(Instant.EPOCH, Instant.now()));
    }
}
