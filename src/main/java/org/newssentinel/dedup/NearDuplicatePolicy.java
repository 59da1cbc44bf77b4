package org.newssentinel.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newssentinel.dedup.DuplicateDecision.Verdict;

/**
 * Decides whether an article repeats a story that was already alerted. An article counts as a
 * repeat of an earlier alerted one when their texts are at least {@code threshold} similar (an
 * exact copy always is); a repeat alerts again only when it fires a topic none of the earlier
 * alerts of the story fired, or when a fired topic's score beats the best earlier score for it
 * by at least {@code scoreStep}. Immutable and thread-safe.
 */
public final class NearDuplicatePolicy {

    private final DedupSettings settings;

    public NearDuplicatePolicy(DedupSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public DedupSettings settings() {
        return settings;
    }

    /** The earliest processing time a candidate may have to count, for an article processed at {@code now}. */
    public Instant windowStart(Instant now) {
        return now.minus(settings.window());
    }

    /**
     * Decides about one article.
     *
     * @param id          the article's record id; a candidate with the same id (a redelivery) is ignored
     * @param fingerprint the article's fingerprint
     * @param firedTopics topics the article fired, with scores; empty when it would not alert anyway
     * @param now         when the article is processed
     * @param candidates  what the index returned; those outside the window, not alerted or not similar enough are ignored
     */
    public DuplicateDecision decide(String id, Fingerprint fingerprint, Map<String, Double> firedTopics, Instant now,
                                    List<IndexedArticle> candidates) {
        Instant since = windowStart(now);
        List<Match> story = new ArrayList<>();
        for (IndexedArticle c : candidates) {
            if (c.id().equals(id) || !c.alerted() || c.at().isBefore(since)) {
                continue;
            }
            double similarity = c.fingerprint().similarity(fingerprint);
            if (similarity >= settings.threshold()) {
                story.add(new Match(c, similarity));
            }
        }
        if (story.isEmpty()) {
            return new DuplicateDecision(Verdict.ORIGINAL, Optional.empty(), 0,
                    "original: no near-duplicate alerted in the last " + hours(settings) + "h");
        }
        story.sort(Comparator.comparing((Match m) -> m.article().at()).thenComparing(m -> m.article().id()));
        Match first = story.get(0);
        String link = String.format(Locale.ROOT, "%.2f similar to %s alerted at %s",
                first.similarity(), first.article().id(), first.article().at());

        Map<String, Double> best = new HashMap<>();
        for (Match m : story) {
            m.article().firedTopics().forEach((topic, score) -> best.merge(topic, score, Math::max));
        }
        List<String> news = new ArrayList<>();
        firedTopics.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Double before = best.get(e.getKey());
            if (before == null) {
                news.add("topic " + e.getKey() + " is new");
            } else if (e.getValue() >= before + settings.scoreStep() - 1e-9) {
                news.add(String.format(Locale.ROOT, "%s score rose from %.2f to %.2f", e.getKey(), before, e.getValue()));
            }
        });
        Optional<String> firstId = Optional.of(first.article().id());
        if (!news.isEmpty()) {
            return new DuplicateDecision(Verdict.ESCALATION, firstId, first.similarity(),
                    "alerting again: " + String.join(", ", news) + "; " + link);
        }
        String verb = firedTopics.isEmpty() ? "duplicate" : "suppressed";
        return new DuplicateDecision(Verdict.DUPLICATE, firstId, first.similarity(), verb + ": " + link);
    }

    private static long hours(DedupSettings s) {
        return s.window().toHours();
    }

    private record Match(IndexedArticle article, double similarity) {
    }
}
