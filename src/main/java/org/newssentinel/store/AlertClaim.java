package org.newssentinel.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The right, held by one delivery until {@code leaseUntil}, to publish a record's alert.
 *
 * @param token unique per claim: only its holder can mark the alert sent or hand the claim back
 */
public record AlertClaim(String recordId, String token, Instant leaseUntil) {
    public AlertClaim {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
    }
}
