import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newssentinel.clean.Article;
import org.newssentinel.topics.Evidence;
import org.newssentinel.topics.TopicScore;
import org.newssentinel.topics.TopicScorer;
import org.newssentinel.topics.WatchTopics;

/**
 * For reviewing unlabelled articles by hand: prints, per topic, every article where the product
 * alerts or the naive keyword baseline fires, with the score, the matched terms and the strongest
 * evidence sentence, so a reader can judge each alert and each keyword hit the product let pass.
 *
 * usage: java -cp target/news-sentinel.jar bench/topics/ScanTopics.java ARTICLES_DIR [--topics FILE]
 */
public final class ScanTopics {

    public static void main(String[] args) throws Exception {
        WatchTopics topics = args.length > 2 && args[1].equals("--topics") ? WatchTopics.load(Path.of(args[2])) : WatchTopics.defaults();
        TopicScorer scorer = new TopicScorer(topics);
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.sorted().toList();
        }
        for (String topic : List.of("pipelines", "sanctions", "alliances")) {
            int alerts = 0;
            int naive = 0;
            System.out.println("== " + topic);
            for (Path f : files) {
                Article a = EvaluateTopicsFormat.article(Files.readString(f));
                TopicScore t = scorer.score(a).stream().filter(x -> x.topic().equals(topic)).findFirst().orElseThrow();
                boolean keyword = anyWord(a, KEYWORDS.get(topic));
                if (!t.alert() && !keyword) {
                    continue;
                }
                alerts += t.alert() ? 1 : 0;
                naive += keyword ? 1 : 0;
                String evidence = t.evidence().isEmpty() ? "" : t.evidence().get(0).marked();
                System.out.printf(Locale.ROOT, "%-6s %-5s %-22s %.3f %s | %s%n    %s%n", t.alert() ? "ALERT" : "-",
                        keyword ? "kw" : "", f.getFileName(), t.score(), a.title(),
                        t.terms().stream().map(m -> m.term() + "x" + m.count()).toList(), evidence);
            }
            System.out.printf(Locale.ROOT, "%s: %d of %d articles alert; naive keyword fires on %d%n", topic, alerts, files.size(), naive);
        }
    }

    /** Same baseline keywords as EvaluateTopics (a single-file program cannot share code). */
    static final java.util.Map<String, List<String>> KEYWORDS = java.util.Map.of(
            "pipelines", List.of("pipeline", "pipelines"),
            "sanctions", List.of("sanction", "sanctions", "sanctioned", "embargo", "embargoes"),
            "alliances", List.of("alliance", "alliances", "ally", "allies", "allied", "nato"));

    static boolean anyWord(Article a, List<String> words) {
        String text = (a.title() + " " + a.text()).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(w) + "\\b").matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    static final class EvaluateTopicsFormat {
        static Article article(String text) {
            String[] blocks = text.replace("\r\n", "\n").strip().split("\n\\s*\n");
            List<String> paragraphs = new java.util.ArrayList<>();
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
