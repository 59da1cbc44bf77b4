package org.newssentinel.bench.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.newssentinel.clean.Article;
import org.newssentinel.clean.ArticleCleaner;
import org.newssentinel.dedup.DedupSettings;
import org.newssentinel.dedup.Fingerprint;
import org.newssentinel.dedup.Fingerprinter;
import org.newssentinel.dedup.InMemoryFingerprintIndex;
import org.newssentinel.dedup.IndexedArticle;
import org.newssentinel.dedup.NearDuplicatePolicy;
import org.newssentinel.dedup.ShingledText;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RawDocument;

/**
 * Measures near-duplicate detection on real text. Three parts:
 * <ol>
 *   <li>the fixture pairs of the unit tests, at several thresholds;</li>
 *   <li>the shared benchmark corpora: every pair of different articles (false suppressions,
 *       and how often the bands make them look-up candidates at all), and five synthetic repeats
 *       of every article (missed duplicates);</li>
 *   <li>short reports of one site that carry the same house paragraphs (about-us, funding and
 *       corrections blurbs): briefs of two different corpus articles (false suppressions), and a
 *       brief against its full article (repeats);</li>
 *   <li>look-up time in the in-memory index against a linear scan over all stored fingerprints,
 *       measured in the same run, as the number of stored articles grows.</li>
 * </ol>
 */
public final class DedupReport {

    private static final Fingerprinter FP = new Fingerprinter();
    private static final NearDuplicatePolicy POLICY = new NearDuplicatePolicy(DedupSettings.DEFAULTS);
    private static final double[] THRESHOLDS = {0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    private static final List<String> FRAME = List.of("Home", "World", "Business", "Share this article", "Advertisement",
            "Sign up for our morning briefing", "Most read", "Oil falls as stocks build", "Copyright 2026 Example Media. All rights reserved.");
    private static final List<String> HOUSE = List.of(
            "About Example Media: we are an independent newsroom covering energy, trade and security, with reporters in London, "
                    + "Brussels, Nairobi and Singapore whose work is read by analysts, traders and diplomats in more than sixty countries.",
            "Example Media is funded by its readers. We take no money from governments, companies or lobby groups and keep every story "
                    + "free to read. If you value independent reporting, please consider supporting us with a monthly contribution today.",
            "Corrections: we correct errors promptly. If you believe a story contains a factual error, write to the standards editor, "
                    + "who answers every complaint within five working days and publishes any correction beneath the story.");

    public static void main(String[] args) {
        double threshold = DedupSettings.DEFAULTS.threshold();
        System.out.printf(Locale.ROOT, "default threshold %.2f, %d MinHash values in %d bands of %d%n%n", threshold,
                Fingerprint.HASHES, Fingerprint.BANDS, Fingerprint.ROWS);
        fixturePairs();
        List<Article> corpus = corpus();
        corpusPairs(corpus);
        repeats(corpus);
        houseText(corpus);
        scaling(corpus);
    }

    private static void fixturePairs() {
        Path dir = Path.of("src/test/resources/dedup");
        List<String[]> pairs = new ArrayList<>();
        for (String line : read(dir.resolve("pairs.tsv")).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                pairs.add(line.split("\t"));
            }
        }
        int nSame = 0;
        int nDiff = 0;
        List<ShingledText[]> fps = new ArrayList<>();
        for (String[] p : pairs) {
            fps.add(new ShingledText[] {fp(dir.resolve(p[0])), fp(dir.resolve(p[1]))});
            if (p[2].equals("same")) {
                nSame++;
            } else {
                nDiff++;
            }
        }
        System.out.printf(Locale.ROOT, "== Fixture pairs (src/test/resources/dedup/pairs.tsv): %d repeats, %d different reports%n", nSame, nDiff);
        System.out.println("threshold  missed duplicates  false suppressions   (policy: similarity >= threshold, or containment >= 0.9; openings agree)");
        for (double t : THRESHOLDS) {
            NearDuplicatePolicy policy = new NearDuplicatePolicy(new DedupSettings(t, 0.15, Duration.ofHours(72)));
            int missed = 0;
            int falsely = 0;
            for (int i = 0; i < pairs.size(); i++) {
                Fingerprint a = fps.get(i)[0].fingerprint();
                ShingledText b = fps.get(i)[1];
                boolean repeat = !Collections.disjoint(a.lookupKeys(), b.fingerprint().lookupKeys()) && policy.resemblance(a, b).isPresent();
                if (pairs.get(i)[2].equals("same") && !repeat) {
                    missed++;
                }
                if (!pairs.get(i)[2].equals("same") && repeat) {
                    falsely++;
                }
            }
            System.out.printf(Locale.ROOT, "%9.2f  %8d (%5.1f%%)  %8d (%5.1f%%)%n", t, missed, pct(missed, nSame), falsely, pct(falsely, nDiff));
        }
        System.out.println();
    }

    private static void corpusPairs(List<Article> corpus) {
        List<ShingledText> texts = corpus.stream().map(FP::shingle).toList();
        List<Fingerprint> fps = texts.stream().map(ShingledText::fingerprint).toList();
        long pairs = 0;
        long candidates = 0;
        long policyRepeats = 0;
        double max = 0;
        long[] above = new long[THRESHOLDS.length];
        for (int i = 0; i < fps.size(); i++) {
            for (int j = i + 1; j < fps.size(); j++) {
                pairs++;
                Fingerprint a = fps.get(i);
                Fingerprint b = fps.get(j);
                if (!Collections.disjoint(a.lookupKeys(), b.lookupKeys())) {
                    candidates++;
                    if (POLICY.resemblance(a, texts.get(j)).isPresent()) {
                        policyRepeats++;
                    }
                }
                double s = a.similarity(b);
                max = Math.max(max, s);
                for (int t = 0; t < THRESHOLDS.length; t++) {
                    if (s >= THRESHOLDS[t]) {
                        above[t]++;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "== All pairs of different articles in the corpora: %d articles, %d pairs%n", fps.size(), pairs);
        System.out.printf(Locale.ROOT, "share a look-up key (fetched as candidates): %d (%.3f%%); highest similarity %.3f%n",
                candidates, pct(candidates, pairs), max);
        for (int t = 0; t < THRESHOLDS.length; t++) {
            System.out.printf(Locale.ROOT, "similarity >= %.2f: %d (%.3f%%)%n", THRESHOLDS[t], above[t], pct(above[t], pairs));
        }
        System.out.printf(Locale.ROOT, "judged repeats by the default policy (similarity or containment, openings agree, among candidates): %d%n", policyRepeats);
        System.out.println("(the corpora hold real repeats of one story; every pair the bands fetch is listed)");
        for (int i = 0; i < fps.size(); i++) {
            for (int j = i + 1; j < fps.size(); j++) {
                Fingerprint a = fps.get(i);
                Fingerprint b = fps.get(j);
                if (!Collections.disjoint(a.lookupKeys(), b.lookupKeys())) {
                    System.out.printf(Locale.ROOT, "  similarity %.3f containment %.3f %-6s  %s  |  %s%n", a.similarity(b), a.containment(b),
                            POLICY.resemblance(a, texts.get(j)).isPresent() ? "REPEAT" : "", corpus.get(i).title(), corpus.get(j).title());
                }
            }
        }
        System.out.println();
    }

    private static void repeats(List<Article> corpus) {
        Random random = new Random(42);
        String[] kinds = {"paragraphs shuffled", "headline changed, first paragraph rewritten", "update paragraph added",
                "site frame around it", "last paragraph cut"};
        int[] missed = new int[kinds.length];
        int[] notFound = new int[kinds.length];
        int[] missedC = new int[kinds.length];
        int[] missedR = new int[kinds.length];
        int[] n = new int[kinds.length];
        List<List<Double>> sims = new ArrayList<>();
        for (int k = 0; k < kinds.length; k++) {
            sims.add(new ArrayList<>());
        }
        for (int i = 0; i < corpus.size(); i++) {
            Article a = corpus.get(i);
            List<String> ps = a.paragraphs();
            if (ps.size() < 3) {
                continue;
            }
            Article other = corpus.get((i + 1 + random.nextInt(corpus.size() - 1)) % corpus.size());
            List<List<String>> variants = new ArrayList<>();
            List<String> shuffled = new ArrayList<>(ps);
            Collections.shuffle(shuffled, random);
            variants.add(shuffled);
            List<String> rewritten = new ArrayList<>(ps);
            rewritten.set(0, rewrite(ps.get(0), random));
            variants.add(rewritten);
            List<String> update = new ArrayList<>(ps);
            update.add(Math.min(ps.size(), 3), other.paragraphs().get(0));
            variants.add(update);
            List<String> framed = new ArrayList<>(FRAME.subList(0, 4));
            framed.addAll(ps.subList(0, 2));
            framed.add(FRAME.get(4));
            framed.addAll(ps.subList(2, ps.size()));
            framed.addAll(FRAME.subList(5, FRAME.size()));
            variants.add(framed);
            variants.add(ps.subList(0, ps.size() - 1));
            ShingledText originalText = FP.shingle(a);
            Fingerprint original = originalText.fingerprint();
            for (int k = 0; k < kinds.length; k++) {
                ShingledText text = FP.shingle(variants.get(k));
                Fingerprint v = text.fingerprint();
                double s = original.similarity(v);
                boolean found = !Collections.disjoint(original.lookupKeys(), v.lookupKeys());
                n[k]++;
                sims.get(k).add(s);
                if (!found) {
                    notFound[k]++;
                }
                if (!found || s < DedupSettings.DEFAULTS.threshold()) {
                    missed[k]++;
                }
                if (!found || POLICY.resemblance(original, text).isEmpty()) {
                    missedC[k]++;
                }
                if (!found || POLICY.resemblance(v, originalText).isEmpty()) {
                    missedR[k]++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "== Synthetic repeats of every corpus article with 3+ paragraphs (threshold %.2f)%n",
                DedupSettings.DEFAULTS.threshold());
        System.out.println("repeat                                          n  median sim  min sim  not found by bands  missed (similarity)  missed (policy)  missed (policy, repeat stored first)");
        int totalMissed = 0;
        int total = 0;
        for (int k = 0; k < kinds.length; k++) {
            double[] s = sims.get(k).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-45s %4d  %10.3f  %7.3f  %18d  %4d (%5.1f%%)  %4d (%5.1f%%)  %4d (%5.1f%%)%n", kinds[k], n[k],
                    s[s.length / 2], s[0], notFound[k], missed[k], pct(missed[k], n[k]), missedC[k], pct(missedC[k], n[k]),
                    missedR[k], pct(missedR[k], n[k]));
            totalMissed += missedC[k];
            total += n[k];
        }
        System.out.printf(Locale.ROOT, "all repeats, by the policy: %d missed of %d (%.1f%%)%n%n", totalMissed, total, pct(totalMissed, total));
    }

    private static void houseText(List<Article> corpus) {
        System.out.println("== One site's briefs with its house paragraphs (about us, funding, corrections: "
                + HOUSE.stream().mapToInt(p -> p.split("\\s+").length).sum() + " words), made from corpus articles");
        System.out.println("pairs                                                         n  judged repeats by the policy   median sim");
        List<Article> usable = corpus.stream().filter(a -> a.paragraphs().size() >= 3).toList();
        for (int storyParagraphs = 1; storyParagraphs <= 2; storyParagraphs++) {
            int n = 0;
            int repeats = 0;
            List<Double> sims = new ArrayList<>();
            for (int i = 0; i + 1 < usable.size(); i++) {
                Fingerprint a = FP.fingerprint(brief(usable.get(i), storyParagraphs));
                ShingledText b = FP.shingle(brief(usable.get(i + 1), storyParagraphs));
                n++;
                sims.add(a.similarity(b.fingerprint()));
                if (!Collections.disjoint(a.lookupKeys(), b.fingerprint().lookupKeys()) && POLICY.resemblance(a, b).isPresent()) {
                    repeats++;
                }
            }
            System.out.printf(Locale.ROOT, "%-58s %4d  %6d (%5.1f%%) false  %11.3f%n",
                    "two different stories, briefs of " + storyParagraphs + " paragraph(s) + house", n, repeats, pct(repeats, n), median(sims));
        }
        // The site's copy of the whole story, and a brief of its first two paragraphs, against the story without the house text.
        for (int storyParagraphs : new int[] {Integer.MAX_VALUE, 2}) {
            int n = 0;
            int missed = 0;
            List<Double> sims = new ArrayList<>();
            for (Article article : usable) {
                // Stored first: the wire story, or the site's copy; the other arrives.
                for (boolean wireFirst : new boolean[] {true, false}) {
                    List<String> copy = brief(article, Math.min(storyParagraphs, article.paragraphs().size()));
                    Fingerprint stored = FP.fingerprint(wireFirst ? article.paragraphs() : copy);
                    ShingledText arriving = FP.shingle(wireFirst ? copy : article.paragraphs());
                    n++;
                    sims.add(stored.similarity(arriving.fingerprint()));
                    if (Collections.disjoint(stored.lookupKeys(), arriving.fingerprint().lookupKeys())
                            || POLICY.resemblance(stored, arriving).isEmpty()) {
                        missed++;
                    }
                }
            }
            String what = storyParagraphs == Integer.MAX_VALUE ? "the story and the site's copy of it + house"
                    : "the story and its brief of " + storyParagraphs + " paragraphs + house";
            System.out.printf(Locale.ROOT, "%-58s %4d  %6d (%5.1f%%) missed %10.3f%n", what, n, missed, pct(missed, n), median(sims));
        }
        System.out.println();
    }

    private static List<String> brief(Article article, int storyParagraphs) {
        List<String> brief = new ArrayList<>(article.paragraphs().subList(0, storyParagraphs));
        brief.addAll(HOUSE);
        return brief;
    }

    private static double median(List<Double> values) {
        double[] s = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length == 0 ? 0 : s[s.length / 2];
    }

    // A rewritten lead keeps the facts but not the wording: every third word replaced, the clause order turned.
    private static String rewrite(String paragraph, Random random) {
        String[] words = paragraph.split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            out.add(i % 3 == 1 ? "word" + random.nextInt(1000) : words[i]);
        }
        int half = out.size() / 2;
        List<String> turned = new ArrayList<>(out.subList(half, out.size()));
        turned.addAll(out.subList(0, half));
        return String.join(" ", turned);
    }

    private static void scaling(List<Article> corpus) {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "1000,10000,100000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        List<String> words = new ArrayList<>();
        corpus.forEach(a -> a.paragraphs().forEach(p -> words.addAll(List.of(p.split("\\s+")))));
        Random random = new Random(1);
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        InMemoryFingerprintIndex index = new InMemoryFingerprintIndex(Duration.ofDays(3650));
        List<Fingerprint> stored = new ArrayList<>();
        List<Fingerprint> probes = corpus.stream().limit(100).map(FP::fingerprint).toList();
        for (int i = 0; i < probes.size(); i++) {
            index.add(new IndexedArticle("probe-" + i, now, probes.get(i), true, Map.of()));
            stored.add(probes.get(i));
        }
        System.out.println("== Look-up of 100 articles among N stored (in-memory index vs linear scan, same run)");
        System.out.println("        N  index us/lookup  candidates/lookup  scan us/lookup  scan/index");
        for (int size : sizes) {
            while (stored.size() < size) {
                Fingerprint f = FP.fingerprint(randomText(random, words));
                index.add(new IndexedArticle("other-" + stored.size(), now, f, true, Map.of()));
                stored.add(f);
            }
            long candidates = 0;
            long t0 = System.nanoTime();
            for (int rep = 0; rep < 5; rep++) {
                for (Fingerprint p : probes) {
                    candidates += index.candidates(p, Instant.EPOCH).size();
                }
            }
            double indexUs = (System.nanoTime() - t0) / 1e3 / (5.0 * probes.size());
            long sink = 0;
            t0 = System.nanoTime();
            for (Fingerprint p : probes) {
                for (Fingerprint s : stored) {
                    if (s.similarity(p) >= DedupSettings.DEFAULTS.threshold()) {
                        sink++;
                    }
                }
            }
            double scanUs = (System.nanoTime() - t0) / 1e3 / probes.size();
            System.out.printf(Locale.ROOT, "%9d  %15.1f  %17.2f  %14.1f  %9.0fx%s%n", stored.size(), indexUs,
                    candidates / (5.0 * probes.size()), scanUs, scanUs / indexUs, sink < 0 ? "!" : "");
        }
    }

    private static List<String> randomText(Random random, List<String> words) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                b.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            paragraphs.add(b.toString());
        }
        return paragraphs;
    }

    private static List<Article> corpus() {
        String dirs = System.getProperty("bench.articles",
                "../shared/benchmarks/topics/articles,../shared/benchmarks/summaries/articles");
        ArticleCleaner cleaner = new ArticleCleaner();
        List<Article> articles = new ArrayList<>();
        for (String d : dirs.split(",")) {
            Path dir = Path.of(d.strip());
            if (!Files.isDirectory(dir)) {
                dir = Path.of("..").resolve(dir);
            }
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("no article folder " + d + ": pass -Dbench.articles=DIR,DIR");
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    try {
                        articles.add(cleaner.clean(RawDocument.of(f.toString(), Files.readAllBytes(f))));
                    } catch (ArticleRejectedException rejected) {
                        // Not an article for the cleaner: nothing to fingerprint.
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return articles;
    }

    private static ShingledText fp(Path file) {
        try {
            return FP.shingle(new ArticleCleaner().clean(RawDocument.of(file.toString(), Files.readAllBytes(file))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double pct(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
