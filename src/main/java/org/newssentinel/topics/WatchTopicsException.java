package org.newssentinel.topics;

/** A watch-topics file that cannot be used; the message names the topic and field at fault. */
public final class WatchTopicsException extends RuntimeException {
    public WatchTopicsException(String message) {
        super(message);
    }

    public WatchTopicsException(String message, Throwable cause) {
        super(message, cause);
    }
}
