package org.newssentinel.store;

/** The verdict on one input version; every input ends in exactly one of these. */
public enum RecordStatus {
    /** Cleaned, scored and summarised. */
    ANALYSED,
    /** Not an analysable article (empty, binary, too large, ...): a permanent verdict with a reason. */
    REJECTED,
    /** Deleted or replaced before it could be read: nothing left to analyse. */
    MISSING,
    /** The pipeline failed on it unexpectedly (a bug); recorded so it is not retried forever. */
    FAILED
}
