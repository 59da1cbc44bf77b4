package org.newssentinel.bench.throughput;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newssentinel.bench.BenchPages;

/**
 * Two builds of the product, each shaded jar in a class loader of its own, timed in one JVM: the
 * whole pipeline of each, and jsoup parse-only (from the first jar) as the baseline, passes taking
 * turns by CPU time. Back-to-back JVMs of one build differ by up to 10% in what they measure (code
 * layout, JIT decisions, what else the machine runs), which hides the 1-3% a single optimisation
 * is worth; within one JVM both builds share every one of those conditions.
 *
 * <p>{@code java -cp BENCH_CP org.newssentinel.bench.throughput.JarComparison BEFORE.jar AFTER.jar}
 * (system properties {@code bench.cpuWarmupSeconds}, default 8, and {@code bench.cpuPasses},
 * default 12). Prints pages per CPU-second of each, ratios to jsoup, and AFTER / BEFORE per round.
 */
public final class JarComparison {

    private JarComparison() {
    }

    /** One build's pipeline, reached through its own class loader. */
    private record Build(String name, MethodHandle process, MethodHandle document, Object pipeline) {

        static Build load(Path jar) throws Throwable {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("no such jar: " + jar);
            }
            // Parent: the platform loader, so that nothing of the product or its libraries comes
            // from this JVM's class path: each build runs its own classes and its own jsoup.
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Class<?> topics = Class.forName("org.newssentinel.topics.WatchTopics", true, loader);
            Class<?> pipelineClass = Class.forName("org.newssentinel.pipeline.ArticlePipeline", true, loader);
            Class<?> rawDocument = Class.forName("org.newssentinel.pipeline.RawDocument", true, loader);
            Object defaults = lookup.findStatic(topics, "defaults", MethodType.methodType(topics)).invoke();
            Object pipeline = lookup.findConstructor(pipelineClass, MethodType.methodType(void.class, topics, int.class))
                    .invoke(defaults, 3);
            MethodHandle document = lookup.findConstructor(rawDocument,
                    MethodType.methodType(void.class, String.class, byte[].class, Optional.class, Optional.class));
            MethodHandle process = lookup.findVirtual(pipelineClass, "process",
                    MethodType.methodType(Class.forName("org.newssentinel.pipeline.Analysis", true, loader), rawDocument));
            return new Build(jar.getFileName().toString(), process, document, pipeline);
        }

        /** One pass over every page, as {@link PipelineThroughput#pipeline} makes it. */
        int pass(List<BenchPages.Page> pages) throws Throwable {
            int sink = 0;
            for (BenchPages.Page page : pages) {
                Object doc = document.invoke(page.name(), page.bytes(), Optional.of("text/html; charset=utf-8"), Optional.empty());
                try {
                    sink += process.invoke(pipeline, doc).hashCode();
                } catch (RuntimeException rejected) {
                    sink++;
                }
            }
            return sink;
        }
    }

    public static void main(String[] args) throws Throwable {
        if (args.length != 2) {
            System.err.println("usage: JarComparison BEFORE.jar AFTER.jar");
            System.exit(2);
        }
        double warmupSeconds = Double.parseDouble(System.getProperty("bench.cpuWarmupSeconds", "8"));
        int passes = Integer.getInteger("bench.cpuPasses", 12);
        List<BenchPages.Page> pages = BenchPages.load();
        Build before = Build.load(Path.of(args[0]));
        Build after = Build.load(Path.of(args[1]));
        ClassLoader jsoupLoader = new URLClassLoader(new URL[] {Path.of(args[0]).toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        MethodHandle parse = MethodHandles.publicLookup().findStatic(Class.forName("org.jsoup.Jsoup", true, jsoupLoader),
                "parse", MethodType.methodType(Class.forName("org.jsoup.nodes.Document", true, jsoupLoader), String.class));
        ThrowingPass[] runs = {
            () -> before.pass(pages),
            () -> after.pass(pages),
            () -> {
                int sink = 0;
                for (BenchPages.Page page : pages) {
                    sink += parse.invoke(page.html()).hashCode();
                }
                return sink;
            },
        };
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        // Warm-up takes turns too: the build warmed last measured about 3% faster than the same jar
        // warmed first when each was warmed in one go.
        long warmupStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < 5 || threads.getCurrentThreadCpuTime() - warmupStart < runs.length * warmupSeconds * 1e9; i++) {
            for (ThrowingPass run : runs) {
                sink += run.run();
            }
        }
        double[][] rate = new double[runs.length][passes];
        for (int p = 0; p < passes; p++) {
            // Alternate which build goes first, so that neither always runs right after jsoup.
            int[] order = p % 2 == 0 ? new int[] {0, 1, 2} : new int[] {1, 0, 2};
            for (int r : order) {
                long t0 = threads.getCurrentThreadCpuTime();
                sink += runs[r].run();
                rate[r][p] = pages.size() / ((threads.getCurrentThreadCpuTime() - t0) / 1e9);
            }
        }
        double[] gain = new double[passes];
        for (int p = 0; p < passes; p++) {
            gain[p] = rate[1][p] / rate[0][p];
        }
        double jsoup = median(rate[2]);
        System.out.printf(Locale.ROOT, "%d pages; %.0f s of warm-up each, then %d rounds (checksum %d)%n", pages.size(),
                warmupSeconds, passes, sink & 0xff);
        System.out.printf(Locale.ROOT, "%-34s %12s %10s%n", "", "pages/cpu-s", "vs jsoup");
        System.out.printf(Locale.ROOT, "%-34s %12.1f %9.3fx%n", "pipeline, " + before.name(), median(rate[0]), median(rate[0]) / jsoup);
        System.out.printf(Locale.ROOT, "%-34s %12.1f %9.3fx%n", "pipeline, " + after.name(), median(rate[1]), median(rate[1]) / jsoup);
        System.out.printf(Locale.ROOT, "%-34s %12.1f %9.3fx%n", "jsoup parse-only", jsoup, 1.0);
        double[] sorted = gain.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s / %s: median %.3f, rounds %.3f..%.3f%n", after.name(), before.name(), median(gain),
                sorted[0], sorted[sorted.length - 1]);
    }

    @FunctionalInterface
    private interface ThrowingPass {
        int run() throws Throwable;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
