package org.newssentinel.bench.footprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.newssentinel.bench.BenchPages;
import org.newssentinel.clean.Limits;

/**
 * Footprint: the shaded jar's size (and what fills it), and the peak heap of one pipeline run in
 * a fresh {@code -Xmx256m} JVM for the largest benchmark page and for generated inputs at the
 * input limits ({@link Limits}: 10 MB, 500,000 tags, 2,000,000 characters of text), plus the smallest heap (from a ladder) that still completes each.
 *
 * <p>Arguments: {@code JAR CLASSPATH WORKDIR} where CLASSPATH runs {@link FootprintMain}.
 */
public final class FootprintReport {

    private static final long JAR_GOAL = 20L * 1024 * 1024;
    private static final int[] HEAP_LADDER_MB = {32, 64, 128, 256};

    private FootprintReport() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        String classpath = args[1];
        Path work = Files.createDirectories(Path.of(args[2]));
        jar(jar);

        Map<String, Path> inputs = new LinkedHashMap<>();
        BenchPages.Page largest = BenchPages.load().stream()
                .max(Comparator.comparingInt(p -> p.bytes().length)).orElseThrow();
        Path page = work.resolve("largest-benchmark-page.html");
        Files.write(page, largest.bytes());
        inputs.put("largest benchmark page", page);
        Path html = work.resolve("generated-limits.html");
        PageGenerator.html(html, Limits.DEFAULT_MAX_OBJECT_BYTES, 42);
        inputs.put("generated page at the limits", html);
        Path text = work.resolve("generated-one-paragraph.txt");
        PageGenerator.text(text, Limits.DEFAULT_MAX_TEXT_CHARS - 50_000, 42);
        inputs.put("generated 1.95M-char paragraph", text);

        System.out.println();
        System.out.println("Peak heap of one pipeline run, fresh JVM, -XX:+UseSerialGC (as on small Lambda sizes)");
        System.out.printf(Locale.ROOT, "%-30s %9s %11s %11s %9s %-18s %8s%n", "input", "size", "peak pools",
                "after GC", "time", "outcome", "min -Xmx");
        for (Map.Entry<String, Path> e : inputs.entrySet()) {
            long size = Files.size(e.getValue());
            Map<String, String> at256 = run(classpath, e.getValue(), 256);
            String minHeap = "> 256m";
            for (int mb : HEAP_LADDER_MB) {
                if (run(classpath, e.getValue(), mb) != null) {
                    minHeap = mb + "m";
                    break;
                }
            }
            if (at256 == null) {
                System.out.printf(Locale.ROOT, "%-30s %9s %11s %11s %9s %-18s %8s%n", e.getKey(), mb(size),
                        "OOM", "-", "-", "FAIL at -Xmx256m", minHeap);
            } else {
                System.out.printf(Locale.ROOT, "%-30s %9s %11s %11s %7sms %-18s %8s%n", e.getKey(), mb(size),
                        mb(Long.parseLong(at256.get("peak_pools"))), mb(Long.parseLong(at256.get("after_gc"))),
                        at256.get("ms"), at256.get("outcome"), minHeap);
            }
        }
        System.out.println("goal: every input within the limits completes under -Xmx256m;"
                + " peak pools = sum of heap pools' peaks (upper bound), after GC = heap occupancy after the last collection");
    }

    private static void jar(Path jar) throws IOException {
        long size = Files.size(jar);
        Map<String, Long> byPackage = new TreeMap<>();
        int entries = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                entries++;
                byPackage.merge(group(entry.getName()), Math.max(0, entry.getCompressedSize()), Long::sum);
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Shaded jar %s: %s (%d bytes, %d entries); goal <= 20 MB: %s%n", jar.getFileName(),
                mb(size), size, entries, size <= JAR_GOAL ? "PASS" : "FAIL");
        System.out.println("largest parts (compressed):");
        byPackage.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-50s %9s%n", e.getKey(), mb(e.getValue())));
    }

    /** The package four levels deep (five for SDK services, so that each service is a row of its own). */
    private static String group(String name) {
        String[] parts = name.split("/");
        int depth = name.startsWith("software/amazon/awssdk/services/") ? 5 : 4;
        return String.join(".", Arrays.copyOf(parts, Math.max(1, Math.min(depth, parts.length - 1))));
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    /** Runs {@link FootprintMain} under the given heap; null when it ran out of memory or failed. */
    private static Map<String, String> run(String classpath, Path input, int heapMb) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m", "-XX:+UseSerialGC", "-cp", classpath, FootprintMain.class.getName(), input.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return null;
        }
        String line = output.lines().filter(l -> l.startsWith("peak_pools=")).findFirst().orElse(null);
        if (p.exitValue() != 0 || line == null) {
            if (!output.contains("OutOfMemoryError")) {
                throw new IllegalStateException("footprint run failed (exit " + p.exitValue() + "): " + output);
            }
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String kv : line.split(" ")) {
            int eq = kv.indexOf('=');
            values.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return values;
    }
}
