package org.newssentinel.store;

/** Keeps article records. Implementations must make {@link #save} idempotent per record id. */
public interface SummaryStore {

    /**
     * Stores the record unless one with the same id exists.
     *
     * @return true when this call stored it, false when it was already there
     */
    boolean save(ArticleRecord record);
}
