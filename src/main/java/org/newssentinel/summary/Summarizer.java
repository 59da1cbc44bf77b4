package org.newssentinel.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newssentinel.clean.Article;
import org.newssentinel.topics.Evidence;
import org.newssentinel.topics.TopicScore;

/**
 * Extractive summariser: scores each sentence by the document frequency of its words (a cheap
 * centrality), boosts the lead and topic evidence, drops near-duplicates, and returns the chosen
 * sentences in article order.
 */
public final class Summarizer {

    private final int maxSentences;

    public Summarizer(int maxSentences) {
        if (maxSentences < 1) {
            throw new IllegalArgumentException("sentences must be at least 1, was " + maxSentences);
        }
        this.maxSentences = maxSentences;
    }

    public Summary summarize(Article article, List<TopicScore> topics) {
        List<String> sentences = new ArrayList<>();
        for (String p : article.paragraphs()) {
            sentences.addAll(Sentences.split(p));
        }
        Map<String, Integer> frequency = new HashMap<>();
        List<Set<String>> words = new ArrayList<>();
        for (String s : sentences) {
            Set<String> w = words(s);
            words.add(w);
            w.forEach(x -> frequency.merge(x, 1, Integer::sum));
        }
        Set<String> evidence = new HashSet<>();
        topics.stream().filter(TopicScore::alert).forEach(t -> t.evidence().stream().map(Evidence::sentence).forEach(evidence::add));
        double[] score = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> w = words.get(i);
            double sum = 0;
            for (String x : w) {
                sum += frequency.get(x) - 1;
            }
            score[i] = w.isEmpty() ? 0 : sum / Math.sqrt(w.size());
            score[i] *= 1 + 0.5 / (1 + i);
            if (evidence.contains(sentences.get(i))) {
                score[i] *= 1.5;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> score[i]).reversed());
        List<Integer> chosen = new ArrayList<>();
        for (int i : order) {
            if (chosen.size() == maxSentences) {
                break;
            }
            if (chosen.stream().noneMatch(j -> overlap(words.get(i), words.get(j)) > 0.6)) {
                chosen.add(i);
            }
        }
        chosen.sort(Integer::compare);
        List<String> summary = chosen.stream().map(sentences::get).toList();
        String headline = !article.title().isBlank() ? article.title() : summary.isEmpty() ? "" : summary.get(0);
        return new Summary(headline, summary, SmsText.compose(headline, topics));
    }

    private static Set<String> words(String sentence) {
        Set<String> out = new HashSet<>();
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3) {
                out.add(w);
            }
        }
        return out;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String x : a) {
            if (b.contains(x)) {
                shared++;
            }
        }
        return shared / (double) Math.min(a.size(), b.size());
    }
}
