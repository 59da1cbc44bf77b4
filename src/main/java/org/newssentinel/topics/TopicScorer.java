package org.newssentinel.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newssentinel.clean.Article;
import org.newssentinel.summary.Sentences;

/**
 * Scores an article against every watch topic. The raw weight (term weight times occurrences,
 * boosted in the title) saturates into 0..1 with {@code 1 - exp(-raw / SATURATION)}, so a long
 * article cannot run away with the score and scores compare across articles.
 */
public final class TopicScorer {

    private static final double SATURATION = 4.0;
    private static final int MAX_EVIDENCE = 3;

    private final WatchTopics topics;

    public TopicScorer(WatchTopics topics) {
        this.topics = topics;
    }

    public List<TopicScore> score(Article article) {
        List<String> sentences = new ArrayList<>();
        for (String p : article.paragraphs()) {
            sentences.addAll(Sentences.split(p));
        }
        String title = article.title().toLowerCase(Locale.ROOT);
        String whole = (title + "\n" + article.text()).toLowerCase(Locale.ROOT);
        List<TopicScore> scores = new ArrayList<>();
        for (WatchTopic topic : topics.topics()) {
            scores.add(score(topic, title, whole, sentences));
        }
        return scores;
    }

    private static TopicScore score(WatchTopic topic, String title, String whole, List<String> sentences) {
        boolean contextPresent = topic.context().isEmpty() || topic.context().stream().anyMatch(c -> containsWord(whole, c));
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        double raw = 0;
        if (contextPresent) {
            for (String sentence : sentences) {
                String lower = sentence.toLowerCase(Locale.ROOT);
                double weight = 0;
                List<Evidence.Span> spans = new ArrayList<>();
                for (Map.Entry<String, Double> term : topic.terms().entrySet()) {
                    int hits = 0;
                    for (int at = indexOfWord(lower, term.getKey(), 0); at >= 0; at = indexOfWord(lower, term.getKey(), at + 1)) {
                        if (!excluded(lower, at, term.getKey().length(), topic.exclusions())) {
                            hits++;
                            spans.add(new Evidence.Span(at, at + term.getKey().length()));
                        }
                    }
                    if (hits > 0) {
                        counts.merge(term.getKey(), hits, Integer::sum);
                        weight += term.getValue() * hits;
                    }
                }
                if (weight > 0) {
                    raw += weight;
                    spans.sort(Comparator.comparingInt(Evidence.Span::start));
                    evidence.add(new Evidence(sentence, weight, spans));
                }
            }
            for (Map.Entry<String, Double> term : topic.terms().entrySet()) {
                if (containsWord(title, term.getKey())) {
                    raw += term.getValue() * topic.titleBoost();
                    counts.merge(term.getKey(), 1, Integer::sum);
                }
            }
        }
        List<String> actors = topic.actors().stream().filter(a -> containsWord(whole, a)).toList();
        if (raw > 0) {
            raw += 0.25 * actors.size();
        }
        double score = 1 - Math.exp(-raw / SATURATION);
        evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        List<TermMatch> terms = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> new TermMatch(e.getKey(), e.getValue())).toList();
        return new TopicScore(topic.id(), topic.label(), round(score), score >= topic.threshold(), terms,
                actors, evidence.subList(0, Math.min(MAX_EVIDENCE, evidence.size())));
    }

    private static boolean excluded(String sentence, int at, int length, List<String> exclusions) {
        for (String phrase : exclusions) {
            for (int e = sentence.indexOf(phrase); e >= 0; e = sentence.indexOf(phrase, e + 1)) {
                if (e <= at && at + length <= e + phrase.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsWord(String text, String word) {
        return indexOfWord(text, word, 0) >= 0;
    }

    /** Finds {@code word} as a prefix of a word (so "sanction" matches "sanctions"), at a word start. */
    private static int indexOfWord(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return at;
            }
        }
        return -1;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
