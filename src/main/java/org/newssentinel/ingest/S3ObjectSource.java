package org.newssentinel.ingest;

import java.util.Optional;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.pipeline.RejectionReason;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads objects from S3. The size is checked with a HEAD request before any byte is read, so an
 * oversize upload costs one request, not the function's memory.
 */
public final class S3ObjectSource implements ObjectSource {

    private final S3Client s3;
    private final long maxBytes;

    public S3ObjectSource(S3Client s3, long maxBytes) {
        this.s3 = s3;
        this.maxBytes = maxBytes;
    }

    @Override
    public RawDocument read(ObjectLocation location) {
        try {
            HeadObjectRequest.Builder head = HeadObjectRequest.builder().bucket(location.bucket()).key(location.key());
            location.versionId().ifPresent(head::versionId);
            HeadObjectResponse meta = s3.headObject(head.build());
            if (meta.contentLength() != null && meta.contentLength() > maxBytes) {
                throw new ArticleRejectedException(RejectionReason.TOO_LARGE, "the object is " + meta.contentLength()
                        + " bytes, over the limit of " + maxBytes + " (MAX_OBJECT_BYTES)");
            }
            GetObjectRequest.Builder get = GetObjectRequest.builder().bucket(location.bucket()).key(location.key());
            location.versionId().ifPresent(get::versionId);
            ResponseBytes<GetObjectResponse> bytes = s3.getObjectAsBytes(get.build());
            GetObjectResponse response = bytes.response();
            return new RawDocument(location.uri(), bytes.asByteArrayUnsafe(),
                    Optional.ofNullable(response.contentType()), Optional.ofNullable(response.contentEncoding()));
        } catch (NoSuchKeyException e) {
            throw new ObjectMissingException("the object " + location.uri() + " no longer exists");
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new ObjectMissingException("the object " + location.uri() + " no longer exists");
            }
            throw e;
        }
    }
}
