package org.newssentinel.handler;

/**
 * Another delivery of the same event holds the claim on this record's alert and may be publishing
 * it right now. Transient: thrown so that the platform retries the event later, when the alert is
 * either sent (the retry does nothing) or the claim's lease has run out (the retry sends it).
 */
public final class AlertInProgressException extends RuntimeException {
    public AlertInProgressException(String message) {
        super(message);
    }
}
