package org.newssentinel.ingest;

/** The object named by an event no longer exists (deleted before it was read): final, not retried. */
public final class ObjectMissingException extends RuntimeException {
    public ObjectMissingException(String message) {
        super(message);
    }
}
