package org.newssentinel.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newssentinel.clean.Article;
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

    /** Sentences beyond this many are not summary candidates: bounds the quadratic graph. */
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
        this.weights = weights;
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
    }

    /** Summarises one article; see the class contract. */
    public Summary summarize(Article article, List<TopicScore> topics) {
        List<String> all = new ArrayList<>();
        for (String p : article.paragraphs()) {
            all.addAll(Sentences.split(p));
        }
        String titleKey = key(article.title());
        List<String> sentences = new ArrayList<>();
        for (String s : all) {
            if (sentences.size() == GRAPH_CAP) {
                break;
            }
            // Plain text sometimes repeats the headline as its first line: it is not a sentence.
            if (titleKey.isEmpty() || !key(s).equals(titleKey)) {
                sentences.add(s);
            }
        }
        List<Integer> chosen = choose(sentences, evidenceByTopic(topics, sentences));
        List<String> summary = chosen.stream().map(sentences::get).toList();
        String headline = !article.title().isBlank() ? article.title().strip()
                : summary.isEmpty() ? "" : summary.get(0);
        return new Summary(headline, summary, SmsText.compose(headline, topics));
    }

    private List<Integer> choose(List<String> sentences, List<List<Integer>> evidence) {
        int n = sentences.size();
        if (n == 0) {
            return List.of();
        }
        int[][] terms = new int[n][];
        int[] words = new int[n];
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < n; i++) {
            List<String> t = Terms.of(sentences.get(i));
            int[] v = new int[t.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = ids.computeIfAbsent(t.get(k), x -> ids.size());
            }
            Arrays.sort(v);
            terms[i] = distinct(v);
            words[i] = Terms.words(sentences.get(i));
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
        int candidates = 0;
        for (int i = 0; i < n; i++) {
            candidate[i] = words[i] >= weights.minWords() && terms[i].length > 0;
            candidates += candidate[i] ? 1 : 0;
        }
        if (candidates < Math.min(maxSentences, n)) {
            Arrays.fill(candidate, true);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
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
        chosen.sort(Integer::compare);
        return chosen;
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

    /** Per fired topic (strongest first), the indexes of its evidence sentences. */
    private static List<List<Integer>> evidenceByTopic(List<TopicScore> topics, List<String> sentences) {
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

    private double[] pageRank(int[][] terms) {
        int n = terms.length;
        double[][] w = new double[n][n];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = similarity(terms[i], terms[j]);
                w[i][j] = s;
                w[j][i] = s;
                out[i] += s;
                out[j] += s;
            }
        }
        double d = weights.damping();
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        double[] next = new double[n];
        for (int iter = 0; iter < 50; iter++) {
            double dangling = 0;
            for (int j = 0; j < n; j++) {
                if (out[j] == 0) {
                    dangling += rank[j];
                }
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                double[] row = w[i];
                for (int j = 0; j < n; j++) {
                    if (row[j] > 0) {
                        sum += row[j] / out[j] * rank[j];
                    }
                }
                next[i] = (1 - d) / n + d * (sum + dangling / n);
                delta += Math.abs(next[i] - rank[i]);
            }
            double[] t = rank;
            rank = next;
            next = t;
            if (delta < 1e-6) {
                break;
            }
        }
        return rank;
    }

    /** TextRank's overlap normalised by sentence lengths, so long sentences don't win by size. */
    private static double similarity(int[] a, int[] b) {
        if (a.length < 2 || b.length < 2) {
            return 0;
        }
        int shared = shared(a, b);
        return shared == 0 ? 0 : shared / (Math.log(a.length) + Math.log(b.length));
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
