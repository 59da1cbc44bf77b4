package org.newssentinel.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.pipeline.RejectionReason;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads objects from S3 with one GET. The size is checked twice before the body is read: against
 * the size in the event (no request at all for an oversize upload) and against the GET's
 * {@code Content-Length}; the read itself stops one byte past the limit, so a wrong length
 * cannot make it read more.
 *
 * <p>The version read is the one the event names: its version id when the bucket is versioned,
 * otherwise the GET is conditional on the event's ETag ({@code If-Match}), so a key overwritten
 * since the event is reported missing rather than recorded under the wrong version.
 *
 * <p>Thread-safe. Errors other than "missing" and "too large" (throttling, 5xx, access denied)
 * are thrown as the SDK's exceptions after its own retries; the caller decides to retry the event.
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
        if (location.size() > maxBytes) {
            throw tooLarge(location.size());
        }
        GetObjectRequest.Builder get = GetObjectRequest.builder().bucket(location.bucket()).key(location.key());
        if (location.versionId().isPresent()) {
            get.versionId(location.versionId().get());
        } else {
            location.eTag().ifPresent(tag -> get.ifMatch(quoted(tag)));
        }
        try (ResponseInputStream<GetObjectResponse> body = s3.getObject(get.build())) {
            GetObjectResponse response = body.response();
            if (location.versionId().isEmpty() && location.eTag().isPresent() && response.eTag() != null
                    && !unquoted(response.eTag()).equals(unquoted(location.eTag().get()))) {
                // Servers that ignore If-Match (some S3-compatible ones) still must not hand us another version.
                body.abort();
                throw missing(location, "was replaced by a newer upload since the event");
            }
            Long length = response.contentLength();
            if (length != null && length > maxBytes) {
                body.abort();
                throw tooLarge(length);
            }
            byte[] bytes = readAtMost(body, maxBytes, length);
            return new RawDocument(location.uri(), bytes,
                    Optional.ofNullable(response.contentType()).filter(s -> !s.isBlank()),
                    Optional.ofNullable(response.contentEncoding()).filter(s -> !s.isBlank()));
        } catch (NoSuchKeyException e) {
            throw missing(location, "no longer exists");
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw missing(location, "no longer exists");
            }
            if (e.statusCode() == 412) {
                throw missing(location, "was replaced by a newer upload since the event");
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location.uri(), e);
        }
    }

    private byte[] readAtMost(ResponseInputStream<GetObjectResponse> in, long max, Long declared) throws IOException {
        int expected = (int) Math.min(declared == null ? 64 * 1024 : Math.max(declared, 0), max);
        ByteArrayOutputStream out = new ByteArrayOutputStream(expected);
        byte[] chunk = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            total += n;
            if (total > max) {
                in.abort();
                throw new ArticleRejectedException(RejectionReason.TOO_LARGE,
                        "the object is more than " + max + " bytes, the limit (MAX_OBJECT_BYTES)");
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    private ArticleRejectedException tooLarge(long size) {
        return new ArticleRejectedException(RejectionReason.TOO_LARGE,
                "the object is " + size + " bytes, over the limit of " + maxBytes + " (MAX_OBJECT_BYTES)");
    }

    private static ObjectMissingException missing(ObjectLocation location, String what) {
        return new ObjectMissingException("the object " + location.uri() + location.versionId().map(v -> " (version " + v + ")").orElse("")
                + " " + what);
    }

    private static String unquoted(String tag) {
        return tag.replace("\"", "");
    }

    /** S3 event ETags come without the quotes that the HTTP header needs. */
    private static String quoted(String tag) {
        return tag.startsWith("\"") ? tag : "\"" + tag + "\"";
    }
}
