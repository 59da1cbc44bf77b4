import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newssentinel.clean.Article;
import org.newssentinel.clean.ArticleCleaner;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.text.Sentences;

/**
 * The lead-N baseline through the product's own cleaner and splitter, so that it differs from
 * the product only in how sentences are chosen. Prints predictions JSONL ({"id", "summary"}).
 *
 * java -cp target/news-sentinel.jar bench/summaries/Lead.java ARTICLES_DIR N
 */
public class Lead {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[1]);
        ArticleCleaner cleaner = new ArticleCleaner();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        StringBuilder out = new StringBuilder();
        for (Path f : files) {
            Article a = cleaner.clean(RawDocument.of(f.toString(), Files.readAllBytes(f)));
            List<String> lead = new ArrayList<>();
            for (String p : a.paragraphs()) {
                for (String s : Sentences.split(p)) {
                    if (lead.size() < n) {
                        lead.add(s);
                    }
                }
            }
            String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
            out.append("{\"id\":").append(json(id)).append(",\"summary\":[");
            for (int i = 0; i < lead.size(); i++) {
                out.append(i == 0 ? "" : ",").append(json(lead.get(i)));
            }
            out.append("]}\n");
        }
        System.out.print(out);
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
