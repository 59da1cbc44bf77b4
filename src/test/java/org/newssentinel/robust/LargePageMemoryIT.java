package org.newssentinel.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The memory bound of issue 8, on the shipped jar in a forked JVM with {@code -Xmx256m}: the whole
 * pipeline on 10 MB pages (markup-heavy, and text-heavy up to the default text limit) finishes,
 * within bounded time; oversize text and a gzip bomb are refused cheaply. The peak heap seen by
 * the garbage collector is written to {@code target/robust/memory.tsv}.
 */
class LargePageMemoryIT {

    private static final Path JAR = Path.of("target", "news-sentinel.jar");
    private static final Path DIR = Path.of("target", "robust", "large");
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final long TIME_LIMIT_SECONDS = 120;

    record Run(int exit, List<JsonNode> lines, long millis, long peakHeapMb, String err) {
    }

    @BeforeAll
    static void writePages() throws IOException {
        assertTrue(Files.isRegularFile(JAR), "the shaded jar is built before the integration tests");
        LargePages.main(new String[] {DIR.toString()});
        Files.deleteIfExists(Path.of("target", "robust", "memory.tsv"));
        Files.write(DIR.resolve("bomb.txt.gz"), org.newssentinel.clean.Corpus.gzipBomb(1L << 28));
    }

    @Test
    void aMarkupHeavyTenMegabytePageIsAnalysedIn256Megabytes() throws Exception {
        Run run = analyze("markup-heavy-10mb.html");

        assertEquals(0, run.exit(), run.err());
        JsonNode a = run.lines().get(0);
        assertEquals("Caspian pipeline talks stall as sanctions bite", a.path("title").asText());
        assertTrue(a.path("text").asText().length() > 100_000, "the article text is kept");
        assertFalse(a.path("text").asText().contains("More stories"));
    }

    @Test
    void aTextHeavyTenMegabytePageAtTheTextLimitIsAnalysedIn256Megabytes() throws Exception {
        Run run = analyze("text-heavy-10mb.html");

        assertEquals(0, run.exit(), run.err());
        JsonNode a = run.lines().get(0);
        assertTrue(a.path("text").asText().length() > 1_800_000, "nearly two million characters of text analysed");
        assertEquals(3, a.path("summary").size());
        assertTrue(a.path("alert").asBoolean());
    }

    @Test
    void aTextRepeatingItsEvidenceSentenceIsAnalysedIn256Megabytes() throws Exception {
        // 700 KB: every repeat of the sentence that makes the topic fire used to join the summary's
        // sentence graph, whose edges grow with the square of its sentences (out of memory at 1 GB).
        Run run = analyze("one-sentence-9000-times.txt");

        assertEquals(0, run.exit(), run.err());
        JsonNode a = run.lines().get(0);
        assertTrue(a.path("alert").asBoolean());
        assertEquals(1, a.path("summary").size(), "the repeats are one sentence");
    }

    @Test
    void aTenMegabyteSingleLineIsRefusedBeforeTheWork() throws Exception {
        Run run = analyze("single-line-10mb.txt");

        assertEquals(1, run.exit());
        assertEquals("TOO_LARGE", run.lines().get(0).path("reason").asText());
    }

    @Test
    void aQuarterGigabyteGzipBombIsRefusedAtTheCap() throws Exception {
        Run run = analyze("bomb.txt.gz");

        assertEquals(1, run.exit());
        assertEquals("TOO_LARGE", run.lines().get(0).path("reason").asText());
        assertTrue(run.lines().get(0).path("error").asText().contains("compression bomb"));
    }

    private static Run analyze(String name) throws IOException, InterruptedException {
        Path file = DIR.resolve(name);
        Path gcLog = DIR.resolve(name + ".gc.log");
        Path out = DIR.resolve(name + ".out");
        Path err = DIR.resolve(name + ".err");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog, "-jar", JAR.toString(), "analyze", file.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        long start = System.nanoTime();
        boolean finished = p.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!finished) {
            p.destroyForcibly();
        }
        assertTrue(finished, name + " still running after " + TIME_LIMIT_SECONDS + " s");
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            lines.add(json.readTree(line));
        }
        String errText = Files.readString(err, StandardCharsets.UTF_8);
        assertFalse(errText.contains("OutOfMemoryError"), name + ": " + errText);
        assertEquals(1, lines.size(), name + ": one JSON line");
        long peak = peakHeapMb(gcLog);
        record(name, Files.size(file), p.exitValue(), millis, peak);
        return new Run(p.exitValue(), lines, millis, peak, errText);
    }

    /** The largest heap occupancy before a collection, as the GC log reports it. */
    private static long peakHeapMb(Path gcLog) throws IOException {
        long peak = 0;
        Matcher m = GC.matcher(Files.exists(gcLog) ? Files.readString(gcLog) : "");
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
        return peak;
    }

    private static synchronized void record(String name, long bytes, int exit, long millis, long peakMb) throws IOException {
        Path tsv = Path.of("target", "robust", "memory.tsv");
        if (!Files.exists(tsv)) {
            Files.writeString(tsv, "input\tbytes\texit\twall_ms\tpeak_heap_before_gc_mb\txmx_mb\n");
        }
        Files.writeString(tsv, String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t256%n", name, bytes, exit, millis, peakMb),
                StandardOpenOption.APPEND);
    }
}
