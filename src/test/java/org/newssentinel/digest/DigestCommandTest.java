package org.newssentinel.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestCommandTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-29T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = new DigestCommand(o, e, Map.of(), NOW).run(args);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsTheDigestOfTheLocalStoreForThePeriod() throws Exception {
        Files.writeString(dir.resolve("records.jsonl"),
                "{\"id\":\"q\",\"processedAt\":\"2026-11-29T05:00:00Z\",\"alert\":true,\"title\":\"Quake cuts exports\",\"source\":\"in/q.txt\",\"sms\":\"s\","
                        + "\"topics\":[{\"topic\":\"pipelines\",\"score\":0.8,\"alert\":true}]}\n"
                        + "{\"id\":\"old\",\"processedAt\":\"2026-11-27T05:00:00Z\",\"alert\":true,\"title\":\"Old news\",\"source\":\"in/o.txt\",\"sms\":\"s\","
                        + "\"topics\":[{\"topic\":\"sanctions\",\"score\":0.8,\"alert\":true}]}\n", StandardCharsets.UTF_8);
        Run day = run("--data", dir.toString());
        assertEquals(0, day.exit(), day.err());
        assertTrue(day.out().startsWith("DIGEST News Sentinel digest: 1 pipelines, 28 Nov 07:00 - 29 Nov 07:00 UTC\n"), day.out());
        assertTrue(day.out().contains("Quake cuts exports") && !day.out().contains("Old news"), day.out());
        Run threeDays = run("--since", "3d", "--data", dir.toString());
        assertTrue(threeDays.out().contains("Old news"), threeDays.out());
        Run hour = run("--since", "90m", "--data", dir.toString());
        assertEquals(0, hour.exit());
        assertEquals("", hour.out());
        assertTrue(hour.err().startsWith("no alerts in "), hour.err());
    }

    @Test
    void badUsageExitsTwoWithAClearMessage() {
        Run r = run("--since", "yesterday");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("error: --since takes a period such as 90m, 24h or 7d, got \"yesterday\"\nusage: news-sentinel digest"), r.err());
        assertEquals(2, run("--since").exit());
        assertEquals(2, run("some-dir").exit());
        assertEquals(2, run("--topics", dir.resolve("missing.json").toString()).exit());
    }

    @Test
    void theCliDispatchesDigest() {
        org.newssentinel.handler.CliRun r = org.newssentinel.handler.CliRun.run("digest", "--data", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().startsWith("no alerts in "), r.err());
        assertTrue(org.newssentinel.handler.CliRun.run().err().contains("news-sentinel digest [--since 24h]"));
    }

    @Test
    void periodsInMinutesHoursAndDays() {
        assertEquals(Optional.of(Duration.ofMinutes(90)), DigestCommand.period("90m"));
        assertEquals(Optional.of(Duration.ofHours(24)), DigestCommand.period("24H"));
        assertEquals(Optional.of(Duration.ofDays(7)), DigestCommand.period("7d"));
        assertEquals(Optional.empty(), DigestCommand.period("0h"));
        assertEquals(Optional.empty(), DigestCommand.period("-1h"));
        assertEquals(Optional.empty(), DigestCommand.period("1w"));
    }
}
