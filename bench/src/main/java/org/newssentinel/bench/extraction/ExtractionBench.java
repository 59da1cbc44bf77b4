package org.newssentinel.bench.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.newssentinel.clean.Article;
import org.newssentinel.clean.ArticleCleaner;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RawDocument;

/**
 * Extraction benchmark: writes the predictions file for a folder of {@code <id>.html.gz} pages and
 * measures, in the same JVM, pages per second of our cleaner against jsoup's parse alone (the floor
 * any jsoup-based extractor pays). The cleaner gets the page bytes declared as UTF-8 HTML, as an
 * upload reaches it (admission, decoding and the markup filter are part of its job); jsoup gets
 * the decoded string, so any bias is against the product. Single thread; every
 * round is preceded by warm-up rounds so the JIT has settled, and the two contenders alternate
 * round by round so a noisy neighbour hits both alike.
 *
 * <p>Usage: {@code ExtractionBench PAGES_DIR PREDICTIONS_JSON [WARMUP_ROUNDS] [MEASURED_ROUNDS]}.
 */
public final class ExtractionBench {

    private ExtractionBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ExtractionBench PAGES_DIR PREDICTIONS_JSON [WARMUP_ROUNDS] [MEASURED_ROUNDS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 8;

        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        }
        if (files.isEmpty()) {
            System.err.println("no *.html.gz pages in " + dir);
            System.exit(2);
        }
        List<String> ids = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        List<RawDocument> uploads = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            ids.add(name.substring(0, name.indexOf('.')));
            byte[] bytes = gunzip(f);
            // The benchmark pages are UTF-8 and many lack <meta charset>: declared explicitly, never sniffed.
            pages.add(new String(bytes, StandardCharsets.UTF_8));
            uploads.add(new RawDocument(name, bytes, Optional.of("text/html; charset=utf-8"), Optional.empty()));
        }

        ArticleCleaner cleaner = new ArticleCleaner();
        ObjectMapper json = new ObjectMapper();
        ObjectNode predictions = json.createObjectNode();
        for (int i = 0; i < uploads.size(); i++) {
            ObjectNode item = predictions.putObject(ids.get(i));
            try {
                Article a = cleaner.clean(uploads.get(i));
                item.put("articleBody", a.text());
                item.put("title", a.title());
            } catch (ArticleRejectedException e) {
                // A page with no article text predicts an empty article, which the scorer counts as a miss.
                item.put("articleBody", "");
                item.put("title", "");
            }
        }
        json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), predictions);
        System.out.printf("wrote %d predictions to %s%n", pages.size(), out);

        ToIntFunction<String> parseOnly = html -> Jsoup.parse(html).childNodeSize();
        ToIntFunction<RawDocument> extract = upload -> {
            try {
                return cleaner.clean(upload).paragraphs().size();
            } catch (ArticleRejectedException e) {
                return 0;
            }
        };
        for (int i = 0; i < warmup; i++) {
            pass(pages, parseOnly);
            pass(uploads, extract);
        }
        double[] parseRates = new double[rounds];
        double[] extractRates = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            parseRates[i] = pass(pages, parseOnly);
            extractRates[i] = pass(uploads, extract);
        }
        double parse = median(parseRates);
        double ours = median(extractRates);
        System.out.printf("pages: %d, warm-up rounds: %d, measured rounds: %d (median reported), single thread%n",
                pages.size(), warmup, rounds);
        System.out.printf("jsoup parse-only : %8.1f pages/s%n", parse);
        System.out.printf("our extraction   : %8.1f pages/s%n", ours);
        System.out.printf("ratio            : %8.3f x parse-only%n", ours / parse);
    }

    /** One pass over all pages; returns pages per second. The sink keeps the JIT from dropping the work. */
    private static <T> double pass(List<T> pages, ToIntFunction<T> work) {
        long sink = 0;
        long start = System.nanoTime();
        for (T page : pages) {
            sink += work.applyAsInt(page);
        }
        long elapsed = System.nanoTime() - start;
        if (sink == Long.MIN_VALUE) {
            System.out.print("");
        }
        return pages.size() / (elapsed / 1e9);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return buf.toByteArray();
        }
    }
}
