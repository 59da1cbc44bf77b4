package org.newssentinel.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newssentinel.clean.Article;
import org.newssentinel.text.ArticleText;

/**
 * Scores an article against every watch topic.
 *
 * <p>Matching: the headline and body are tokenised and stemmed once; a <em>presearch</em> looks
 * each distinct stem of the article up in an inverted index of the first word of every topic's
 * terms and phrases, and only topics with a term or whole phrase present are scored, so the cost
 * grows with the article's length and the topics it touches, not with the number of topics (the
 * others get a shared zero score). A term occurrence counts
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
    /** Presearch: first stem of a term -> pairs (topic, term) of the terms starting with it. */
    private final Map<String, int[]> index;
    /** What an article's tokens keep positions for ({@link #firstStems}). */
    private final Set<String> asked;

    public TopicScorer(WatchTopics topics) {
        this.topics = topics.topics().stream().map(CompiledTopic::new).toList();
        Map<String, List<int[]>> byStem = new HashMap<>();
        for (int t = 0; t < this.topics.size(); t++) {
            List<CompiledTopic.Term> terms = this.topics.get(t).terms;
            for (int k = 0; k < terms.size(); k++) {
                byStem.computeIfAbsent(terms.get(k).phrase().first(), s -> new ArrayList<>()).add(new int[] {t, k});
            }
        }
        Map<String, int[]> idx = new HashMap<>(byStem.size() * 2);
        byStem.forEach((stem, postings) -> idx.put(stem, postings.stream().flatMapToInt(java.util.Arrays::stream).toArray()));
        this.index = idx;
        this.asked = firstStems(this.topics);
    }

    /**
     * The first stems of every phrase whose positions scoring looks up: terms, the phrases of their
     * context and veto rules, and actors' names. An article's tokens keep positions for these only.
     */
    private static Set<String> firstStems(List<CompiledTopic> topics) {
        Set<String> stems = new HashSet<>();
        for (CompiledTopic topic : topics) {
            for (CompiledTopic.Term term : topic.terms) {
                stems.add(term.phrase().first());
                for (List<CompiledTopic.Near> rules : List.of(term.context(), term.vetoes())) {
                    for (CompiledTopic.Near rule : rules) {
                        for (CompiledTopic.Phrase phrase : rule.phrases()) {
                            stems.add(phrase.first());
                        }
                    }
                }
            }
            for (CompiledTopic.Actor actor : topic.actors) {
                for (CompiledTopic.Phrase name : actor.names()) {
                    stems.add(name.first());
                }
            }
        }
        return stems;
    }

    /** One score per configured topic, in configuration order. */
    public List<TopicScore> score(Article article) {
        return score(ArticleText.of(article));
    }

    /** {@link #score(Article)} of an article already split and numbered (shared with the summariser). */
    public List<TopicScore> score(ArticleText text) {
        ArticleTokens doc = ArticleTokens.of(text, asked);
        // Presearch: every (topic, term) whose whole term occurs, as topic << 32 | term, then grouped by topic.
        long[] hits = new long[16];
        int n = 0;
        for (String stem : doc.distinctStems()) {
            int[] postings = index.get(stem);
            if (postings == null) {
                continue;
            }
            for (int k = 0; k < postings.length; k += 2) {
                int t = postings[k];
                int term = postings[k + 1];
                if (occurs(topics.get(t).terms.get(term).phrase(), doc)) {
                    if (n == hits.length) {
                        hits = Arrays.copyOf(hits, n * 2);
                    }
                    hits[n++] = (long) t << 32 | term;
                }
            }
        }
        Arrays.sort(hits, 0, n);
        List<TopicScore> scores = new ArrayList<>(topics.size());
        int next = 0;
        for (int t = 0; t < topics.size(); t++) {
            CompiledTopic topic = topics.get(t);
            int from = next;
            while (next < n && (int) (hits[next] >>> 32) == t) {
                next++;
            }
            scores.add(from == next ? topic.nothing : score(topic, doc, hits, from, next));
        }
        return scores;
    }

    /** Scores one topic from the terms the presearch found, {@code hits[from, to)}. */
    private static TopicScore score(CompiledTopic topic, ArticleTokens doc, long[] hits, int from, int to) {
        WatchTopic config = topic.topic;
        double norm = 1 - B + B * doc.bodyLength / AVERAGE_LENGTH;
        double raw = 0;
        // Plain arrays, allocated once a match counts: most candidates of a large topic set end with none.
        int[] counts = null;
        double[] sentenceWeight = null; // index: sentence + 1 (the headline is -1)
        int[] spans = null; // triples: sentence, start, end
        int spanCount = 0;
        for (int h = from; h < to; h++) {
            CompiledTopic.Term term = topic.terms.get((int) hits[h]);
            CompiledTopic.Phrase phrase = term.phrase();
            double boosted = 0;
            int count = 0;
            for (int at : doc.positions(phrase.first())) {
                if (!doc.phraseAt(phrase, at)) {
                    continue;
                }
                int last = at + phrase.length() - 1;
                if (excluded(topic, doc, at, last) || vetoed(topic, term, doc, at, last) || !inContext(topic, term, doc, at, last)) {
                    continue;
                }
                int s = doc.sentence[at];
                double factor = s == ArticleTokens.TITLE ? config.titleBoost() : s < LEAD_SENTENCES ? config.leadBoost() : 1;
                boosted += factor;
                count++;
                if (counts == null) {
                    counts = new int[to - from];
                    sentenceWeight = new double[doc.sentences.size() + 1];
                    spans = new int[12];
                }
                sentenceWeight[s + 1] += term.weight() * factor;
                if (spanCount + 3 > spans.length) {
                    spans = Arrays.copyOf(spans, spans.length * 2);
                }
                spans[spanCount++] = s;
                spans[spanCount++] = doc.start[at];
                spans[spanCount++] = doc.end[last];
            }
            if (count > 0) {
                raw += term.weight() * boosted * (K + 1) / (boosted + K * norm);
                counts[h - from] = count;
            }
        }
        if (counts == null) {
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
        List<TermMatch> terms = new ArrayList<>();
        List<Double> termWeights = new ArrayList<>();
        for (int h = from; h < to; h++) {
            if (counts[h - from] > 0) {
                CompiledTopic.Term term = topic.terms.get((int) hits[h]);
                TermMatch m = new TermMatch(term.text(), counts[h - from]);
                // Strongest first: weight times count; ties keep configuration order.
                double w = term.weight() * m.count();
                int at = 0;
                while (at < terms.size() && termWeights.get(at) >= w) {
                    at++;
                }
                terms.add(at, m);
                termWeights.add(at, w);
            }
        }
        return new TopicScore(config.id(), config.label(), score, score >= config.threshold(), terms, actors,
                evidence(doc, sentenceWeight, spans, spanCount));
    }

    /**
     * The heaviest body sentences, heaviest first (earlier first on ties); the headline only when
     * no body sentence matched.
     */
    private static List<Evidence> evidence(ArticleTokens doc, double[] weight, int[] spans, int spanCount) {
        int[] chosen = new int[MAX_EVIDENCE];
        int n = 0;
        for (int i = 1; i < weight.length; i++) {
            if (weight[i] <= 0) {
                continue;
            }
            int at = n;
            while (at > 0 && weight[chosen[at - 1]] < weight[i]) {
                at--;
            }
            if (at < MAX_EVIDENCE) {
                System.arraycopy(chosen, at, chosen, at + 1, Math.min(n, MAX_EVIDENCE - 1) - at);
                chosen[at] = i;
                n = Math.min(n + 1, MAX_EVIDENCE);
            }
        }
        if (n == 0 && weight[0] > 0) {
            chosen[n++] = 0;
        }
        List<Evidence> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int s = chosen[k] - 1;
            List<Evidence.Span> marked = new ArrayList<>();
            for (int i = 0; i < spanCount; i += 3) {
                if (spans[i] == s) {
                    marked.add(new Evidence.Span(spans[i + 1], spans[i + 2]));
                }
            }
            String text = s == ArticleTokens.TITLE ? doc.title : doc.sentences.get(s);
            out.add(new Evidence(text, round(weight[chosen[k]]), marked));
        }
        return out;
    }

    /** Whether the term's whole phrase occurs somewhere, before any rule is applied. */
    private static boolean occurs(CompiledTopic.Phrase phrase, ArticleTokens doc) {
        for (int at : doc.positions(phrase.first())) {
            if (doc.phraseAt(phrase, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean excluded(CompiledTopic topic, ArticleTokens doc, int first, int last) {
        for (CompiledTopic.Phrase phrase : topic.exclusions) {
            // An exclusion phrase containing tokens [first, last] starts at most (length - span) before it.
            int span = last - first + 1;
            for (int start = first - (phrase.length() - span); start <= first; start++) {
                if (start >= 0 && doc.phraseAt(phrase, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean vetoed(CompiledTopic topic, CompiledTopic.Term term, ArticleTokens doc, int first, int last) {
        for (CompiledTopic.Near rule : term.vetoes()) {
            if (near(topic, rule, doc, first, last)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inContext(CompiledTopic topic, CompiledTopic.Term term, ArticleTokens doc, int first, int last) {
        for (CompiledTopic.Near rule : term.context()) {
            if (!near(topic, rule, doc, first, last)) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of the rule's phrases (or actors) occurs within its window of tokens [first, last], not overlapping them. */
    private static boolean near(CompiledTopic topic, CompiledTopic.Near rule, ArticleTokens doc, int first, int last) {
        if (rule.actors()) {
            for (CompiledTopic.Actor actor : topic.actors) {
                for (CompiledTopic.Phrase name : actor.names()) {
                    if (near(name, true, rule.window(), doc, first, last)) {
                        return true;
                    }
                }
            }
        }
        for (CompiledTopic.Phrase phrase : rule.phrases()) {
            if (near(phrase, false, rule.window(), doc, first, last)) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(CompiledTopic.Phrase phrase, boolean properName, int window, ArticleTokens doc, int first, int last) {
        int[] at = doc.positions(phrase.first());
        int from = window == 0 ? 0 : first - window - phrase.length() + 1;
        int to = window == 0 ? Integer.MAX_VALUE : last + window;
        for (int p : at) {
            if (p < from) {
                continue;
            }
            if (p > to) {
                break;
            }
            if ((p + phrase.length() - 1 < first || p > last) && (!properName || doc.capitalised[p]) && doc.phraseAt(phrase, p)) {
                return true;
            }
        }
        return false;
    }

    /** An actor counts when its name or an alias occurs with a capital first letter, as a proper name is written. */
    private static boolean named(CompiledTopic.Actor actor, ArticleTokens doc) {
        for (CompiledTopic.Phrase name : actor.names()) {
            for (int at : doc.positions(name.first())) {
                if (doc.capitalised[at] && doc.phraseAt(name, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
