import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.newssentinel.clean.Article;
import org.newssentinel.clean.ArticleCleaner;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.summary.Summarizer;
import org.newssentinel.topics.TopicScore;
import org.newssentinel.topics.TopicScorer;
import org.newssentinel.topics.WatchTopics;

/**
 * What the summariser costs next to the jsoup parse of the same page (the throughput budget is
 * the whole pipeline at >= 0.5x jsoup parse-only). Warm loops, same JVM, same pages; prints
 * mean CPU microseconds per page for each and the ratio, then a huge synthetic article to show the
 * graph cap bounds the cost.
 *
 * java -cp target/news-sentinel.jar bench/summaries/Speed.java [HTML_GZ_DIR] [ROUNDS]
 */
public class Speed {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/benchmarks/extraction/data/html");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        List<String> html = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        List<List<TopicScore>> scores = new ArrayList<>();
        ArticleCleaner cleaner = new ArticleCleaner();
        TopicScorer scorer = new TopicScorer(WatchTopics.defaults());
        for (Path f : files) {
            byte[] raw = gunzip(Files.readAllBytes(f));
            try {
                Article a = cleaner.clean(RawDocument.of(f.toString().replaceFirst("\\.gz$", ""), raw));
                html.add(new String(raw, StandardCharsets.UTF_8));
                articles.add(a);
                scores.add(scorer.score(a));
            } catch (RuntimeException rejected) {
                // pages the cleaner rejects have nothing to summarise
            }
        }
        Summarizer summarizer = new Summarizer(3);
        // Thread CPU time, not wall time: the bench machine is shared, and CPU time is what the
        // ratio is about.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long parse = 0;
        long summarise = 0;
        int sink = 0;
        for (int r = 0; r < rounds + 2; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (String h : html) {
                sink += Jsoup.parse(h).childNodeSize();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < articles.size(); i++) {
                sink += summarizer.summarize(articles.get(i), scores.get(i)).sentences().size();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            if (r >= 2) {
                parse += t1 - t0;
                summarise += t2 - t1;
            }
        }
        int n = articles.size() * rounds;
        System.out.printf(Locale.ROOT, "%d pages, %d warm rounds: jsoup parse %.0f us/page, summarise %.0f us/page (%.1f%% of parse)%n",
                articles.size(), rounds, parse / 1e3 / n, summarise / 1e3 / n, 100.0 * summarise / parse);
        List<String> huge = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            huge.add("Station s" + i + " near town t" + (i * 7) + " reported " + (i % 13) + " leaks to regulator r" + (i % 29)
                    + ". Operator o" + (i % 31) + " in district d" + (i % 41) + " denied it.");
        }
        Article big = Article.of("Huge", huge, "en");
        for (int w = 0; w < 3; w++) {
            summarizer.summarize(big, List.of());
        }
        long t = cpu.getCurrentThreadCpuTime();
        sink += summarizer.summarize(big, List.of()).sentences().size();
        System.out.printf(Locale.ROOT, "huge article (%d sentences, %d chars): %.1f ms  [%d]%n",
                2 * huge.size(), big.text().length(), (cpu.getCurrentThreadCpuTime() - t) / 1e6, sink % 10);
    }

    static byte[] gunzip(byte[] gz) throws Exception {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
