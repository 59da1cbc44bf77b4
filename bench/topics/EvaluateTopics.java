import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.newssentinel.clean.Article;
import org.newssentinel.topics.TopicScore;
import org.newssentinel.topics.TopicScorer;
import org.newssentinel.topics.WatchTopic;
import org.newssentinel.topics.WatchTopics;

/**
 * Measures topic scoring on a labelled set (articles/ + labels.tsv): per topic, recall over
 * label 2 and false-alarm rate over label 0, for the product and for two naive baselines
 * measured on the same articles and the same tokeniser:
 *   naive-terms: alert if any configured term of the topic appears (no weights, context, exclusions, threshold);
 *   naive-keyword: alert if the topic's headline keyword appears (pipeline; sanction/embargo; alliance/ally/NATO).
 * Also per half (a fixed split by file-name hash) to estimate how tuning on one half generalises.
 *
 * usage: java -cp target/news-sentinel.jar bench/topics/EvaluateTopics.java DATASET_DIR [--topics FILE] [--verbose]
 */
public final class EvaluateTopics {

    static final Map<String, List<String>> KEYWORDS = Map.of(
            "pipelines", List.of("pipeline", "pipelines"),
            "sanctions", List.of("sanction", "sanctions", "sanctioned", "embargo", "embargoes"),
            "alliances", List.of("alliance", "alliances", "ally", "allies", "allied", "nato"));

    record Labelled(String file, Article article, Map<String, Integer> labels) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        WatchTopics topics = null;
        boolean verbose = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--topics")) {
                topics = WatchTopics.load(Path.of(args[++i]));
            } else if (args[i].equals("--verbose")) {
                verbose = true;
            }
        }
        if (topics == null) {
            topics = WatchTopics.defaults();
        }
        List<Labelled> set = load(dir);
        TopicScorer scorer = new TopicScorer(topics);
        Map<String, Map<String, Boolean>> product = new LinkedHashMap<>();
        Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
        Map<String, Map<String, String>> why = new LinkedHashMap<>();
        for (Labelled l : set) {
            Map<String, Boolean> fired = new LinkedHashMap<>();
            Map<String, Double> s = new LinkedHashMap<>();
            Map<String, String> w = new LinkedHashMap<>();
            for (TopicScore t : scorer.score(l.article())) {
                fired.put(t.topic(), t.alert());
                s.put(t.topic(), t.score());
                w.put(t.topic(), t.terms() + " " + t.actors());
            }
            product.put(l.file(), fired);
            scores.put(l.file(), s);
            why.put(l.file(), w);
        }
        System.out.println("set: " + dir + " (" + set.size() + " articles); half A/B = CRC32(file name) even/odd");
        System.out.printf(Locale.ROOT, "%-10s %-14s %-22s %-22s %-22s%n", "topic", "method", "all: recall / FA", "half A", "half B");
        for (String topic : List.of("pipelines", "sanctions", "alliances")) {
            WatchTopic config = topics.topics().stream().filter(t -> t.id().equals(topic)).findFirst().orElseThrow();
            Set<String> configured = config.terms().keySet();
            row(topic, "product", set, l -> product.get(l.file()).get(topic));
            row(topic, "naive-terms", set, l -> anyWord(l.article(), List.copyOf(configured)));
            row(topic, "naive-keyword", set, l -> anyWord(l.article(), KEYWORDS.get(topic)));
            if (verbose) {
                for (Labelled l : set) {
                    int label = l.labels().get(topic);
                    boolean f = product.get(l.file()).get(topic);
                    double sc = scores.get(l.file()).get(topic);
                    if (label == 2 || (label == 0 && sc > 0) || (label == 1 && f)) {
                        String kind = label == 2 ? (f ? "hit" : "MISS") : label == 0 ? (f ? "FALSE" : "neg") : "b-on";
                        System.out.printf(Locale.ROOT, "    %-5s %-26s %.3f %s%n", kind, l.file(), scores.get(l.file()).get(topic),
                                why.get(l.file()).get(topic));
                    }
                }
            }
        }
    }

    interface Rule {
        boolean fires(Labelled l);
    }

    static void row(String topic, String method, List<Labelled> set, Rule rule) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-10s %-14s", topic, method));
        for (int half = -1; half <= 1; half++) {
            int pos = 0, hit = 0, neg = 0, fa = 0;
            for (Labelled l : set) {
                if (half >= 0 && half(l.file()) != half) {
                    continue;
                }
                int label = l.labels().get(topic);
                boolean f = rule.fires(l);
                if (label == 2) {
                    pos++;
                    hit += f ? 1 : 0;
                } else if (label == 0) {
                    neg++;
                    fa += f ? 1 : 0;
                }
            }
            out.append(String.format(Locale.ROOT, " %5.3f (%2d/%2d) / %4.1f%% (%d/%d)",
                    pos == 0 ? 0 : (double) hit / pos, hit, pos, neg == 0 ? 0 : 100.0 * fa / neg, fa, neg));
        }
        System.out.println(out);
    }

    static int half(String file) {
        CRC32 crc = new CRC32();
        crc.update(file.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % 2);
    }

    static boolean anyWord(Article a, List<String> words) {
        String text = (a.title() + " " + a.text()).toLowerCase(Locale.ROOT);
        for (String w : words) {
            String pattern = "(?s).*\\b" + java.util.regex.Pattern.quote(w.toLowerCase(Locale.ROOT)) + "\\b.*";
            if (text.matches(pattern)) {
                return true;
            }
        }
        return false;
    }

    static List<Labelled> load(Path dir) throws Exception {
        List<String> header = null;
        List<Labelled> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("labels.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            if (header == null) {
                header = List.of(f);
                continue;
            }
            Map<String, Integer> labels = new LinkedHashMap<>();
            for (int i = 1; i < f.length; i++) {
                labels.put(header.get(i), Integer.parseInt(f[i].strip()));
            }
            out.add(new Labelled(f[0], article(Files.readString(dir.resolve("articles").resolve(f[0]))), labels));
        }
        return out;
    }

    /** The set's format: the headline, a blank line, then the body, paragraphs separated by blank lines. */
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
