package org.newssentinel.ingest;

/**
 * The object version named by an event can no longer be read: it was deleted, or (in an
 * unversioned bucket) replaced by a newer upload, which has an event of its own. A final verdict:
 * recorded, never retried.
 */
public final class ObjectMissingException extends RuntimeException {
    public ObjectMissingException(String message) {
        super(message);
    }
}
