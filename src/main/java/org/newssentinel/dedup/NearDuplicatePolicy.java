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
import java.util.Set;
import org.newssentinel.dedup.DuplicateDecision.Verdict;

/**
 * Decides whether an article repeats a story that was already alerted. An article counts as a
 * repeat of an earlier alerted one when their texts are at least {@code threshold} similar (an
 * exact copy always is) or one is a cut-down copy of the other, and their openings agree (see
 * {@link #resemblance}); a repeat alerts again only when it fires a topic none of the earlier
 * alerts of the story fired, or when a fired topic's score beats the best earlier score for it
 * by at least {@code scoreStep}. Immutable and thread-safe.
 */
public final class NearDuplicatePolicy {

    /** Share of the shorter text that must be found in the longer for a cut-down copy to count as a repeat. */
    public static final double CONTAINED = 0.9;
    /** Shortest text, relative to the longer one, for which containment is trusted. */
    public static final double MIN_LENGTH_RATIO = 0.2;

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
     * @param text        the article's fingerprint and shingles
     * @param firedTopics topics the article fired, with scores; empty when it would not alert anyway
     * @param now         when the article is processed
     * @param candidates  what the index returned; those outside the window, not alerted or not similar enough are ignored
     */
    public DuplicateDecision decide(String id, ShingledText text, Map<String, Double> firedTopics, Instant now,
                                    List<IndexedArticle> candidates) {
        Instant since = windowStart(now);
        List<Match> story = new ArrayList<>();
        for (IndexedArticle c : candidates) {
            if (c.id().equals(id) || !c.alerted() || c.at().isBefore(since)) {
                continue;
            }
            resemblance(c.fingerprint(), text).ifPresent(r -> story.add(new Match(c, r)));
        }
        if (story.isEmpty()) {
            return new DuplicateDecision(Verdict.ORIGINAL, Optional.empty(), 0,
                    "original: no near-duplicate alerted in the last " + hours(settings) + "h");
        }
        story.sort(Comparator.comparing((Match m) -> m.article().at()).thenComparing(m -> m.article().id()));
        Match first = story.get(0);
        String link = String.format(Locale.ROOT, "%.2f %s %s alerted at %s", first.resemblance().value(),
                first.resemblance().contained() ? "contained in" : "similar to", first.article().id(), first.article().at());

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
            return new DuplicateDecision(Verdict.ESCALATION, firstId, first.resemblance().value(),
                    "alerting again: " + String.join(", ", news) + "; " + link);
        }
        String verb = firedTopics.isEmpty() ? "duplicate" : "suppressed";
        return new DuplicateDecision(Verdict.DUPLICATE, firstId, first.resemblance().value(), verb + ": " + link);
    }

    private static long hours(DedupSettings s) {
        return s.window().toHours();
    }

    /**
     * How one text repeats another.
     *
     * @param value     the similarity, or for a contained text the share of the shorter text found in the longer
     * @param contained true when the texts count as one story because one is (almost) wholly inside the other
     */
    public record Resemblance(double value, boolean contained) {
    }

    /**
     * Whether a stored text and a new one tell the same story. Their similarity reaches the
     * threshold, or the shorter (at least {@value #MIN_LENGTH_RATIO} of the longer's length) is at
     * least {@value #CONTAINED} contained in the longer, as when a site runs the first paragraphs
     * of a wire story; and their openings agree: one of the stored text's opening paragraphs is
     * (at least {@value Opening#FOUND}) found in the new text, or one of the new text's opening
     * paragraphs among the stored text's. The second condition keeps two reports from one site
     * apart when the site's long house paragraphs are most of what they share. When either
     * opening is unknown (stored before openings were kept, or no paragraph as long as a
     * shingle) only the first condition counts. Not strictly symmetric: the stored opening is
     * looked for in the whole new text, the new opening only among the stored opening, so a
     * stored copy that opens with two paragraphs of 4+ words the new text lacks (a teaser, an
     * editor's note) hides a repeat that the other order would find.
     */
    public Optional<Resemblance> resemblance(Fingerprint stored, ShingledText text) {
        return resemblance(stored, text.fingerprint()).filter(r -> openingsAgree(stored.opening(), text));
    }

    private static boolean openingsAgree(Opening stored, ShingledText text) {
        Opening fresh = text.fingerprint().opening();
        if (!stored.known() || !fresh.known()) {
            return true;
        }
        // The new text's full shingle set is at hand, the stored one's is not: its opening keys stand in for it.
        Set<Integer> storedKeys = stored.keys();
        return stored.anyParagraphFound(text::has) || fresh.anyParagraphFound(storedKeys::contains);
    }

    private Optional<Resemblance> resemblance(Fingerprint a, Fingerprint b) {
        double similarity = a.similarity(b);
        if (similarity >= settings.threshold()) {
            return Optional.of(new Resemblance(similarity, false));
        }
        double ratio = Math.min(a.shingles(), b.shingles()) / (double) Math.max(1, Math.max(a.shingles(), b.shingles()));
        double containment = a.containment(b);
        // Below a fifth of the longer text the containment estimate is too noisy to act on.
        if (ratio >= MIN_LENGTH_RATIO && containment >= CONTAINED) {
            return Optional.of(new Resemblance(containment, true));
        }
        return Optional.empty();
    }

    private record Match(IndexedArticle article, Resemblance resemblance) {
    }
}
