package org.newssentinel.topics;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newssentinel.clean.Article;

/**
 * Scores an article against every watch topic.
 *
 * <p>Matching: the headline and body are tokenised and stemmed once; a <em>presearch</em> looks
 * each distinct stem of the article up in an inverted index of the first word of every topic's
 * terms, and only the topics found there are scored, so the cost grows with the article's length,
 * not with the number of topics (the others get a shared zero score). A term occurrence counts
 * when it is not inside an exclusion phrase, no veto term is near it, and every context rule has
 * a term near it.
 *
 * <p>Score: per term, the occurrences (weighted by the title and lead boosts) saturate as in
 * BM25 ({@code tf (k+1) / (tf + k (1 - b + b len/avgLen))}), so repetition and long articles cannot
 * run away with the score; times the term's weight, summed over terms, plus the actor weight per
 * distinct actor named; then {@code 1 - exp(-raw / SCALE)} maps it into 0..1. The same article
 * always gets the same score, and scores compare across articles and topics.
 *
 * <p>Thread-safe: the index is built in the constructor and never changes.
 */
public final class TopicScorer {

    /** BM25 saturation: how fast repetitions stop adding. */
    static final double K = 1.2;
    /** BM25 length normalisation strength. */
    static final double B = 0.5;
    /** A typical news article's body length in tokens. */
    static final double AVERAGE_LENGTH = 350;
    /** Raw weight that maps to a score of 1 - 1/e (0.63). */
    static final double SCALE = 4.0;
    /** Sentences at the start of the body that get the lead boost. */
    static final int LEAD_SENTENCES = 2;
    static final int MAX_EVIDENCE = 3;

    private final List<CompiledTopic> topics;
    /** Presearch: first stem of a term -> the topics having a term that starts with it. */
    private final Map<String, int[]> index;

    public TopicScorer(WatchTopics topics) {
        this.topics = topics.topics().stream().map(CompiledTopic::new).toList();
        Map<String, BitSet> byStem = new HashMap<>();
        for (int t = 0; t < this.topics.size(); t++) {
            for (CompiledTopic.Term term : this.topics.get(t).terms) {
                byStem.computeIfAbsent(term.stems()[0], k -> new BitSet()).set(t);
            }
        }
        Map<String, int[]> idx = new HashMap<>(byStem.size() * 2);
        byStem.forEach((stem, set) -> idx.put(stem, set.stream().toArray()));
        this.index = idx;
    }

    /** One score per configured topic, in configuration order. */
    public List<TopicScore> score(Article article) {
        ArticleTokens doc = ArticleTokens.of(article);
        BitSet candidates = new BitSet(topics.size());
        for (String stem : doc.distinctStems()) {
            int[] hit = index.get(stem);
            if (hit != null) {
                for (int t : hit) {
                    candidates.set(t);
                }
            }
        }
        List<TopicScore> scores = new ArrayList<>(topics.size());
        for (int t = 0; t < topics.size(); t++) {
            CompiledTopic topic = topics.get(t);
            scores.add(candidates.get(t) ? score(topic, doc) : topic.nothing);
        }
        return scores;
    }

    private static TopicScore score(CompiledTopic topic, ArticleTokens doc) {
        WatchTopic config = topic.topic;
        double norm = 1 - B + B * doc.bodyLength / AVERAGE_LENGTH;
        double raw = 0;
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Double> termWeight = new HashMap<>();
        Map<Integer, Double> sentenceWeight = new HashMap<>();
        Map<Integer, List<Evidence.Span>> sentenceSpans = new TreeMap<>();
        for (CompiledTopic.Term term : topic.terms) {
            double boosted = 0;
            int count = 0;
            for (int at : doc.positions(term.stems()[0])) {
                if (!doc.phraseAt(term.stems(), at)) {
                    continue;
                }
                int last = at + term.stems().length - 1;
                if (excluded(topic, doc, at, last) || vetoed(term, doc, at, last) || !inContext(term, doc, at, last)) {
                    continue;
                }
                int s = doc.sentence[at];
                double factor = s == ArticleTokens.TITLE ? config.titleBoost() : s < LEAD_SENTENCES ? config.leadBoost() : 1;
                boosted += factor;
                count++;
                sentenceWeight.merge(s, term.weight() * factor, Double::sum);
                sentenceSpans.computeIfAbsent(s, k -> new ArrayList<>()).add(new Evidence.Span(doc.start[at], doc.end[last]));
            }
            if (count > 0) {
                raw += term.weight() * boosted * (K + 1) / (boosted + K * norm);
                counts.merge(term.text(), count, Integer::sum);
                termWeight.merge(term.text(), term.weight() * count, Double::sum);
            }
        }
        if (raw == 0) {
            return topic.nothing;
        }
        List<String> actors = new ArrayList<>();
        for (CompiledTopic.Actor actor : topic.actors) {
            if (named(actor, doc)) {
                actors.add(actor.name());
                raw += config.actorWeight();
            }
        }
        double score = round(1 - Math.exp(-raw / SCALE));
        List<TermMatch> terms = counts.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Integer> e) -> termWeight.get(e.getKey())).reversed())
                .map(e -> new TermMatch(e.getKey(), e.getValue())).toList();
        return new TopicScore(config.id(), config.label(), score, score >= config.threshold(), terms, actors,
                evidence(doc, sentenceWeight, sentenceSpans));
    }

    /** The heaviest body sentences (the headline only when no body sentence matched), in article order. */
    private static List<Evidence> evidence(ArticleTokens doc, Map<Integer, Double> weight, Map<Integer, List<Evidence.Span>> spans) {
        List<Integer> chosen = weight.keySet().stream().filter(s -> s != ArticleTokens.TITLE)
                .sorted(Comparator.comparingDouble((Integer s) -> weight.get(s)).reversed().thenComparing(s -> s))
                .limit(MAX_EVIDENCE).toList();
        if (chosen.isEmpty() && weight.containsKey(ArticleTokens.TITLE)) {
            chosen = List.of(ArticleTokens.TITLE);
        }
        List<Evidence> out = new ArrayList<>();
        for (int s : chosen) {
            String text = s == ArticleTokens.TITLE ? doc.title : doc.sentences.get(s);
            out.add(new Evidence(text, round(weight.get(s)), spans.get(s)));
        }
        out.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        return out;
    }

    private static boolean excluded(CompiledTopic topic, ArticleTokens doc, int first, int last) {
        for (String[] phrase : topic.exclusions) {
            // An exclusion phrase containing tokens [first, last] starts at most (length - span) before it.
            int span = last - first + 1;
            for (int start = first - (phrase.length - span); start <= first; start++) {
                if (start >= 0 && doc.phraseAt(phrase, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean vetoed(CompiledTopic.Term term, ArticleTokens doc, int first, int last) {
        for (CompiledTopic.Near rule : term.vetoes()) {
            if (near(rule, doc, first, last)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inContext(CompiledTopic.Term term, ArticleTokens doc, int first, int last) {
        for (CompiledTopic.Near rule : term.context()) {
            if (!near(rule, doc, first, last)) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of the rule's phrases occurs within its window of tokens [first, last], not overlapping them. */
    private static boolean near(CompiledTopic.Near rule, ArticleTokens doc, int first, int last) {
        for (String[] phrase : rule.phrases()) {
            if (rule.window() == 0) {
                int[] at = doc.positions(phrase[0]);
                for (int p : at) {
                    if ((p + phrase.length - 1 < first || p > last) && doc.phraseAt(phrase, p)) {
                        return true;
                    }
                }
                continue;
            }
            int from = first - rule.window() - phrase.length + 1;
            if (doc.phraseWithin(phrase, Math.max(0, from), first - phrase.length)
                    || doc.phraseWithin(phrase, last + 1, last + rule.window())) {
                return true;
            }
        }
        return false;
    }

    /** An actor counts when its name occurs with a capital first letter, as a proper name is written. */
    private static boolean named(CompiledTopic.Actor actor, ArticleTokens doc) {
        for (int at : doc.positions(actor.stems()[0])) {
            if (doc.capitalised[at] && doc.phraseAt(actor.stems(), at)) {
                return true;
            }
        }
        return false;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
