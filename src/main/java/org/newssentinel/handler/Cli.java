package org.newssentinel.handler;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newssentinel.alert.ConsoleAlerter;
import org.newssentinel.config.Settings;
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
 * Exit codes: 0 every input analysed, 1 some input rejected, 2 bad usage.
 */
public final class Cli {

    static final String USAGE = """
            usage: news-sentinel analyze [--sentences N] [--topics FILE] FILE|DIR...
                   news-sentinel watch [--sentences N] [--topics FILE] [--data DIR] [--once] DIR
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
        System.exit(new Cli(System.out, System.err, System.getenv()).run(args));
    }

    /** Runs a command and returns its exit code; never calls {@code System.exit}. */
    public int run(String[] args) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        Options options;
        try {
            options = Options.parse(args, Settings.from(env));
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        ArticlePipeline pipeline;
        try {
            WatchTopics topics = options.topics.map(WatchTopics::load).orElseGet(WatchTopics::defaults);
            pipeline = new ArticlePipeline(topics, options.sentences);
        } catch (WatchTopicsException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        return switch (options.command) {
            case "analyze" -> analyze(pipeline, options.inputs);
            case "watch" -> new Watcher(pipeline, new FileSummaryStore(options.data.resolve("records.jsonl")),
                    new ConsoleAlerter(out), err, Clock.systemUTC()).watch(options.inputs.get(0), options.once);
            default -> 2;
        };
    }

    private int analyze(ArticlePipeline pipeline, List<String> inputs) {
        boolean allAnalysed = true;
        for (String input : inputs) {
            List<Path> files;
            try {
                files = expand(input);
            } catch (IOException e) {
                out.println(AnalysisJson.rejection(input, RejectionReason.NOT_AN_ARTICLE, "cannot read: " + e.getMessage()));
                allAnalysed = false;
                continue;
            }
            for (Path file : files) {
                String source = files.size() == 1 && file.toString().equals(input) ? input : file.toString();
                try {
                    RawDocument doc = RawDocument.of(source, Files.readAllBytes(file));
                    out.println(AnalysisJson.toJson(pipeline.process(doc)));
                } catch (ArticleRejectedException e) {
                    out.println(AnalysisJson.rejection(source, e.reason(), e.getMessage()));
                    allAnalysed = false;
                } catch (IOException e) {
                    out.println(AnalysisJson.rejection(source, RejectionReason.NOT_AN_ARTICLE, "cannot read: " + e));
                    allAnalysed = false;
                }
                out.flush();
            }
        }
        return allAnalysed ? 0 : 1;
    }

    private static List<Path> expand(String input) throws IOException {
        Path path = Paths.get(input);
        if (!Files.exists(path)) {
            throw new IOException("no such file or directory");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static final class Options {
        String command;
        int sentences;
        java.util.Optional<Path> topics = java.util.Optional.empty();
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
            o.topics = settings.watchTopics().filter(t -> !t.startsWith("s3://")).map(Paths::get);
            Map<String, Boolean> seen = new HashMap<>();
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--sentences" -> {
                        String v = value(args, ++i, a);
                        try {
                            o.sentences = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            throw new UsageException("--sentences needs a whole number, got \"" + v + "\"");
                        }
                        if (o.sentences < 1 || o.sentences > 50) {
                            throw new UsageException("--sentences must be between 1 and 50");
                        }
                    }
                    case "--topics" -> o.topics = java.util.Optional.of(Paths.get(value(args, ++i, a)));
                    case "--data" -> o.data = Paths.get(value(args, ++i, a));
                    case "--once" -> o.once = true;
                    default -> {
                        if (a.startsWith("--")) {
                            throw new UsageException("unknown option " + a);
                        }
                        o.inputs.add(a);
                    }
                }
                seen.put(a, true);
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
