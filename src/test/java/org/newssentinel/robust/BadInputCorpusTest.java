package org.newssentinel.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newssentinel.handler.CliRun;
import org.newssentinel.pipeline.Analysis;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.topics.WatchTopics;

/**
 * Runs the generated bad-input corpus through the pipeline and through the CLI: every input gets
 * the expected result or a clear rejection, never another exception, a stack overflow or a hang,
 * and the CLI answers each file with exactly one JSON line.
 */
class BadInputCorpusTest {

    /** Smaller than any thread stack the JVM or Lambda gives by default: recursion that fits here fits there. */
    private static final long STACK_BYTES = 512 * 1024;
    private static final long TIME_LIMIT_MILLIS = 30_000;
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F-\\x9F]");
    private static final Map<String, Map<String, Integer>> TALLY = new ConcurrentHashMap<>();

    private final ArticlePipeline pipeline = new ArticlePipeline(WatchTopics.defaults(), 3);

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyInputGetsAResultOrAClearRejection() {
        return BadInputs.all().stream().map(c -> DynamicTest.dynamicTest(c.kind() + ": " + c.name(), () -> check(c)));
    }

    private void check(BadInputs.Case c) {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(pipeline.process(c.document()));
            } catch (Throwable t) {
                result.set(t);
            }
        }, "corpus-" + c.name(), STACK_BYTES);
        worker.setDaemon(true);
        long start = System.nanoTime();
        worker.start();
        try {
            worker.join(TIME_LIMIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (worker.isAlive()) {
            fail(c.name() + " still running after " + TIME_LIMIT_MILLIS + " ms");
        }
        Object r = result.get();
        String outcome;
        if (r instanceof Analysis a) {
            outcome = BadInputs.ANALYSED;
            checkAnalysis(c, a);
        } else if (r instanceof ArticleRejectedException e) {
            outcome = e.reason().name();
            assertFalse(e.getMessage().isBlank(), "a rejection says why");
        } else {
            throw new AssertionError(c.name() + " threw " + r, (Throwable) r);
        }
        TALLY.computeIfAbsent(c.kind(), k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
        assertTrue(c.outcomes().contains(outcome), c.name() + ": expected " + c.outcomes() + " but was " + outcome
                + (r instanceof ArticleRejectedException e ? " (" + e.getMessage() + ")" : "") + " after " + millis + " ms");
    }

    private static void checkAnalysis(BadInputs.Case c, Analysis a) {
        String text = a.article().text();
        assertFalse(text.isBlank(), c.name());
        assertFalse(CONTROL.matcher(text).find(), c.name() + ": control characters in the text");
        assertFalse(CONTROL.matcher(a.summary().headline()).find(), c.name() + ": control characters in the title");
        assertFalse(a.summary().sentences().isEmpty(), c.name());
        assertTrue(a.summary().sms().length() <= 160, c.name());
        c.mustContain().ifPresent(phrase -> assertTrue((a.summary().headline() + "\n" + text).contains(phrase),
                c.name() + ": expected \"" + phrase + "\" in " + abbreviate(text)));
    }

    @Test
    void theCliAnswersEveryCorpusFileWithExactlyOneJsonLine() throws IOException {
        List<BadInputs.Case> cases = BadInputs.all();
        Map<String, BadInputs.Case> byName = new HashMap<>();
        for (BadInputs.Case c : cases) {
            Files.write(dir.resolve(c.name()), c.content());
            byName.put(dir.resolve(c.name()).toString(), c);
        }

        CliRun run = CliRun.run("analyze", dir.toString());

        assertEquals(1, run.exit(), "some inputs are rejected");
        assertEquals(cases.size(), run.out().split("\n").length, "one physical line per file");
        List<JsonNode> lines = run.jsonLines();
        assertEquals(cases.size(), lines.size());
        List<String> wrong = new ArrayList<>();
        for (JsonNode line : lines) {
            BadInputs.Case c = byName.get(line.path("source").asText());
            assertTrue(c != null, "unknown source " + line.path("source"));
            assertNotEquals("INTERNAL_ERROR", line.path("reason").asText(), line.toString());
            String outcome = line.has("error") ? line.path("reason").asText() : BadInputs.ANALYSED;
            if (line.has("error")) {
                assertFalse(line.path("error").asText().isBlank());
            } else {
                assertTrue(line.has("title") && line.has("topics") && line.has("summary"), abbreviate(line.toString()));
            }
            if (c.sameAsFile() && !c.outcomes().contains(outcome)) {
                wrong.add(c.name() + " -> " + outcome);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @AfterAll
    static void writeTally() throws IOException {
        if (TALLY.isEmpty()) {
            return;
        }
        StringBuilder out = new StringBuilder("kind\toutcome\tcount\n");
        new TreeMap<>(TALLY).forEach((kind, outcomes) -> outcomes.forEach((o, n) -> out.append(kind).append('\t').append(o)
                .append('\t').append(n).append('\n')));
        Path report = Path.of("target", "robust", "corpus-outcomes.tsv");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
