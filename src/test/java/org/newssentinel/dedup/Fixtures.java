package org.newssentinel.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newssentinel.clean.Article;
import org.newssentinel.clean.ArticleCleaner;
import org.newssentinel.pipeline.RawDocument;

/** The real-article fixtures under src/test/resources/dedup/, cleaned as an upload would be. */
public final class Fixtures {

    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    /** One line of pairs.tsv. */
    public record Pair(String first, String second, boolean same, String what) {
    }

    private Fixtures() {
    }

    public static Article clean(String name) {
        return CLEANER.clean(RawDocument.of(name, bytes(name)));
    }

    public static Fingerprint fingerprint(String name) {
        return shingled(name).fingerprint();
    }

    public static ShingledText shingled(String name) {
        return new Fingerprinter().shingle(clean(name));
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/dedup/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture /dedup/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        for (String line : new String(bytes("pairs.tsv"), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            pairs.add(new Pair(f[0], f[1], f[2].equals("same"), f[3]));
        }
        return pairs;
    }
}
