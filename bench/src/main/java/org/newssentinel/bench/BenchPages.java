package org.newssentinel.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.newssentinel.pipeline.RawDocument;

/**
 * The benchmark pages, gunzipped and decoded once, outside any timed code. The folder is the
 * system property {@code bench.pages}, else the shared extraction benchmark beside the repository.
 */
public final class BenchPages {

    /** One page: the bytes the product receives and the UTF-8 text the baselines receive. */
    public record Page(String name, byte[] bytes, String html) {

        /** As an upload declared {@code text/html; charset=utf-8}, so that nobody guesses the charset. */
        public RawDocument document() {
            return new RawDocument(name, bytes, Optional.of("text/html; charset=utf-8"), Optional.empty());
        }
    }

    private static final List<String> DEFAULT_DIRS = List.of(
            "../shared/benchmarks/extraction/data/html", "../../shared/benchmarks/extraction/data/html");

    private BenchPages() {
    }

    public static Path directory() {
        String configured = System.getProperty("bench.pages");
        if (configured != null) {
            return Path.of(configured);
        }
        return DEFAULT_DIRS.stream().map(Path::of).filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "benchmark pages not found: pass -Dbench.pages=DIR (a folder of *.html.gz)"));
    }

    public static List<Page> load() {
        Path dir = directory();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no *.html.gz in " + dir);
        }
        List<Page> pages = new ArrayList<>(files.size());
        for (Path f : files) {
            byte[] bytes = gunzip(f);
            String name = f.getFileName().toString().replaceFirst("\\.gz$", "");
            pages.add(new Page(name, bytes, new String(bytes, StandardCharsets.UTF_8)));
        }
        return pages;
    }

    static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
