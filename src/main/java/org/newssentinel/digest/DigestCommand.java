package org.newssentinel.digest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newssentinel.config.Settings;
import org.newssentinel.store.FileSummaryStore;
import org.newssentinel.topics.WatchTopic;
import org.newssentinel.topics.WatchTopics;
import org.newssentinel.topics.WatchTopicsException;

/**
 * The CLI's {@code digest} command: prints the digest of the local store for a recent period.
 *
 * <pre>
 * digest [--since 24h] [--data DIR] [--topics FILE]
 * </pre>
 *
 * {@code --since} takes minutes, hours or days ({@code 90m}, {@code 24h}, {@code 7d}). Exit codes:
 * 0 done (also when nothing fired), 1 no local store in the data folder, 2 bad usage.
 */
public final class DigestCommand {

    public static final String USAGE = "       news-sentinel digest [--since 24h] [--data DIR] [--topics FILE]\n";
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,6})([mhd])");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Clock clock;

    /** @param env environment variables; {@code WATCH_TOPICS} names a local topics file as for the other commands */
    public DigestCommand(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.clock = clock;
    }

    /** Runs the command with the arguments after {@code digest}; returns the exit code. */
    public int run(String[] args) {
        Duration since = Duration.ofHours(24);
        Path data = Path.of("data");
        Optional<Path> topicsFile = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length && a.startsWith("--")) {
                return usage(a + " needs a value");
            }
            switch (a) {
                case "--since" -> {
                    Optional<Duration> d = period(args[++i]);
                    if (d.isEmpty()) {
                        return usage("--since takes a period such as 90m, 24h or 7d, got \"" + args[i] + "\"");
                    }
                    since = d.get();
                }
                case "--data" -> data = Path.of(args[++i]);
                case "--topics" -> topicsFile = Optional.of(Path.of(args[++i]));
                default -> {
                    return usage(a.startsWith("--") ? "unknown option " + a : "digest takes no FILE or DIR, got \"" + a + "\"");
                }
            }
        }
        WatchTopics topics;
        Optional<Path> file;
        try {
            // WATCH_TOPICS only when no --topics overrides it: an unusable one is then refused.
            file = topicsFile.isPresent() ? topicsFile : Settings.from(env).watchTopicsFile();
            topics = file.map(WatchTopics::load).orElseGet(WatchTopics::defaults);
        } catch (WatchTopicsException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        Path records = data.resolve("records.jsonl");
        if (!Files.exists(records)) {
            err.println("error: no local store at " + records + ": run `watch` first, or name its folder with --data");
            return 1;
        }
        List<String> ids = topics.topics().stream().map(WatchTopic::id).toList();
        FileSummaryStore store = new FileSummaryStore(records);
        Digest digest = new DigestRun(new StoreAlertHistory(store, ids), new ConsoleDigestPublisher(out),
                topics.topics()).run(since, clock.instant());
        if (digest.isEmpty()) {
            String when = " since " + SECONDS.format(digest.from()) + " UTC";
            // Alerts there are, for topics the chosen file does not have: say so, or the analyst
            // concludes that nothing happened.
            java.util.SortedSet<String> others = new java.util.TreeSet<>();
            store.alertsSince(digest.from()).stream().filter(a -> a.at().isBefore(digest.until()) && !ids.contains(a.topic()))
                    .forEach(a -> others.add(a.topic()));
            if (others.isEmpty()) {
                err.println("no alerts in " + records + when);
            } else {
                err.println("no alerts for " + String.join(", ", ids) + " in " + records + when + "; there are alerts for "
                        + String.join(", ", others) + ", topics not in " + file.map(Path::toString).orElse("the bundled topics"));
            }
        }
        return 0;
    }

    /** Parses {@code 90m}, {@code 24h}, {@code 7d}. */
    static Optional<Duration> period(String text) {
        Matcher m = PERIOD.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        });
    }

    private int usage(String message) {
        err.println("error: " + message);
        err.print("usage:" + USAGE.substring("      ".length()));
        return 2;
    }
}
