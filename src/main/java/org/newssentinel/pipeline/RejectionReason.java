package org.newssentinel.pipeline;

/** Why an input was not analysed; stable codes for records, logs and metrics. */
public enum RejectionReason {
    EMPTY,
    NOT_AN_ARTICLE,
    TOO_LARGE,
    UNDECODABLE,
    NO_TEXT
}
