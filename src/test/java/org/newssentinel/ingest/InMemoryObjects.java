package org.newssentinel.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.pipeline.RejectionReason;

/** A bucket in memory for unit tests: keys as stored (decoded), a size limit, and injectable read failures. */
public final class InMemoryObjects implements ObjectSource {

    private final Map<String, byte[]> objects = new HashMap<>();
    private final Map<String, RuntimeException> failures = new HashMap<>();
    private final List<String> reads = new ArrayList<>();
    private final long maxBytes;

    public InMemoryObjects(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public InMemoryObjects put(String bucket, String key, byte[] content) {
        objects.put(bucket + "/" + key, content);
        return this;
    }

    /** The next read of this key throws {@code e}, as S3 does on a 5xx past the SDK's retries. */
    public void failNextRead(String bucket, String key, RuntimeException e) {
        failures.put(bucket + "/" + key, e);
    }

    @Override
    public synchronized RawDocument read(ObjectLocation location) {
        String id = location.bucket() + "/" + location.key();
        reads.add(id);
        RuntimeException failure = failures.remove(id);
        if (failure != null) {
            throw failure;
        }
        byte[] content = objects.get(id);
        if (content == null) {
            throw new ObjectMissingException("the object " + location.uri() + " no longer exists");
        }
        if (content.length > maxBytes) {
            throw new ArticleRejectedException(RejectionReason.TOO_LARGE, "the object is " + content.length
                    + " bytes, over the limit of " + maxBytes + " (MAX_OBJECT_BYTES)");
        }
        String name = location.key().toLowerCase();
        return new RawDocument(location.uri(), content,
                Optional.of(name.endsWith(".html") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8"), Optional.empty());
    }

    public synchronized List<String> reads() {
        return List.copyOf(reads);
    }
}
