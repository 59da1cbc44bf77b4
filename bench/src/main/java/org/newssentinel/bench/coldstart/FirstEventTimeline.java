package org.newssentinel.bench.coldstart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where one traced cold start spent its time, from the lines {@link CallTimeline} and
 * {@link ColdStartMain} print: the stretch from JVM start to the first SDK call, then each SDK
 * call of the main thread (the fingerprint look-up's Queries, made on their own threads, as one
 * step), with the function's own code in the gaps between them. For a call, the server's share is
 * from the request sent to the response received; the rest of the call is the SDK's own work.
 */
record FirstEventTimeline(List<Step> steps) {

    /** One step: a label, its wall milliseconds and, for SDK calls, the servers' part of them. */
    record Step(String label, long millis, long serverMillis, boolean sdk) {
    }

    private record Call(String operation, String thread, long begin, long sent, long received, long end) {
        long server() {
            return received - sent;
        }
    }

    private static final String LOOKUP_THREAD = "fingerprint-lookup-";

    /**
     * @param output the whole output of one traced {@link ColdStartMain} JVM
     * @throws IllegalArgumentException when the output lacks the start time or any SDK call
     */
    static FirstEventTimeline parse(String output) {
        long start = -1;
        long elapsed = -1;
        List<Call> main = new ArrayList<>();
        List<Call> lookups = new ArrayList<>();
        for (String line : output.lines().toList()) {
            if (line.startsWith(CallTimeline.PREFIX)) {
                String[] f = line.substring(CallTimeline.PREFIX.length()).split(" ");
                Call c = new Call(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                        Long.parseLong(f[5]));
                (c.thread.startsWith(LOOKUP_THREAD) ? lookups : main).add(c);
            } else if (line.startsWith("elapsed_ms=")) {
                for (String field : line.split(" ")) {
                    if (field.startsWith("elapsed_ms=")) {
                        elapsed = Long.parseLong(field.substring("elapsed_ms=".length()));
                    } else if (field.startsWith("start_ms=")) {
                        start = Long.parseLong(field.substring("start_ms=".length()));
                    }
                }
            }
        }
        if (start < 0 || elapsed < 0 || main.isEmpty()) {
            throw new IllegalArgumentException("not a traced cold start: no start time or no SDK call in\n" + output);
        }
        main.sort(Comparator.comparingLong(Call::begin));
        List<Step> steps = new ArrayList<>();
        long last = start;
        boolean lookupsPlaced = lookups.isEmpty();
        for (Call c : main) {
            if (!lookupsPlaced && lookups.get(0).begin < c.begin) {
                last = lookupStep(lookups, last, steps);
                lookupsPlaced = true;
            }
            last = callStep(c.operation, c.begin, c.end, c.server(), last, steps);
        }
        if (!lookupsPlaced) {
            last = lookupStep(lookups, last, steps);
        }
        steps.add(new Step("function code after the last call", start + elapsed - last, 0, false));
        return new FirstEventTimeline(steps);
    }

    private static long lookupStep(List<Call> lookups, long last, List<Step> steps) {
        long begin = lookups.stream().mapToLong(Call::begin).min().orElseThrow();
        long end = lookups.stream().mapToLong(Call::end).max().orElseThrow();
        // The servers' share of a fan-out: the longest any one thread waited, not the sum.
        long server = 0;
        for (String thread : lookups.stream().map(Call::thread).distinct().toList()) {
            server = Math.max(server, lookups.stream().filter(c -> c.thread.equals(thread)).mapToLong(Call::server).sum());
        }
        String label = lookups.size() + " x " + lookups.get(0).operation + " on "
                + lookups.stream().map(Call::thread).distinct().count() + " threads";
        return callStep(label, begin, end, server, last, steps);
    }

    private static long callStep(String label, long begin, long end, long server, long last, List<Step> steps) {
        steps.add(new Step(steps.isEmpty() ? "JVM start, clients, wiring, to the first call" : "  function code before " + label,
                begin - last, 0, false));
        steps.add(new Step(label, end - begin, server, true));
        return end;
    }

    long sdkMillis() {
        return steps.stream().filter(Step::sdk).mapToLong(s -> s.millis - s.serverMillis).sum();
    }

    long serverMillis() {
        return steps.stream().filter(Step::sdk).mapToLong(Step::serverMillis).sum();
    }

    /** The function's code between calls, not counting the stretch before the first. */
    long codeMillis() {
        return steps.stream().skip(1).filter(s -> !s.sdk).mapToLong(Step::millis).sum();
    }

    /** Whether two traced runs made the same calls in the same order, so their steps can be compared. */
    boolean sameShape(FirstEventTimeline other) {
        return steps.stream().map(Step::label).toList().equals(other.steps.stream().map(Step::label).toList());
    }
}
