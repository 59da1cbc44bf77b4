package org.newssentinel.digest;

import java.time.Instant;
import java.util.List;

/**
 * Where the digest reads the period's alerts from: the DynamoDB table in Lambda, the local
 * store file in the CLI. Implementations read by time (a key range), never by a pass over all
 * records.
 */
public interface AlertHistory {

    /**
     * Articles processed in {@code [from, until)} that fired at least one topic, suppressed
     * repeats included (the digest decides what to show), oldest first.
     */
    List<DigestEntry> alertsBetween(Instant from, Instant until);
}
