package org.newssentinel.pipeline;

import java.util.Objects;
import java.util.Optional;

/**
 * An uploaded article exactly as it arrived: its bytes and what the transport said about them.
 *
 * @param source          where the document came from (a file path or {@code s3://bucket/key}); used in records and messages
 * @param content         the raw bytes, never decoded or decompressed yet; not copied, so callers must not mutate it
 * @param contentType     the declared media type with parameters (e.g. {@code text/html; charset=windows-1251}), if any
 * @param contentEncoding the declared transfer encoding (e.g. {@code gzip}), if any
 */
public record RawDocument(String source, byte[] content, Optional<String> contentType, Optional<String> contentEncoding) {

    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(contentEncoding, "contentEncoding");
    }

    /** A document with no transport metadata: the cleaner sniffs the format from the name and the bytes. */
    public static RawDocument of(String source, byte[] content) {
        return new RawDocument(source, content, Optional.empty(), Optional.empty());
    }
}
