package org.newssentinel.handler;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.newssentinel.alert.Alerter;
import org.newssentinel.dedup.DuplicateGuard;
import org.newssentinel.clean.Limits;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.pipeline.RejectionReason;
import org.newssentinel.store.SummaryStore;

/**
 * The local stand-in for "an upload triggers an alert": polls a folder, processes each new file
 * once (keyed by path, size and modification time, so an edited file counts as a new version),
 * records it in the local store and prints alerts. The store remembers what was processed, so a
 * second run over the same folder records and alerts nothing twice.
 *
 * <p>When polling, a file is taken only once it looks the same in two successive scans and has
 * not been modified for {@value #QUIET_MILLIS} ms, so a file still being copied in is not
 * analysed half-written unless the copy stalls for longer than that. The store's own folder is
 * never watched, even when it lies inside the watched one: its records are no articles, and
 * every record written would be read back as a new file. A file that cannot be read or analysed
 * is recorded as rejected and the watch goes on; a store that cannot be written stops the watch
 * (exit 1), since nothing could be recorded.
 */
final class Watcher {

    private static final long POLL_MILLIS = 1000;
    /** How long a file must have been left alone before a polling watch takes it. */
    static final long QUIET_MILLIS = 3000;

    private final UploadProcessor processor;
    private final PrintStream err;
    private final Limits limits;
    private final Path storeFolder;
    /** Wall-clock milliseconds, to compare with files' modification times. */
    private final LongSupplier now;
    private final Set<String> done = new HashSet<>();
    private final Map<Path, String> pending = new HashMap<>();

    /** @param storeFolder where the store's files are, never watched */
    Watcher(ArticlePipeline pipeline, SummaryStore store, Path storeFolder, Alerter alerter, PrintStream err, Clock clock,
            Limits limits, Optional<DuplicateGuard> duplicates) {
        this(pipeline, store, storeFolder, alerter, err, clock, limits, duplicates, System::currentTimeMillis);
    }

    Watcher(ArticlePipeline pipeline, SummaryStore store, Path storeFolder, Alerter alerter, PrintStream err, Clock clock,
            Limits limits, Optional<DuplicateGuard> duplicates, LongSupplier now) {
        this.processor = new UploadProcessor(pipeline, store, alerter, clock, duplicates);
        this.storeFolder = storeFolder.toAbsolutePath().normalize();
        this.err = err;
        this.limits = limits;
        this.now = now;
    }

    int watch(String folder, boolean once) {
        Path dir = Path.of(folder);
        if (!Files.isDirectory(dir)) {
            err.println("error: " + folder + " is not a directory");
            return 2;
        }
        if (dir.toAbsolutePath().normalize().startsWith(storeFolder)) {
            err.println("error: " + folder + " holds the local store (--data " + storeFolder + "): watch the folder articles"
                    + " arrive in, and keep the store elsewhere or in a folder of its own under it");
            return 2;
        }
        err.println("watching " + dir.toAbsolutePath() + (once ? " (one pass)" : " (Ctrl-C to stop)"));
        while (true) {
            try {
                scan(dir, once);
            } catch (UncheckedIOException e) {
                err.println("error: " + e.getMessage());
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

    /** One pass over {@code dir}; {@code once}: take every file now, else only settled ones. */
    void scan(Path dir, boolean once) {
        List<LocalFiles.Entry> entries = LocalFiles.expand(dir);
        for (LocalFiles.Entry entry : entries) {
            Path file = entry.path();
            if (file.toAbsolutePath().normalize().startsWith(storeFolder)) {
                continue;
            }
            String version = version(file);
            if (done.contains(version)) {
                continue;
            }
            // Polling: wait for one more scan that sees the same size and time, and for the file to go quiet.
            if (!once && (!version.equals(pending.put(file, version)) || !quiet(file))) {
                continue;
            }
            pending.remove(file);
            UploadProcessor.Result result = processOne(version, file, entry);
            done.add(version);
            // A rejection says why, so the user can fix the file without opening the store.
            err.println(result.outcome().name().toLowerCase(java.util.Locale.ROOT) + " " + file
                    + result.error().map(e -> ": " + result.reason().map(r -> r + ": ").orElse("") + e).orElse(""));
        }
    }

    private UploadProcessor.Result processOne(String version, Path file, LocalFiles.Entry entry) {
        String source = file.toString();
        try {
            if (entry.problem().isPresent()) {
                throw entry.problem().get();
            }
            RawDocument document = RawDocument.of(source, LocalFiles.read(file, limits.maxObjectBytes()));
            return processor.process(new UploadProcessor.Upload(version, source, java.util.Optional.empty()), () -> document,
                    UploadProcessor.DEFAULT_CLAIM);
        } catch (ArticleRejectedException e) {
            return processor.reject(version, source, e);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            return processor.reject(version, source, new ArticleRejectedException(RejectionReason.INTERNAL_ERROR,
                    "internal error while analysing this input (" + e.getClass().getSimpleName() + "); please report it"));
        }
    }

    private boolean quiet(Path file) {
        try {
            return now.getAsLong() - Files.getLastModifiedTime(file).toMillis() >= QUIET_MILLIS;
        } catch (IOException e) {
            // Unreadable: processing it records why.
            return true;
        }
    }

    /** Path, size and modification time: an edited file is a new version, an untouched one is not. */
    private static String version(Path file) {
        try {
            return file + "#" + Files.size(file) + "-" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return file + "#unreadable";
        }
    }
}
