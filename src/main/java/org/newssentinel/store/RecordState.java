package org.newssentinel.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a store knows about a record that decides what a redelivered event still has to do.
 *
 * @param reason the rejection or failure code when the record is not {@link RecordStatus#ANALYSED}
 */
public record RecordState(String id, RecordStatus status, AlertState alertState, Instant processedAt,
                          Optional<String> reason) {

    public RecordState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(alertState, "alertState");
        Objects.requireNonNull(processedAt, "processedAt");
        Objects.requireNonNull(reason, "reason");
    }

    /** True while an alert is due and has not been published (or its publisher may have died). */
    public boolean alertOutstanding() {
        return alertState == AlertState.PENDING || alertState == AlertState.SENDING;
    }
}
