package org.newssentinel.bench.throughput;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newssentinel.bench.BenchPages;
import org.newssentinel.bench.Stats;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link PipelineThroughput} under JMH (one forked JVM, all three benchmarks in it) and
 * prints pages per second with median and spread over the measured iterations, allocation per
 * page, and the ratios against the two baselines measured in the same run.
 *
 * <p>System properties: {@code bench.warmup} / {@code bench.iterations} (count, default 5),
 * {@code bench.seconds} (per iteration, default 2), {@code bench.forks} (default 1),
 * {@code bench.jvmArgs} (extra flags for the forked JVM), {@code bench.pages} (page folder),
 * {@code bench.include} (a regular expression over benchmark names, default all). Stage rows are
 * per benchmark page too (pages rejected by cleaning are not scored or summarised).
 */
public final class ThroughputReport {

    private static final double GOAL_VS_JSOUP = 0.5;
    private static final double GOAL_VS_READABILITY = 3.0;

    private ThroughputReport() {
    }

    public static void main(String[] args) throws RunnerException {
        List<BenchPages.Page> pages = BenchPages.load();
        long bytes = pages.stream().mapToLong(p -> p.bytes().length).sum();
        int warmup = Integer.getInteger("bench.warmup", 5);
        int iterations = Integer.getInteger("bench.iterations", 5);
        int seconds = Integer.getInteger("bench.seconds", 2);
        int forks = Integer.getInteger("bench.forks", 1);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(PipelineThroughput.class.getName() + "\\." + System.getProperty("bench.include", ""))
                .warmupIterations(warmup).warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(seconds))
                .forks(forks).threads(1)
                .jvmArgsAppend("-Xmx1g", "-Dbench.pages=" + BenchPages.directory().toAbsolutePath())
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true);
        String extra = System.getProperty("bench.jvmArgs", "").strip();
        if (!extra.isEmpty()) {
            options.jvmArgsPrepend(extra.split("\\s+"));
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        Map<String, Row> measured = new LinkedHashMap<>();
        for (RunResult run : results) {
            String name = run.getParams().getBenchmark().replaceFirst(".*\\.", "");
            measured.put(name, Row.of(run, pages.size()));
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String name : List.of("pipeline", "stageClean", "stageAnalyse", "stageScore", "stageSummarise", "jsoupParse",
                "readability4j")) {
            if (measured.containsKey(name)) {
                rows.put(name, measured.get(name));
            }
        }
        print(rows, pages.size(), bytes, warmup, iterations, seconds, forks, extra);
    }

    private static void print(Map<String, Row> rows, int pages, long bytes, int warmup, int iterations,
            int seconds, int forks, String extra) {
        Row pipeline = rows.get("pipeline");
        Row jsoup = rows.get("jsoupParse");
        Row readability = rows.get("readability4j");
        System.out.println();
        System.out.printf(Locale.ROOT, "Warm throughput, single thread: %d pages, %.1f MB of HTML; JMH %dx%ds warm-up,"
                + " %dx%ds measured, %d fork(s)%s%n", pages, bytes / 1e6, warmup, seconds, iterations, seconds, forks,
                extra.isEmpty() ? "" : ", JVM flags " + extra);
        System.out.printf(Locale.ROOT, "%-22s %10s %19s %8s %12s %9s %9s%n",
                "benchmark", "pages/s", "min..max", "spread", "alloc/page", "vs jsoup", "vs r4j");
        for (Map.Entry<String, Row> e : rows.entrySet()) {
            Row r = e.getValue();
            System.out.printf(Locale.ROOT, "%-22s %10.1f %19s %7.1f%% %12s %8.2fx %8.2fx%n",
                    label(e.getKey()), r.pagesPerSecond.median(),
                    String.format(Locale.ROOT, "%.1f..%.1f", r.pagesPerSecond.min(), r.pagesPerSecond.max()),
                    r.pagesPerSecond.spreadPercent(), r.allocPerPage < 0 ? "n/a" : kb(r.allocPerPage),
                    ratio(r, jsoup), ratio(r, readability));
        }
        if (pipeline != null && jsoup != null && readability != null) {
            double vsJsoup = ratio(pipeline, jsoup);
            double vsReadability = ratio(pipeline, readability);
            System.out.printf(Locale.ROOT, "goal: pipeline >= %.1fx jsoup parse-only: %.2fx %s%n",
                    GOAL_VS_JSOUP, vsJsoup, vsJsoup >= GOAL_VS_JSOUP ? "PASS" : "FAIL");
            System.out.printf(Locale.ROOT, "goal: pipeline >= %.1fx readability4j:    %.2fx %s%n",
                    GOAL_VS_READABILITY, vsReadability, vsReadability >= GOAL_VS_READABILITY ? "PASS" : "FAIL");
        }
    }

    private static String label(String benchmark) {
        return switch (benchmark) {
            case "pipeline" -> "pipeline (ours)";
            case "jsoupParse" -> "jsoup parse-only";
            case "stageClean" -> "  stage: clean";
            case "stageAnalyse" -> "  stage: analyse text";
            case "stageScore" -> "  stage: score";
            case "stageSummarise" -> "  stage: summarise";
            default -> benchmark;
        };
    }

    private static String kb(double bytesPerPage) {
        return String.format(Locale.ROOT, "%.0f KB", bytesPerPage / 1024);
    }

    private static double ratio(Row r, Row baseline) {
        return baseline == null ? Double.NaN : r.pagesPerSecond.median() / baseline.pagesPerSecond.median();
    }

    private record Row(Stats pagesPerSecond, double allocPerPage) {

        static Row of(RunResult run, int pages) {
            List<Double> perSecond = new ArrayList<>();
            for (BenchmarkResult b : run.getBenchmarkResults()) {
                for (IterationResult it : b.getIterationResults()) {
                    double msPerPass = it.getPrimaryResult().getScore();
                    perSecond.add(pages / (msPerPass / 1000));
                }
            }
            double alloc = -1;
            for (Map.Entry<String, Result> e : run.getAggregatedResult().getSecondaryResults().entrySet()) {
                if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                    alloc = e.getValue().getScore() / pages;
                }
            }
            return new Row(Stats.of(perSecond), alloc);
        }
    }
}
