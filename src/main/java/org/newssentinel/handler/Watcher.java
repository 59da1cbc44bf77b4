package org.newssentinel.handler;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.newssentinel.alert.Alerter;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.store.SummaryStore;

/**
 * The local stand-in for "an upload triggers an alert": polls a folder, processes each new file
 * once (keyed by path, size and modification time, so an edited file counts as a new version),
 * records it in the local store and prints alerts.
 */
final class Watcher {

    private static final long POLL_MILLIS = 1000;

    private final UploadProcessor processor;
    private final PrintStream err;
    private final Set<String> seen = new HashSet<>();

    Watcher(ArticlePipeline pipeline, SummaryStore store, Alerter alerter, PrintStream err, Clock clock) {
        this.processor = new UploadProcessor(pipeline, store, alerter, clock);
        this.err = err;
    }

    int watch(String folder, boolean once) {
        Path dir = Path.of(folder);
        if (!Files.isDirectory(dir)) {
            err.println("error: " + folder + " is not a directory");
            return 2;
        }
        err.println("watching " + dir.toAbsolutePath() + (once ? " (one pass)" : " (Ctrl-C to stop)"));
        while (true) {
            try {
                scan(dir);
            } catch (IOException e) {
                err.println("error: cannot list " + dir + ": " + e.getMessage());
                return 1;
            }
            if (once) {
                return 0;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
    }

    private void scan(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        for (Path file : files) {
            String version = file + "#" + Files.size(file) + "-" + Files.getLastModifiedTime(file).toMillis();
            if (!seen.add(version)) {
                continue;
            }
            UploadProcessor.Outcome outcome = processor.process(version, RawDocument.of(file.toString(), Files.readAllBytes(file)), file.toString());
            err.println(outcome.name().toLowerCase() + " " + file);
        }
    }
}
