package org.newssentinel.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newssentinel.clean.Article;
import org.newssentinel.text.ArticleText;
import org.newssentinel.text.Sentences;
import org.newssentinel.topics.Evidence;
import org.newssentinel.topics.TopicScore;

/**
 * Extractive summariser.
 *
 * <p>Each sentence is a node of a graph whose edges are the similarity of the sentences' stemmed
 * content words (TextRank); its PageRank is the sentence's centrality. Centrality is combined
 * with the sentence's position (news puts the key fact first) and its length (a longer central
 * sentence carries more of the article). Sentences are then taken best first, skipping any that
 * repeat a sentence already taken, and returned in article order.
 *
 * <p>Contract: at most {@code maxSentences} sentences, all taken verbatim from the article's
 * paragraphs (never the title), no two near-duplicates, in article order. When a topic fired,
 * at least one of its evidence sentences is in the summary (for as many fired topics as the
 * length allows, strongest topic first). The headline is the title, or the first summary
 * sentence when the article has none. Cost is linear in the article beyond the first
 * {@link #GRAPH_CAP} sentences, which alone form the graph. Thread-safe and stateless.
 */
public final class Summarizer {

    /**
     * Sentences beyond this many are not summary candidates (unless they are topic evidence):
     * bounds the quadratic graph, and a news article's substance is well inside it.
     */
    public static final int GRAPH_CAP = 300;

    private final int maxSentences;
    private final Weights weights;

    public Summarizer(int maxSentences) {
        this(maxSentences, Weights.DEFAULT);
    }

    public Summarizer(int maxSentences, Weights weights) {
        if (maxSentences < 1) {
            throw new IllegalArgumentException("sentences must be at least 1, was " + maxSentences);
        }
        this.maxSentences = maxSentences;
        this.weights = java.util.Objects.requireNonNull(weights, "weights");
    }

    /**
     * How centrality, position and length are combined; exposed so the benchmark harness can
     * tune it on one half of the development set and check it on the other.
     *
     * @param first      extra weight of the article's first sentence
     * @param position   weight of the linear decline of position from the start to the end
     * @param length     exponent on (sentence words / mean words): prefers fuller sentences
     * @param redundancy a sentence sharing more than this share of content words with a taken
     *                   one (Dice coefficient) is a near-duplicate and skipped
     * @param damping    PageRank damping factor
     * @param minWords   sentences shorter than this are not candidates (datelines, captions)
     */
    public record Weights(double first, double position, double length, double redundancy, double damping,
                          int minWords) {
        public static final Weights DEFAULT = new Weights(0.0, 0.1, 0.3, 0.6, 0.85, 5);

        public Weights {
            if (first < 0 || position < 0 || length < 0) {
                throw new IllegalArgumentException("weights must not be negative");
            }
            if (!(redundancy > 0 && redundancy <= 1) || !(damping > 0 && damping < 1) || minWords < 0) {
                throw new IllegalArgumentException("need 0 < redundancy <= 1, 0 < damping < 1, minWords >= 0");
            }
        }
    }

    /** Summarises one article; see the class contract. */
    public Summary summarize(Article article, List<TopicScore> topics) {
        return summarize(ArticleText.of(article), topics);
    }

    /** {@link #summarize(Article, List)} of an article already split and numbered (shared with the scorer). */
    public Summary summarize(ArticleText text, List<TopicScore> topics) {
        String titleKey = key(text.title());
        Set<String> evidenceKeys = new HashSet<>();
        topics.stream().filter(TopicScore::alert).forEach(t -> t.evidence().forEach(e -> evidenceKeys.add(key(e.sentence()))));
        List<String> all = text.sentences();
        List<String> sentences = new ArrayList<>();
        int[] unit = new int[all.size()];
        for (int u = 0; u < all.size(); u++) {
            if (sentences.size() >= GRAPH_CAP && evidenceKeys.isEmpty()) {
                break;
            }
            String s = all.get(u);
            // Plain text sometimes repeats the headline as its first line: it is not a sentence.
            if (isTitle(s, titleKey)) {
                continue;
            }
            // Past the cap only evidence is kept, so a fired topic's reason is never lost; each once,
            // or a text repeating its evidence sentence would bring every repeat into the graph.
            if (sentences.size() < GRAPH_CAP || evidenceKeys.remove(key(s))) {
                unit[sentences.size()] = u;
                sentences.add(s);
            }
        }
        List<Integer> chosen = choose(text, sentences, unit, evidenceByTopic(topics, sentences));
        List<String> summary = chosen.stream().map(sentences::get).toList();
        String headline = !text.title().isBlank() ? text.title().strip()
                : summary.isEmpty() ? "" : summary.get(0);
        return new Summary(headline, summary, SmsText.compose(headline, topics));
    }

    /** Picks from {@code sentences}, where sentence i is unit {@code unit[i]} of {@code text}. */
    private List<Integer> choose(ArticleText text, List<String> sentences, int[] unit, List<List<Integer>> evidence) {
        int n = sentences.size();
        if (n == 0) {
            return List.of();
        }
        int[][] terms = new int[n][];
        int[] words = new int[n];
        TermIds ids = new TermIds(text);
        for (int i = 0; i < n; i++) {
            int[] v = ids.of(unit[i]);
            Arrays.sort(v);
            terms[i] = distinct(v);
            words[i] = ids.words();
        }
        double[] rank = pageRank(terms);
        double meanWords = Arrays.stream(words).average().orElse(1);
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            double pos = n == 1 ? 1 : 1 - i / (double) (n - 1);
            score[i] = rank[i] * n
                    * (1 + weights.position() * pos + (i == 0 ? weights.first() : 0))
                    * Math.pow(Math.max(1, words[i]) / meanWords, weights.length());
        }
        boolean[] candidate = new boolean[n];
        boolean[] announces = new boolean[n];
        int candidates = 0;
        for (int i = 0; i < n; i++) {
            // A sentence ending in a colon announces what follows it ("The companies sanctioned are:"):
            // alone in a summary it says nothing, in a short article as in a long one.
            announces[i] = sentences.get(i).strip().endsWith(":");
            candidate[i] = words[i] >= weights.minWords() && terms[i].length > 0 && !announces[i];
            candidates += candidate[i] ? 1 : 0;
        }
        if (candidates < Math.min(maxSentences, n)) {
            // Short sentences too, but not fragments (list items, labels) unless the text has nothing else.
            int sentenceLike = 0;
            for (int i = 0; i < n; i++) {
                candidate[i] = !announces[i] && Sentences.endsSentence(sentences.get(i));
                sentenceLike += candidate[i] ? 1 : 0;
            }
            if (sentenceLike == 0) {
                Arrays.fill(candidate, true);
            }
        }
        int[] order = bestFirst(score);
        List<Integer> chosen = new ArrayList<>();
        for (int i : order) {
            if (chosen.size() == maxSentences) {
                break;
            }
            if (candidate[i] && !repeats(i, chosen, terms)) {
                chosen.add(i);
            }
        }
        keepEvidence(chosen, evidence, score, terms);
        // Evidence may have displaced a repeat: fill up to the length again, best first.
        for (int i : order) {
            if (chosen.size() >= maxSentences) {
                break;
            }
            if (candidate[i] && !chosen.contains(i) && !repeats(i, chosen, terms)) {
                chosen.add(i);
            }
        }
        chosen.sort(Integer::compare);
        return chosen;
    }

    /** Sentence indexes by descending score, earlier first on ties; primitive, no boxing. */
    static int[] bestFirst(double[] score) {
        int n = score.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] scratch = new int[n];
        // Bottom-up merge sort: stable, so ties keep article order.
        for (int width = 1; width < n; width *= 2) {
            for (int from = 0; from < n; from += 2 * width) {
                int mid = Math.min(from + width, n);
                int to = Math.min(from + 2 * width, n);
                int i = from;
                int j = mid;
                for (int k = from; k < to; k++) {
                    scratch[k] = i < mid && (j >= to || Double.compare(score[order[j]], score[order[i]]) <= 0)
                            ? order[i++] : order[j++];
                }
            }
            int[] t = order;
            order = scratch;
            scratch = t;
        }
        return order;
    }

    /**
     * Makes room for each fired topic's best evidence sentence when none is already in: it
     * replaces the weakest chosen sentence that no earlier topic relies on.
     */
    private void keepEvidence(List<Integer> chosen, List<List<Integer>> evidence, double[] score, int[][] terms) {
        Set<Integer> pinned = new LinkedHashSet<>();
        for (List<Integer> topic : evidence) {
            if (topic.isEmpty()) {
                continue;
            }
            Integer present = topic.stream().filter(chosen::contains).findFirst().orElse(null);
            if (present != null) {
                pinned.add(present);
                continue;
            }
            int best = topic.stream().max((a, b) -> Double.compare(score[a], score[b])).orElseThrow();
            if (chosen.size() < maxSentences) {
                chosen.add(best);
                pinned.add(best);
                continue;
            }
            Integer weakest = null;
            for (int c : chosen) {
                if (!pinned.contains(c) && (weakest == null || score[c] < score[weakest])) {
                    weakest = c;
                }
            }
            if (weakest == null) {
                return;
            }
            chosen.remove(weakest);
            chosen.add(best);
            pinned.add(best);
        }
        // A swapped-in evidence sentence may repeat a kept one: drop the unpinned repeat.
        chosen.removeIf(c -> !pinned.contains(c) && chosen.stream()
                .anyMatch(o -> !o.equals(c) && pinned.contains(o) && dice(terms[c], terms[o]) > weights.redundancy()));
    }

    /** Whether {@code s} is the title again; the length check spares computing most keys. */
    private static boolean isTitle(String s, String titleKey) {
        if (titleKey.isEmpty() || s.length() < titleKey.length() || s.length() > 2 * titleKey.length() + 8) {
            return false;
        }
        // key(s).equals(titleKey), compared as the key is read: most sentences differ early.
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (k == titleKey.length() || Character.toLowerCase(c) != titleKey.charAt(k)) {
                    return false;
                }
                k++;
            }
        }
        return k == titleKey.length();
    }

    /** Per fired topic (strongest first), the indexes of its evidence sentences. */
    private static List<List<Integer>> evidenceByTopic(List<TopicScore> topics, List<String> sentences) {
        if (topics.stream().noneMatch(TopicScore::alert)) {
            return List.of();
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = sentences.size() - 1; i >= 0; i--) {
            index.put(key(sentences.get(i)), i);
        }
        List<List<Integer>> out = new ArrayList<>();
        topics.stream().filter(TopicScore::alert).sorted((a, b) -> Double.compare(b.score(), a.score())).forEach(t -> {
            List<Integer> found = new ArrayList<>();
            for (Evidence e : t.evidence()) {
                Integer i = index.get(key(e.sentence()));
                if (i == null) {
                    i = containing(sentences, e.sentence());
                }
                if (i != null && !found.contains(i)) {
                    found.add(i);
                }
            }
            out.add(found);
        });
        return out;
    }

    /** Fallback when the scorer split differently: the sentence that contains the evidence. */
    private static Integer containing(List<String> sentences, String evidence) {
        String k = key(evidence);
        if (k.length() < 20) {
            return null;
        }
        for (int i = 0; i < sentences.size(); i++) {
            String s = key(sentences.get(i));
            if (s.contains(k) || (s.length() >= 20 && k.contains(s))) {
                return i;
            }
        }
        return null;
    }

    private boolean repeats(int i, List<Integer> chosen, int[][] terms) {
        for (int c : chosen) {
            if (dice(terms[i], terms[c]) > weights.redundancy()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Weighted PageRank over the sentence-similarity graph. Edges are kept sparse (compressed
     * rows) because most sentence pairs share no content word; that keeps a 300-sentence page
     * cheap next to parsing it.
     */
    private double[] pageRank(int[][] terms) {
        int n = terms.length;
        double[] logLength = new double[n];
        for (int i = 0; i < n; i++) {
            logLength[i] = terms[i].length < 2 ? 0 : Math.log(terms[i].length);
        }
        // Pairs that share a word, found through the words' postings instead of trying all
        // n^2 pairs: most sentence pairs share nothing.
        int vocabulary = 0;
        for (int[] t : terms) {
            for (int id : t) {
                vocabulary = Math.max(vocabulary, id + 1);
            }
        }
        int[] postingStart = new int[vocabulary + 1];
        for (int[] t : terms) {
            for (int id : t) {
                postingStart[id + 1]++;
            }
        }
        for (int v = 0; v < vocabulary; v++) {
            postingStart[v + 1] += postingStart[v];
        }
        int[] postings = new int[postingStart[vocabulary]];
        int[] cursor = Arrays.copyOf(postingStart, vocabulary);
        for (int i = 0; i < n; i++) {
            for (int id : terms[i]) {
                postings[cursor[id]++] = i;
            }
        }
        int[] degree = new int[n];
        int capacity = 16;
        int[] from = new int[capacity];
        int[] to = new int[capacity];
        double[] weight = new double[capacity];
        int edges = 0;
        double[] out = new double[n];
        int[] sharedWith = new int[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            if (logLength[i] == 0) {
                continue;
            }
            int touchedCount = 0;
            for (int id : terms[i]) {
                // Postings are in sentence order: only the later sentences j > i are counted.
                for (int k = postingStart[id + 1] - 1; k >= postingStart[id] && postings[k] > i; k--) {
                    int j = postings[k];
                    if (sharedWith[j]++ == 0) {
                        touched[touchedCount++] = j;
                    }
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                int j = touched[t];
                int shared = sharedWith[j];
                sharedWith[j] = 0;
                if (logLength[j] == 0) {
                    continue;
                }
                if (edges == capacity) {
                    capacity *= 2;
                    from = Arrays.copyOf(from, capacity);
                    to = Arrays.copyOf(to, capacity);
                    weight = Arrays.copyOf(weight, capacity);
                }
                double w = shared / (logLength[i] + logLength[j]);
                from[edges] = i;
                to[edges] = j;
                weight[edges] = w;
                edges++;
                degree[i]++;
                degree[j]++;
                out[i] += w;
                out[j] += w;
            }
        }
        // Compressed rows of incoming edges, each weight already divided by its source's out-weight.
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + degree[i];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] source = new int[2 * edges];
        double[] share = new double[2 * edges];
        for (int e = 0; e < edges; e++) {
            int i = from[e];
            int j = to[e];
            source[fill[i]] = j;
            share[fill[i]++] = weight[e] / out[j];
            source[fill[j]] = i;
            share[fill[j]++] = weight[e] / out[i];
        }
        double d = weights.damping();
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        double[] next = new double[n];
        for (int iter = 0; iter < 100; iter++) {
            double dangling = 0;
            for (int j = 0; j < n; j++) {
                if (out[j] == 0) {
                    dangling += rank[j];
                }
            }
            double base = (1 - d) / n + d * dangling / n;
            double delta = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int k = start[i]; k < start[i + 1]; k++) {
                    sum += share[k] * rank[source[k]];
                }
                next[i] = base + d * sum;
                delta += Math.abs(next[i] - rank[i]);
            }
            double[] t = rank;
            rank = next;
            next = t;
            if (delta < 1e-7) {
                break;
            }
        }
        return rank;
    }

    private static double dice(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        return 2.0 * shared(a, b) / (a.length + b.length);
    }

    private static int shared(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    private static int[] distinct(int[] sorted) {
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[k++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, k);
    }

    /** Comparison key: letters and digits only, lower case, so spacing and quotes don't matter. */
    private static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
