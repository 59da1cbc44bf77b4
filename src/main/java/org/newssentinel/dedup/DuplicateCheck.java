package org.newssentinel.dedup;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of checking one analysed article against recent alerts: its fingerprint, the
 * topics it fired and the policy's decision. Stored with the article's record.
 *
 * @param id          the article's record id
 * @param at          when it was checked
 * @param firedTopics topics it fired, with scores; empty when it would not alert anyway
 */
public record DuplicateCheck(String id, Instant at, Fingerprint fingerprint, Map<String, Double> firedTopics,
                             DuplicateDecision decision) {

    public DuplicateCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(decision, "decision");
        firedTopics = Map.copyOf(firedTopics);
    }

    /** True when the article fired a topic but repeats an alerted story: its alert is suppressed. */
    public boolean suppressesAlert() {
        return !firedTopics.isEmpty() && !decision.mayAlert();
    }

    /** True when an alert goes out for the article. */
    public boolean alerts() {
        return !firedTopics.isEmpty() && decision.mayAlert();
    }
}
