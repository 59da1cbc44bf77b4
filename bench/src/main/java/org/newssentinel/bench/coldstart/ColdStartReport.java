package org.newssentinel.bench.coldstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newssentinel.bench.Stats;
import org.newssentinel.store.DynamoDbSummaryStore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Drives the cold-start benchmark: prepares the bucket, one object per measured run, the table and
 * the topic on the local servers named by the {@code AWS_ENDPOINT_URL_*} variables; then starts
 * fresh JVMs of {@link ClientsOnlyMain} and {@link ColdStartMain}, alternating, under each flag
 * set (default, C1 only, an application CDS archive, both), and prints medians and spreads.
 *
 * <p>Arguments: {@code CLASSPATH WORKDIR ARTICLE}. The classpath must be made of jars only, as
 * CDS archives classes from jars. System property {@code bench.runs} (default 5) sets the number
 * of JVMs per cell, {@code bench.variants} (e.g. {@code 1,2}) the rows measured, and
 * {@code bench.compareJar} another build of the product jar whose handler is measured interleaved
 * (before/after figures from one run). With {@code bench.timelineJar} (a jar registering
 * {@link CallTimeline}), {@code bench.timelineRuns} (default 3) more handler JVMs per flag set run
 * traced, and a table splits their first event into steps.
 */
public final class ColdStartReport {

    private static final String BUCKET = "cold-start";
    private static final double GOAL = 1.3;

    private record Variant(String name, List<String> flags, boolean cds) {
    }

    private record Cell(Stats inJvm, Stats wall, Stats cpu) {
    }

    private final String classpath;
    /** Another product build measured in the same run (bench.compareJar), for before/after figures. */
    private final String compareClasspath;
    private final Path work;
    /** A jar with {@link CallTimeline} registered (bench.timelineJar); empty for no traced runs. */
    private final String timelineJar = System.getProperty("bench.timelineJar", "");
    private final Map<String, String> env;
    private int keys;

    private ColdStartReport(String classpath, String compareClasspath, Path work, Map<String, String> env) {
        this.classpath = classpath;
        this.compareClasspath = compareClasspath;
        this.work = work;
        this.env = env;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: ColdStartReport CLASSPATH WORKDIR ARTICLE");
            System.exit(2);
        }
        int runs = Integer.getInteger("bench.runs", 5);
        Path work = Files.createDirectories(Path.of(args[1]));
        byte[] article = Files.readAllBytes(Path.of(args[2]));
        Map<String, String> env = new LinkedHashMap<>(System.getenv());
        // Per run: 4 flag sets, each a handler JVM, a primed one, a requests-only one and maybe a compared one; plus the
        // training runs and the traced JVMs.
        env.put("TOPIC_ARN", prepare(article, 3 + 16 * runs + 4 * Integer.getInteger("bench.timelineRuns", 3)));
        String compareJar = System.getProperty("bench.compareJar", "");
        // The measured mains follow the product jar; a compared build swaps only the product jar.
        String compare = compareJar.isEmpty() ? null : compareJar + args[0].substring(args[0].indexOf(':'));
        new ColdStartReport(args[0], compare, work, env).run(runs, args[2], article.length);
    }

    /**
     * Creates what the handler expects to find and returns the topic ARN. Every run gets its own
     * object and its own table: the same article filed twice in one table would be a near-duplicate,
     * suppressed without the SNS publish that a first cold event makes.
     */
    private static String prepare(byte[] article, int objects) {
        try (S3Client s3 = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .forcePathStyle(true)
                // s3rver stores the chunk framing of a signed streaming upload as content.
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build()).build();
                DynamoDbClient dynamo = DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
                SnsClient sns = SnsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            s3.createBucket(b -> b.bucket(BUCKET));
            for (int i = 0; i < objects; i++) {
                String key = key(i);
                s3.putObject(p -> p.bucket(BUCKET).key(key).contentType("text/plain; charset=utf-8"),
                        RequestBody.fromBytes(article));
            }
            for (int i = 0; i < objects; i++) {
                try {
                    dynamo.createTable(DynamoDbSummaryStore.createTableRequest(table(i)));
                } catch (ResourceInUseException alreadyThere) {
                    // Only when a server is reused; then the handler would see a repeat and the run fails loudly.
                }
            }
            return sns.createTopic(t -> t.name("cold-start-alerts")).topicArn();
        }
    }

    private static String key(int i) {
        return "articles/cold-" + i + ".txt";
    }

    private static String table(int i) {
        return "cold-start-records-" + i;
    }

    private void run(int runs, String articleName, int articleBytes) throws IOException, InterruptedException {
        Path clientsJsa = work.resolve("clients-only.jsa");
        Path handlerJsa = work.resolve("handler.jsa");
        Path compareJsa = work.resolve("handler-compared.jsa");
        Path requestsJsa = work.resolve("requests-only.jsa");
        Files.deleteIfExists(requestsJsa);
        Files.deleteIfExists(clientsJsa);
        Files.deleteIfExists(handlerJsa);
        Files.deleteIfExists(compareJsa);
        // Training runs: the archive holds every class these JVMs loaded, so each main gets its own.
        launch(classpath, List.of("-XX:ArchiveClassesAtExit=" + clientsJsa), ClientsOnlyMain.class, List.of());
        handlerRun(classpath, List.of("-XX:ArchiveClassesAtExit=" + handlerJsa));
        requestsRun(List.of("-XX:ArchiveClassesAtExit=" + requestsJsa));
        if (compareClasspath != null) {
            handlerRun(compareClasspath, List.of("-XX:ArchiveClassesAtExit=" + compareJsa));
        }

        List<Variant> all = List.of(
                new Variant("default flags", List.of(), false),
                new Variant("-XX:TieredStopAtLevel=1", List.of("-XX:TieredStopAtLevel=1"), false),
                new Variant("AppCDS archive", List.of(), true),
                new Variant("AppCDS + TieredStopAtLevel=1", List.of("-XX:TieredStopAtLevel=1"), true));
        // bench.variants=1,2 keeps only those rows (1-based), for a quicker before/after.
        List<String> chosen = List.of(System.getProperty("bench.variants", "1,2,3,4").split(","));
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (chosen.contains(Integer.toString(i + 1))) {
                variants.add(all.get(i));
            }
        }
        Map<String, List<long[]>> clients = new LinkedHashMap<>();
        Map<String, List<long[]>> handler = new LinkedHashMap<>();
        Map<String, List<long[]>> compared = new LinkedHashMap<>();
        Map<String, List<long[]>> primed = new LinkedHashMap<>();
        Map<String, List<long[]>> requests = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            for (Variant v : variants) {
                clients.computeIfAbsent(v.name, k -> new ArrayList<>())
                        .add(launch(classpath, flags(v, clientsJsa), ClientsOnlyMain.class, List.of()));
                handler.computeIfAbsent(v.name, k -> new ArrayList<>())
                        .add(handlerRun(classpath, flags(v, handlerJsa)));
                if (compareClasspath != null) {
                    compared.computeIfAbsent(v.name, k -> new ArrayList<>()).add(handlerRun(compareClasspath,
                            flags(v, compareJsa)));
                }
                primed.computeIfAbsent(v.name, k -> new ArrayList<>())
                        .add(handlerLaunch(classpath, flags(v, handlerJsa), true).figures);
                requests.computeIfAbsent(v.name, k -> new ArrayList<>()).add(requestsRun(flags(v, requestsJsa)));
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Cold start: JVM start -> first S3 event handled (%s, %d bytes: DynamoDB GetItem,"
                + " S3 GetObject, pipeline, 33 fingerprint Queries, PutItem, 2 BatchWriteItem, UpdateItem,"
                + " SNS Publish, BatchWriteItem, UpdateItem)%nvs a JVM that only builds the same three SDK clients. %d fresh JVMs"
                + " per cell, alternating; ms, median (min..max); java %s%n", articleName, articleBytes, runs,
                System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "%-30s %18s %18s %7s %6s | %16s %16s %7s | %18s %18s%n", "flags", "clients-only",
                "handler+event", "ratio", "goal", "cpu clients", "cpu handler", "ratio", "wall clients", "wall handler");
        for (Variant v : variants) {
            Cell c = cell(clients.get(v.name));
            Cell h = cell(handler.get(v.name));
            double ratio = h.inJvm.median() / c.inJvm.median();
            System.out.printf(Locale.ROOT, "%-30s %18s %18s %6.2fx %6s | %16s %16s %6.2fx | %18s %18s%n", v.name, fmt(c.inJvm),
                    fmt(h.inJvm), ratio, ratio <= GOAL ? "PASS" : "FAIL", fmt(c.cpu), fmt(h.cpu),
                    h.cpu.median() / c.cpu.median(), fmt(c.wall), fmt(h.wall));
        }
        if (compareClasspath != null) {
            System.out.println("compared build " + compareClasspath.split(":")[0] + ", interleaved in the same run:");
            for (Variant v : variants) {
                Cell c = cell(clients.get(v.name));
                Cell h = cell(compared.get(v.name));
                System.out.printf(Locale.ROOT, "%-30s %18s %18s %6.2fx %6s | %16s %16s %6.2fx%n", v.name, fmt(c.inJvm),
                        fmt(h.inJvm), h.inJvm.median() / c.inJvm.median(), "", fmt(c.cpu), fmt(h.cpu),
                        h.cpu.median() / c.cpu.median());
            }
        }
        System.out.println("vs a JVM that builds the same clients and sends the same requests (kinds, order, count, 4 Queries"
                + " at a time) with none of the function's code: what the function itself adds");
        System.out.printf(Locale.ROOT, "%-30s %18s %18s %7s | %16s %16s %7s%n", "flags", "clients+requests", "handler+event",
                "ratio", "cpu requests", "cpu handler", "ratio");
        for (Variant v : variants) {
            Cell r = cell(requests.get(v.name));
            Cell h = cell(handler.get(v.name));
            System.out.printf(Locale.ROOT, "%-30s %18s %18s %6.2fx | %16s %16s %6.2fx%n", v.name, fmt(r.inJvm), fmt(h.inJvm),
                    h.inJvm.median() / r.inJvm.median(), fmt(r.cpu), fmt(h.cpu), h.cpu.median() / r.cpu.median());
        }
        System.out.println("goal: handler+event <= " + GOAL + "x clients-only under the same flags (elapsed);"
                + " cpu = CPU time of the whole process (all threads) at the same point, which hardly depends on the"
                + " machine's load; wall = whole process, spawn to exit");
        System.out.println();
        System.out.println("The event alone, from the handler built to the event handled; ms, median (min..max): in the JVMs"
                + " above, and in as many JVMs that first ran the SnapStart hook (as before a snapshot: the bundled samples"
                + " through the pipeline, one request of each kind answered in memory). A restored snapshot starts from that"
                + " state; the restore itself happens on AWS and is not measured here.");
        System.out.printf(Locale.ROOT, "%-30s %18s %18s %8s%n", "flags", "event, cold", "event, primed", "ratio");
        for (Variant v : variants) {
            Stats cold = Stats.of(handler.get(v.name).stream().map(f -> f[3]).toList());
            Stats warm = Stats.of(primed.get(v.name).stream().map(f -> f[3]).toList());
            System.out.printf(Locale.ROOT, "%-30s %18s %18s %7.2fx%n", v.name, fmt(cold), fmt(warm), warm.median() / cold.median());
        }
        int tracedRuns = Integer.getInteger("bench.timelineRuns", 3);
        if (!timelineJar.isEmpty() && tracedRuns > 0) {
            timeline(variants, handlerJsa, tracedRuns);
        }
    }

    private static List<String> flags(Variant v, Path jsa) {
        List<String> flags = new ArrayList<>(v.flags);
        if (v.cds) {
            // -Xshare:on fails loudly if the archive cannot be mapped, so a row never lies about CDS.
            flags.add("-XX:SharedArchiveFile=" + jsa);
            flags.add("-Xshare:on");
        }
        return flags;
    }

    private static Cell cell(List<long[]> samples) {
        return new Cell(Stats.of(samples.stream().map(s -> s[0]).toList()),
                Stats.of(samples.stream().map(s -> s[1]).toList()), Stats.of(samples.stream().map(s -> s[2]).toList()));
    }

    private static String fmt(Stats s) {
        return String.format(Locale.ROOT, "%.0f (%.0f..%.0f)", s.median(), s.min(), s.max());
    }

    /** One cold handler JVM on an object and a table of its own. */
    private long[] handlerRun(String classpath, List<String> flags) throws IOException, InterruptedException {
        return handlerLaunch(classpath, flags, false).figures;
    }

    /** One requests-only baseline JVM on an object and a table of its own. */
    private long[] requestsRun(List<String> flags) throws IOException, InterruptedException {
        int i = keys++;
        return launch(classpath, flags, RequestsOnlyMain.class, List.of(BUCKET, key(i)), Map.of("TABLE_NAME", table(i)));
    }

    /** @param primed whether the JVM runs the SnapStart hook before the event */
    private Launched handlerLaunch(String classpath, List<String> flags, boolean primed) throws IOException, InterruptedException {
        int i = keys++;
        List<String> args = primed ? List.of(BUCKET, key(i), ColdStartMain.PRIMED) : List.of(BUCKET, key(i));
        return launched(classpath, flags, ColdStartMain.class, args, Map.of("TABLE_NAME", table(i)));
    }

    /**
     * Extra handler JVMs, not part of the figures above, with {@link CallTimeline} on the classpath:
     * prints, per flag set, the median of each step of the first event.
     */
    private void timeline(List<Variant> variants, Path handlerJsa, int runs) throws IOException, InterruptedException {
        Map<String, List<FirstEventTimeline>> traced = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            for (Variant v : variants) {
                Launched run = handlerLaunch(classpath + ":" + timelineJar, flags(v, handlerJsa), false);
                traced.computeIfAbsent(v.name, k -> new ArrayList<>()).add(FirstEventTimeline.parse(run.output));
            }
        }
        FirstEventTimeline shape = traced.values().iterator().next().get(0);
        for (List<FirstEventTimeline> runsOfOne : traced.values()) {
            for (FirstEventTimeline t : runsOfOne) {
                if (!t.sameShape(shape)) {
                    throw new IllegalStateException("traced runs made different SDK calls: " + shape.steps() + " vs " + t.steps());
                }
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Where the first event's time goes: %d traced handler JVMs per flag set (not part of the"
                + " figures above); ms, median; for SDK calls, (the servers' part)%n", runs);
        System.out.printf(Locale.ROOT, "%-48s", "step");
        variants.forEach(v -> System.out.printf(Locale.ROOT, " %30s", v.name));
        System.out.println();
        for (int step = 0; step < shape.steps().size(); step++) {
            int at = step;
            FirstEventTimeline.Step s = shape.steps().get(at);
            System.out.printf(Locale.ROOT, "%-48s", s.label());
            for (Variant v : variants) {
                List<FirstEventTimeline> ts = traced.get(v.name);
                double ms = Stats.of(ts.stream().map(t -> t.steps().get(at).millis()).toList()).median();
                String cell = s.sdk() ? String.format(Locale.ROOT, "%.0f (%.0f)", ms,
                        Stats.of(ts.stream().map(t -> t.steps().get(at).serverMillis()).toList()).median())
                        : String.format(Locale.ROOT, "%.0f", ms);
                System.out.printf(Locale.ROOT, " %30s", cell);
            }
            System.out.println();
        }
        List<String> totals = List.of("total: the SDK's own work in calls", "total: servers", "total: function code between calls");
        for (int k = 0; k < totals.size(); k++) {
            int which = k;
            System.out.printf(Locale.ROOT, "%-48s", totals.get(k));
            for (Variant v : variants) {
                System.out.printf(Locale.ROOT, " %30.0f", Stats.of(traced.get(v.name).stream().map(t -> which == 0 ? t.sdkMillis()
                        : which == 1 ? t.serverMillis() : t.codeMillis()).toList()).median());
            }
            System.out.println();
        }
    }

    private long[] launch(String classpath, List<String> flags, Class<?> main, List<String> args)
            throws IOException, InterruptedException {
        return launch(classpath, flags, main, args, Map.of());
    }

    /**
     * Runs one fresh JVM; returns {in-JVM elapsed ms, whole-process wall ms, process CPU ms at the measured point,
     * the event's own ms (handler JVMs; else -1)}.
     */
    private long[] launch(String classpath, List<String> flags, Class<?> main, List<String> args,
            Map<String, String> extraEnv) throws IOException, InterruptedException {
        return launched(classpath, flags, main, args, extraEnv).figures;
    }

    private record Launched(long[] figures, String output) {
    }

    private Launched launched(String classpath, List<String> flags, Class<?> main, List<String> args,
            Map<String, String> extraEnv) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-cp");
        command.add(classpath);
        command.add(main.getName());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.environment().putAll(extraEnv);
        long t0 = System.nanoTime();
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        String line = output.lines().filter(l -> l.startsWith("elapsed_ms=")).findFirst().orElse(null);
        if (p.exitValue() != 0 || line == null) {
            throw new IllegalStateException("run failed (exit " + p.exitValue() + "): " + command + "\n" + output);
        }
        if (main == ColdStartMain.class && !line.contains("ALERTED")) {
            throw new IllegalStateException("the event was not handled end to end: " + line);
        }
        String[] fields = line.split(" ");
        long event = -1;
        for (String field : fields) {
            if (field.startsWith("event_ms=")) {
                event = Long.parseLong(field.substring("event_ms=".length()));
            }
        }
        return new Launched(new long[] {Long.parseLong(fields[0].substring("elapsed_ms=".length())), wall,
                Long.parseLong(fields[1].substring("cpu_ms=".length())), event}, output);
    }
}
