package org.newssentinel.pipeline;

/** Why an input was not analysed; stable codes for records, logs and metrics. */
public enum RejectionReason {
    /** No bytes, or only whitespace once decoded. */
    EMPTY,
    /** Binary content (a document, image, archive or executable), recognised by its bytes, not its name. */
    NOT_AN_ARTICLE,
    /** Past a configured limit: object size, inflated size or extracted text size. */
    TOO_LARGE,
    /** Bytes that cannot be turned into text, e.g. a corrupt or truncated gzip stream. */
    UNDECODABLE,
    /** Text or HTML from which no article text remains once the page furniture is removed. */
    NO_TEXT,
    /** The input could not be read at all (missing, unreadable, not a regular file). */
    UNREADABLE,
    /**
     * A fault in News Sentinel itself while analysing this input. Reported so the other inputs
     * still go on; it is a bug to fix, not a verdict on the input.
     */
    INTERNAL_ERROR
}
