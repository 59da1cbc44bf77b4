package org.newssentinel.dedup;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link NearDuplicatePolicy} decided about one article.
 *
 * @param verdict     whether the article is new, a repeat, or a repeat that adds something
 * @param duplicateOf the first alerted article of the same story, when there is one
 * @param similarity  estimated similarity to that article, 0 when there is none
 * @param reason      a sentence for analysts, e.g. {@code suppressed: 0.93 similar to X alerted at T}
 */
public record DuplicateDecision(Verdict verdict, Optional<String> duplicateOf, double similarity, String reason) {

    /** How an article relates to what was already alerted. */
    public enum Verdict {
        /** No near-duplicate was alerted in the window: alert as usual. */
        ORIGINAL,
        /** A near-duplicate of an alerted article that fires nothing new: no alert. */
        DUPLICATE,
        /** A near-duplicate that fires a new topic or a clearly higher score: alert, linked to the first. */
        ESCALATION
    }

    public DuplicateDecision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(reason, "reason");
        if ((verdict == Verdict.ORIGINAL) != duplicateOf.isEmpty()) {
            throw new IllegalArgumentException("only an original has no first article to link to");
        }
    }

    /** True unless the article repeats an alerted one without adding anything. */
    public boolean mayAlert() {
        return verdict != Verdict.DUPLICATE;
    }
}
