package org.newssentinel.handler;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newssentinel.alert.ConsoleAlerter;
import org.newssentinel.clean.Limits;
import org.newssentinel.config.Settings;
import org.newssentinel.dedup.DedupSettings;
import org.newssentinel.dedup.DuplicateGuard;
import org.newssentinel.pipeline.AnalysisJson;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.pipeline.RejectionReason;
import org.newssentinel.store.FileSummaryStore;
import org.newssentinel.topics.WatchTopics;
import org.newssentinel.topics.WatchTopicsException;

/**
 * The local door into the pipeline, no AWS account needed.
 *
 * <pre>
 * analyze [--sentences N] [--topics FILE] FILE|DIR...   one JSON line per article
 * watch [--sentences N] [--topics FILE] [--data DIR] [--once] DIR
 * </pre>
 *
 * Exit codes: 0 every input analysed, 1 some input rejected, 2 bad usage. {@code analyze} prints
 * exactly one JSON line for every file it finds, whatever the file holds: an analysis, or the
 * reason it was rejected; no input stops the others.
 */
public final class Cli {

    static final String USAGE = """
            usage: news-sentinel analyze [--sentences N] [--topics FILE] FILE|DIR...
                   news-sentinel watch [--sentences N] [--topics FILE] [--data DIR] [--once] DIR
                   news-sentinel digest [--since 24h] [--data DIR] [--topics FILE]
                   news-sentinel backfill --bucket BUCKET [--prefix PREFIX] [--rerun ID] [--no-alerts] [--dry-run]
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public Cli(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public static void main(String[] args) {
        // JSON Lines are UTF-8 whatever the terminal's locale; a C locale would turn every
        // non-ASCII letter into '?'.
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new Cli(out, err, System.getenv()).run(args);
        out.flush();
        System.exit(code);
    }

    /** Runs a command and returns its exit code; never calls {@code System.exit}. */
    public int run(String[] args) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        if (java.util.Arrays.stream(args).takeWhile(a -> !a.equals("--")).anyMatch(a -> a.equals("--help") || a.equals("-h"))
                || args[0].equals("help")) {
            // Asked for, so it goes to standard output and is no error.
            out.print(USAGE);
            return 0;
        }
        if (args[0].equals("digest")) {
            return new org.newssentinel.digest.DigestCommand(out, err, env, Clock.systemUTC()).run(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        if (args[0].equals("backfill")) {
            return Backfill.command(java.util.Arrays.copyOfRange(args, 1, args.length), env, out, err);
        }
        Options options;
        Limits limits;
        DedupSettings dedup;
        try {
            // A --sentences on the command line wins over SUMMARY_SENTENCES, even over a bad one.
            Map<String, String> settingsEnv = env;
            if (java.util.Arrays.asList(args).contains("--sentences")) {
                settingsEnv = new java.util.HashMap<>(env);
                settingsEnv.remove(Settings.SUMMARY_SENTENCES);
            }
            options = Options.parse(args, Settings.from(settingsEnv));
            limits = Limits.from(env);
            dedup = DedupSettings.from(env);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IllegalStateException e) {
            // An environment variable, not the command line: the usage would not help.
            err.println("error: " + e.getMessage());
            return 2;
        }
        ArticlePipeline pipeline;
        try {
            WatchTopics topics = options.topics.map(WatchTopics::load).orElseGet(WatchTopics::defaults);
            pipeline = new ArticlePipeline(topics, options.sentences, limits);
        } catch (WatchTopicsException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        return switch (options.command) {
            case "analyze" -> analyze(pipeline, options.inputs, limits);
            case "watch" -> new Watcher(pipeline, new FileSummaryStore(options.data.resolve("records.jsonl")), options.data,
                    new ConsoleAlerter(out), err, Clock.systemUTC(), limits,
                    DuplicateGuard.local(options.data, dedup, Clock.systemUTC())).watch(options.inputs.get(0), options.once);
            default -> 2;
        };
    }

    private int analyze(ArticlePipeline pipeline, List<String> inputs, Limits limits) {
        boolean allAnalysed = true;
        for (String input : inputs) {
            Path root;
            try {
                root = Paths.get(input);
            } catch (InvalidPathException e) {
                out.println(AnalysisJson.rejection(input, RejectionReason.UNREADABLE, "cannot read: not a valid path"));
                allAnalysed = false;
                continue;
            }
            for (LocalFiles.Entry entry : LocalFiles.expand(root)) {
                String source = entry.path().equals(root) ? input : entry.path().toString();
                allAnalysed &= analyzeOne(pipeline, source, entry, limits);
                out.flush();
            }
        }
        return allAnalysed ? 0 : 1;
    }

    /** Prints one line for one file; true when it was analysed. */
    private boolean analyzeOne(ArticlePipeline pipeline, String source, LocalFiles.Entry entry, Limits limits) {
        try {
            if (entry.problem().isPresent()) {
                throw entry.problem().get();
            }
            RawDocument doc = RawDocument.of(source, LocalFiles.read(entry.path(), limits.maxObjectBytes()));
            out.println(AnalysisJson.toJson(pipeline.process(doc)));
            return true;
        } catch (ArticleRejectedException e) {
            out.println(AnalysisJson.rejection(source, e.reason(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug must not cost the user the other inputs; the line says it is ours, not theirs.
            out.println(AnalysisJson.rejection(source, RejectionReason.INTERNAL_ERROR,
                    "internal error while analysing this input (" + e.getClass().getSimpleName() + "); please report it"));
        }
        return false;
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static final class Options {
        String command;
        int sentences;
        Optional<Path> topics = Optional.empty();
        Path data = Paths.get("data");
        boolean once;
        List<String> inputs = new ArrayList<>();

        static Options parse(String[] args, Settings settings) throws UsageException {
            Options o = new Options();
            o.command = args[0];
            if (!o.command.equals("analyze") && !o.command.equals("watch")) {
                throw new UsageException("unknown command \"" + o.command + "\"");
            }
            o.sentences = settings.summarySentences();
            boolean onlyInputs = false;
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (onlyInputs || !a.startsWith("--")) {
                    o.inputs.add(a);
                    continue;
                }
                switch (a) {
                    case "--" -> onlyInputs = true;
                    case "--sentences" -> {
                        String v = value(args, ++i, a);
                        try {
                            o.sentences = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            throw new UsageException("--sentences needs a whole number, got \"" + v + "\"");
                        }
                        if (o.sentences < 1 || o.sentences > 50) {
                            throw new UsageException("--sentences must be between 1 and 50, got " + o.sentences);
                        }
                    }
                    case "--topics" -> o.topics = Optional.of(Paths.get(value(args, ++i, a)));
                    case "--data" -> o.data = Paths.get(value(args, ++i, a));
                    case "--once" -> o.once = true;
                    default -> throw new UsageException("unknown option " + a);
                }
            }
            if (o.topics.isEmpty()) {
                // Read only when no --topics overrides it: an unusable WATCH_TOPICS is then refused.
                o.topics = settings.watchTopicsFile();
            }
            if (o.inputs.isEmpty()) {
                throw new UsageException(o.command + " needs at least one FILE or DIR");
            }
            if (o.command.equals("watch") && o.inputs.size() != 1) {
                throw new UsageException("watch takes exactly one DIR");
            }
            return o;
        }

        private static String value(String[] args, int i, String option) throws UsageException {
            if (i >= args.length) {
                throw new UsageException(option + " needs a value");
            }
            return args[i];
        }
    }
}
