import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newssentinel.clean.Article;
import org.newssentinel.clean.ArticleCleaner;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.summary.Summarizer;

/**
 * Grid search over Summarizer.Weights on one half of the development set, reporting the same
 * weights on the other half (the holdout). R1/R2 F1 are computed exactly as rouge.py does
 * (lower-case [a-z0-9]+ tokens, clipped n-gram counts, macro average); rouge.py itself stays the
 * judge for reported numbers.
 *
 * java -cp target/news-sentinel.jar bench/summaries/Tune.java BENCH_DIR [SENTENCES]
 * Halves: ids sorted, even positions tune ("A"), odd positions hold out ("B").
 */
public class Tune {
    static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

    public static void main(String[] args) throws Exception {
        Path bench = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> ids;
        try (Stream<Path> s = Files.list(bench.resolve("articles"))) {
            ids = s.map(p -> p.getFileName().toString().replace(".txt", "")).sorted().toList();
        }
        ArticleCleaner cleaner = new ArticleCleaner();
        Map<String, Article> articles = new HashMap<>();
        Map<String, List<String>> refs = new HashMap<>();
        for (String id : ids) {
            Path a = bench.resolve("articles/" + id + ".txt");
            articles.put(id, cleaner.clean(RawDocument.of(a.toString(), Files.readAllBytes(a))));
            refs.put(id, tokens(Files.readString(bench.resolve("references/" + id + ".txt"))));
        }
        List<String> tune = new ArrayList<>();
        List<String> hold = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            (i % 2 == 0 ? tune : hold).add(ids.get(i));
        }
        List<Summarizer.Weights> grid = new ArrayList<>();
        grid.add(Summarizer.Weights.DEFAULT);
        for (double first : new double[] {0, 0.1, 0.2})
            for (double pos : new double[] {0, 0.1, 0.2})
                for (double len : new double[] {0.15, 0.3, 0.45})
                    for (double red : new double[] {0.6, 0.7, 0.8})
                        for (double damping : new double[] {0.85})
                            grid.add(new Summarizer.Weights(first, pos, len, red, damping, 5));
        if (args.length > 2 && args[2].equals("default")) {
            grid = List.of(Summarizer.Weights.DEFAULT);
        }
        double bestScore = -1;
        Summarizer.Weights best = null;
        for (Summarizer.Weights w : grid) {
            double[] r = score(new Summarizer(n, w), articles, refs, tune);
            double objective = r[0] + r[1];
            if (objective > bestScore) {
                bestScore = objective;
                best = w;
                System.out.printf(Locale.ROOT, "tune  R1 %.2f R2 %.2f  %s%n", 100 * r[0], 100 * r[1], w);
            }
        }
        double[] a = score(new Summarizer(n, best), articles, refs, tune);
        double[] b = score(new Summarizer(n, best), articles, refs, hold);
        double[] all = score(new Summarizer(n, best), articles, refs, ids);
        System.out.printf(Locale.ROOT, "best %s%n tune(A, n=%d) R1 %.2f R2 %.2f%n holdout(B, n=%d) R1 %.2f R2 %.2f%n all(n=%d) R1 %.2f R2 %.2f%n",
                best, tune.size(), 100 * a[0], 100 * a[1], hold.size(), 100 * b[0], 100 * b[1], ids.size(), 100 * all[0], 100 * all[1]);
    }

    static double[] score(Summarizer s, Map<String, Article> articles, Map<String, List<String>> refs, List<String> ids) {
        double r1 = 0, r2 = 0;
        for (String id : ids) {
            List<String> pred = tokens(String.join(" ", s.summarize(articles.get(id), List.of()).sentences()));
            List<String> ref = refs.get(id);
            r1 += f1(pred, ref, 1);
            r2 += f1(pred, ref, 2);
        }
        return new double[] {r1 / ids.size(), r2 / ids.size()};
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static double f1(List<String> cand, List<String> ref, int n) {
        Map<String, Integer> c = grams(cand, n);
        Map<String, Integer> r = grams(ref, n);
        int hits = 0;
        for (Map.Entry<String, Integer> e : c.entrySet()) {
            hits += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        int nc = Math.max(0, cand.size() - n + 1);
        int nr = Math.max(0, ref.size() - n + 1);
        double p = nc == 0 ? 0 : hits / (double) nc;
        double rc = nr == 0 ? 0 : hits / (double) nr;
        return p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
    }

    static Map<String, Integer> grams(List<String> t, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= t.size(); i++) {
            out.merge(n == 1 ? t.get(i) : t.get(i) + " " + t.get(i + 1), 1, Integer::sum);
        }
        return out;
    }
}
