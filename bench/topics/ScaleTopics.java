import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.newssentinel.clean.Article;
import org.newssentinel.topics.TopicScorer;
import org.newssentinel.topics.WatchTopic;
import org.newssentinel.topics.WatchTopics;

/**
 * Scoring time with the 3 default topics against 1,000 topics (the 3 defaults plus 997
 * generated ones of the same shape: 8 terms and phrases, a context rule, an exclusion, actors),
 * measured in the same run over the same articles, interleaved, median of the rounds.
 *
 * Three kinds of generated topics:
 *   unseen words: vocabulary the articles never use (the presearch rejects them all);
 *   rare words:   words drawn from the articles' own vocabulary used in under 1% of them,
 *                 like the specialised vocabulary of a real watch topic;
 *   common words: words used in 1-5% of the articles, so that hundreds of generated topics match
 *                 every article (a stress case: matching topics must be scored).
 *
 * usage: java -cp target/news-sentinel.jar bench/topics/ScaleTopics.java ARTICLES_DIR [ROUNDS]
 */
public final class ScaleTopics {

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                articles.add(EvaluateTopicsFormat.article(Files.readString(f)));
            }
        }
        WatchTopics defaults = WatchTopics.defaults();
        Random random = new Random(42);
        List<String> unseen = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            unseen.add(pseudoWord(random));
        }
        Map<String, TopicScorer> scenarios = new java.util.LinkedHashMap<>();
        scenarios.put("3 topics (defaults)", new TopicScorer(defaults));
        scenarios.put("1000 topics, unseen words", new TopicScorer(withGenerated(defaults, 997, unseen, random)));
        scenarios.put("1000 topics, rare words", new TopicScorer(withGenerated(defaults, 997, rareWords(articles, 0, 0.01), random)));
        scenarios.put("1000 topics, common words", new TopicScorer(withGenerated(defaults, 997, rareWords(articles, 0.01, 0.05), random)));
        long words = articles.stream().mapToLong(a -> (a.title() + " " + a.text()).split("\\s+").length).sum();
        System.out.printf(Locale.ROOT, "%d articles, %d words, %d timed rounds (median)%n", articles.size(), words, rounds);

        for (int i = 0; i < 5; i++) { // warm-up: let the JIT compile every path
            scenarios.values().forEach(s -> time(s, articles));
        }
        Map<String, long[]> times = new java.util.LinkedHashMap<>();
        scenarios.keySet().forEach(k -> times.put(k, new long[rounds]));
        for (int r = 0; r < rounds; r++) {
            for (var e : scenarios.entrySet()) {
                times.get(e.getKey())[r] = time(e.getValue(), articles);
            }
        }
        double base = median(times.get("3 topics (defaults)")) / 1e3 / articles.size();
        for (var e : scenarios.entrySet()) {
            double us = median(times.get(e.getKey())) / 1e3 / articles.size();
            double matched = articles.stream().mapToLong(a -> e.getValue().score(a).stream().filter(t -> t.score() > 0).count())
                    .average().orElse(0);
            System.out.printf(Locale.ROOT, "%-28s %8.1f us/article  ratio %.2f  topics matched per article %.1f%n",
                    e.getKey(), us, us / base, matched);
        }
    }

    private static long time(TopicScorer scorer, List<Article> articles) {
        // CPU time of this thread, not wall time: other processes on a shared machine do not count.
        long start = CPU.getCurrentThreadCpuTime();
        int sink = 0;
        for (int rep = 0; rep < 5; rep++) {
            for (Article a : articles) {
                sink += scorer.score(a).size();
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return (CPU.getCurrentThreadCpuTime() - start) / 5;
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static WatchTopics withGenerated(WatchTopics defaults, int n, List<String> words, Random random) {
        List<WatchTopic> topics = new ArrayList<>(defaults.topics());
        for (int i = 0; i < n; i++) {
            Map<String, Double> terms = new HashMap<>();
            while (terms.size() < 8) {
                String term = terms.size() % 3 == 2 ? pick(words, random) + " " + pick(words, random) : pick(words, random);
                terms.put(term, 0.5 + random.nextInt(6) * 0.5);
            }
            List<String> termList = List.copyOf(terms.keySet());
            topics.add(new WatchTopic("generated-" + i, "Generated " + i, "", terms,
                    List.of(new WatchTopic.Proximity(List.of(pick(words, random), pick(words, random)), 10, List.of(termList.get(0)))),
                    List.of(pick(words, random) + " " + termList.get(1)),
                    List.of(new WatchTopic.Proximity(List.of(pick(words, random)), 5, List.of())),
                    List.of(WatchTopic.Actor.named(capitalise(pick(words, random))), WatchTopic.Actor.named(capitalise(pick(words, random)))),
                    0.3, 2.0, 1.5, 0.5));
        }
        return WatchTopics.of(topics);
    }

    private static List<String> rareWords(List<Article> articles, double minShare, double maxShare) {
        Map<String, Integer> df = new HashMap<>();
        for (Article a : articles) {
            Set<String> seen = new HashSet<>();
            for (String w : (a.title() + " " + a.text()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() > 3) {
                    seen.add(w);
                }
            }
            seen.forEach(w -> df.merge(w, 1, Integer::sum));
        }
        int min = Math.max(1, (int) Math.ceil(minShare * articles.size()));
        int max = (int) Math.floor(maxShare * articles.size());
        return df.entrySet().stream().filter(e -> e.getValue() >= min && e.getValue() <= max).map(Map.Entry::getKey).sorted().toList();
    }

    private static String pick(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }

    private static String capitalise(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String pseudoWord(Random random) {
        String consonants = "bcdfghjklmnpqrstvwxz";
        String vowels = "aeiouy";
        StringBuilder b = new StringBuilder("q");
        int syllables = 2 + random.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            b.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return b.toString();
    }

    /** The benchmark set's format: the headline, a blank line, then the body. */
    static final class EvaluateTopicsFormat {
        static Article article(String text) {
            String[] blocks = text.replace("\r\n", "\n").strip().split("\n\\s*\n");
            List<String> paragraphs = new ArrayList<>();
            for (int i = 1; i < blocks.length; i++) {
                if (!blocks[i].isBlank()) {
                    paragraphs.add(blocks[i].strip().replaceAll("\\s*\n\\s*", " "));
                }
            }
            if (paragraphs.isEmpty()) {
                paragraphs.add(blocks[0]);
            }
            return Article.of(blocks[0].strip(), paragraphs, "en");
        }
    }
}
