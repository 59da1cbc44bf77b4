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
        return run(Map.of(), args);
    }

    private Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = new DigestCommand(o, e, env, NOW).run(args);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anS3TopicsLocationIsRefusedNotReplacedByTheBundledTopics() {
        Run run = run(Map.of("WATCH_TOPICS", "s3://config/topics.json"), "--data", dir.toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("WATCH_TOPICS must name a topics file on disk"), run.err());
    }

    @Test
    void watchThenDigestListsEachStoryOnceByTopic() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path data = dir.resolve("data");
        // Sorted names give the processing order: the wire story first, its update after it.
        for (String[] f : new String[][] {{"colombia-pipeline-bombed.txt", "a-wire.txt"},
                {"colombia-pipeline-bombed-update.txt", "b-update.txt"}, {"japan-chips-yeutter.txt", "c-chips.txt"}}) {
            Files.write(inbox.resolve(f[1]), org.newssentinel.dedup.Fixtures.bytes(f[0]));
        }
        org.newssentinel.handler.CliRun watch = org.newssentinel.handler.CliRun.run("watch", "--once", "--data", data.toString(), inbox.toString());
        assertEquals(0, watch.exit(), watch.err());
        assertTrue(watch.err().contains("suppressed " + inbox.resolve("b-update.txt")), watch.err());
        String update = Files.readAllLines(data.resolve("records.jsonl")).stream().filter(l -> l.contains("b-update.txt")).findFirst().orElseThrow();
        assertTrue(update.contains("\"dedup\":\"DUPLICATE\"") && update.contains("\"alertSuppressed\":true")
                && update.contains("\"duplicateOf\":\"" + inbox.resolve("a-wire.txt")), update);
        assertTrue(update.matches(".*\"dedupReason\":\"suppressed: 0\\.\\d\\d similar to [^\"]*a-wire.txt[^\"]* alerted at [^\"]+\".*"), update);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = new DigestCommand(o, e, Map.of(), Clock.systemUTC()).run(new String[] {"--since", "1h", "--data", data.toString()});
        }
        String digest = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue(digest.startsWith("DIGEST News Sentinel digest: 1 pipelines, 1 sanctions, "), digest);
        assertTrue(digest.contains("2 articles alerted."), digest);
        assertTrue(digest.contains("== Pipelines") || digest.contains("(pipelines): 1 alert =="), digest);
        assertTrue(digest.contains(inbox.resolve("a-wire.txt").toString()) && digest.contains(inbox.resolve("c-chips.txt").toString()), digest);
        assertTrue(!digest.contains("b-update.txt"), "the suppressed update is not listed: " + digest);
    }

    @Test
    void aPeriodWithoutAlertsPrintsNothingAndSaysSo() throws Exception {
        Files.writeString(dir.resolve("records.jsonl"), "", StandardCharsets.UTF_8);
        Run hour = run("--since", "90m", "--data", dir.toString());
        assertEquals(0, hour.exit());
        assertEquals("", hour.out());
        assertEquals("no alerts in " + dir.resolve("records.jsonl") + " since 2026-11-29 05:30:00 UTC\n", hour.err(),
                "to the second, not the nanosecond");
    }

    @Test
    void whenTheChosenTopicsAreWhyNothingIsListedTheMessageSaysSo() throws Exception {
        Files.writeString(dir.resolve("records.jsonl"), "", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("records.alerts.jsonl"), "{\"type\":\"topicAlert\",\"id\":\"a#1\",\"topic\":\"pipelines\","
                + "\"score\":0.9,\"at\":\"2026-11-29T06:00:00.123456789Z\",\"title\":\"t\",\"sms\":\"s\",\"location\":\"a.txt\"}\n",
                StandardCharsets.UTF_8);
        Path topics = Files.writeString(dir.resolve("shipping.json"), "{\"topics\":[{\"id\":\"shipping\",\"terms\":{\"tanker\":3}}]}");

        Run r = run("--data", dir.toString(), "--topics", topics.toString());

        assertEquals(0, r.exit());
        assertEquals("no alerts for shipping in " + dir.resolve("records.jsonl") + " since 2026-11-28 07:00:00 UTC; there are alerts"
                + " for pipelines, topics not in " + topics + "\n", r.err());
        assertTrue(run("--data", dir.toString()).out().contains("(pipelines): 1 alert"), "the bundled topics list it");
    }

    @Test
    void noLocalStoreIsAClearError() {
        Run r = run("--data", dir.resolve("nothing-here").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("error: no local store at "), r.err());
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
        org.newssentinel.handler.CliRun r = org.newssentinel.handler.CliRun.run("digest", "--since", "2x");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("error: --since takes a period"), r.err());
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
