package org.newssentinel.pipeline;

/**
 * Thrown when an input cannot be analysed as an article (empty, binary, too large, ...). It is a
 * permanent verdict about the input, never about the environment: retrying the same bytes gives
 * the same answer, so callers record the rejection instead of retrying.
 */
public final class ArticleRejectedException extends RuntimeException {

    private final RejectionReason reason;

    public ArticleRejectedException(RejectionReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
