package org.newssentinel.bench.throughput;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.newssentinel.bench.BenchPages;
import org.newssentinel.bench.Stats;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The same benchmarks as {@link PipelineThroughput}, timed by this thread's CPU time instead of
 * the wall clock: on a shared machine whose cores other processes keep busy, wall time mostly
 * measures the scheduler, CPU time measures the code. Warm-up passes, then measured passes over
 * every page; median and spread of pages per CPU-second. Run by {@link ThroughputReport} in its
 * own JVM after JMH's fork (system properties {@code bench.cpuWarmupSeconds}, {@code bench.cpuPasses}).
 */
public final class CpuThroughput {

    private CpuThroughput() {
    }

    public static void main(String[] args) {
        // Warm-up by CPU time, not by passes: with the code base this size, C2 needs several seconds
        // (more on a busy machine) before the whole pipeline runs compiled; 5 passes measured it 30% slow.
        double warmupSeconds = Double.parseDouble(System.getProperty("bench.cpuWarmupSeconds", "10"));
        int passes = Integer.getInteger("bench.cpuPasses", 10);
        PipelineThroughput bench = new PipelineThroughput();
        bench.load();
        int pages = BenchPages.load().size();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        Map<String, Consumer<Blackhole>> benchmarks = new LinkedHashMap<>();
        benchmarks.put("pipeline (ours)", b -> bench.pipeline(b));
        benchmarks.put("  stage: clean", bench::stageClean);
        benchmarks.put("  stage: analyse text", bench::stageAnalyse);
        benchmarks.put("  stage: score", bench::stageScore);
        benchmarks.put("  stage: summarise", bench::stageSummarise);
        benchmarks.put("jsoup parse-only", bench::jsoupParse);
        benchmarks.put("readability4j", bench::readability4j);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Consumer<Blackhole> b : benchmarks.values()) {
            long warmupStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 5 || threads.getCurrentThreadCpuTime() - warmupStart < warmupSeconds * 1e9; i++) {
                b.accept(bh);
            }
        }
        // Measured passes take turns, one of each benchmark per round, so that a change in what else
        // the machine runs (caches and cores are shared even when CPU time is counted) hits all alike.
        Map<String, List<Double>> perCpuSecond = new LinkedHashMap<>();
        benchmarks.keySet().forEach(k -> perCpuSecond.put(k, new ArrayList<>()));
        for (int i = 0; i < passes; i++) {
            for (Map.Entry<String, Consumer<Blackhole>> e : benchmarks.entrySet()) {
                long t0 = threads.getCurrentThreadCpuTime();
                e.getValue().accept(bh);
                perCpuSecond.get(e.getKey()).add(pages / ((threads.getCurrentThreadCpuTime() - t0) / 1e9));
            }
        }
        Map<String, Stats> results = new LinkedHashMap<>();
        perCpuSecond.forEach((k, v) -> results.put(k, Stats.of(v)));
        Stats pipeline = results.get("pipeline (ours)");
        Stats jsoup = results.get("jsoup parse-only");
        Stats readability = results.get("readability4j");
        System.out.println();
        System.out.printf(Locale.ROOT, "Warm throughput by CPU time, single thread, same JVM: %d pages; %.0f s of warm-up"
                + " each, then %d rounds of one measured pass each%n", pages, warmupSeconds, passes);
        System.out.printf(Locale.ROOT, "%-22s %12s %19s %8s %9s %9s%n", "benchmark", "pages/cpu-s", "min..max",
                "spread", "vs jsoup", "vs r4j");
        for (Map.Entry<String, Stats> e : results.entrySet()) {
            Stats s = e.getValue();
            System.out.printf(Locale.ROOT, "%-22s %12.1f %19s %7.1f%% %8.2fx %8.2fx%n", e.getKey(), s.median(),
                    String.format(Locale.ROOT, "%.1f..%.1f", s.min(), s.max()), s.spreadPercent(),
                    s.median() / jsoup.median(), s.median() / readability.median());
        }
        double vsJsoup = pipeline.median() / jsoup.median();
        double vsReadability = pipeline.median() / readability.median();
        System.out.printf(Locale.ROOT, "goal: pipeline >= 0.5x jsoup parse-only: %.2fx %s%n", vsJsoup,
                vsJsoup >= 0.5 ? "PASS" : "FAIL");
        System.out.printf(Locale.ROOT, "goal: pipeline >= 3.0x readability4j:    %.2fx %s%n", vsReadability,
                vsReadability >= 3.0 ? "PASS" : "FAIL");
    }
}
