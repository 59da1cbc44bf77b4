package org.newssentinel.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * One version of one S3 object, with the key already URL-decoded.
 *
 * @param eTag the entity tag from the event, used to tell versions apart in unversioned buckets
 */
public record ObjectLocation(String bucket, String key, Optional<String> versionId, Optional<String> eTag, long size) {

    public ObjectLocation {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(eTag, "eTag");
    }

    public String uri() {
        return "s3://" + bucket + "/" + key;
    }

    /** Identifies this version of the object: the version id, else the ETag, else the bare key. */
    public String recordId() {
        return bucket + "/" + key + versionId.or(() -> eTag).map(v -> "#" + v).orElse("");
    }
}
