package org.newssentinel.ingest;

import org.newssentinel.pipeline.RawDocument;

/** Reads one stored object as a {@link RawDocument}. */
public interface ObjectSource {

    /**
     * @param location the object to read; its version is honoured when present
     * @throws org.newssentinel.pipeline.ArticleRejectedException when the object is too large
     * @throws ObjectMissingException when the object no longer exists
     */
    RawDocument read(ObjectLocation location);
}
