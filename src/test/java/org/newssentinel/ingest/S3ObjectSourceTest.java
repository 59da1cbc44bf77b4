package org.newssentinel.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RejectionReason;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** What the S3 reader asks for and how it maps S3's answers, with an S3 client that answers from memory. */
class S3ObjectSourceTest {

    private final List<GetObjectRequest> requests = new ArrayList<>();

    private S3Client answering(GetObjectResponse response, byte[] body) {
        return new FakeS3(requests, () -> response, body);
    }

    private S3Client failing(SdkException e) {
        return new FakeS3(requests, () -> {
            throw e;
        }, new byte[0]);
    }

    @Test
    void aVersionedEventReadsThatVersionAndNoOther() {
        byte[] body = "hello".getBytes();
        new S3ObjectSource(answering(GetObjectResponse.builder().contentLength(5L).eTag("\"other\"").build(), body), 100)
                .read(new ObjectLocation("b", "k", Optional.of("v7"), Optional.of("etag1"), 5));

        assertEquals("v7", requests.get(0).versionId());
        assertNull(requests.get(0).ifMatch(), "the version id already pins the bytes");
    }

    @Test
    void anUnversionedEventReadsOnlyTheBytesWithItsETag() {
        byte[] body = "<p>hi</p>".getBytes();
        var doc = new S3ObjectSource(answering(GetObjectResponse.builder().contentLength((long) body.length).eTag("\"etag1\"")
                .contentType("text/html; charset=windows-1251").contentEncoding("gzip").build(), body), 100)
                .read(new ObjectLocation("b", "dir/a b+c.html", Optional.empty(), Optional.of("etag1"), body.length));

        assertEquals("\"etag1\"", requests.get(0).ifMatch());
        assertEquals("dir/a b+c.html", requests.get(0).key());
        assertArrayEquals(body, doc.content());
        assertEquals(Optional.of("text/html; charset=windows-1251"), doc.contentType());
        assertEquals(Optional.of("gzip"), doc.contentEncoding());
    }

    @Test
    void anOversizeEventIsRejectedWithoutAnyRequest() {
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> new S3ObjectSource(
                answering(GetObjectResponse.builder().build(), new byte[0]), 100)
                .read(new ObjectLocation("b", "k", Optional.empty(), Optional.empty(), 101)));
        assertEquals(RejectionReason.TOO_LARGE, e.reason());
        assertTrue(requests.isEmpty());
    }

    @Test
    void aBodyWithoutLengthStopsOneBytePastTheLimit() {
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> new S3ObjectSource(
                answering(GetObjectResponse.builder().build(), new byte[5000]), 1000)
                .read(new ObjectLocation("b", "k", Optional.empty(), Optional.empty(), -1)));
        assertEquals(RejectionReason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("more than 1000 bytes"), e.getMessage());
    }

    @Test
    void notFoundGoneVersionAndFailedPreconditionAreMissingOtherErrorsAreThrownAsIs() {
        ObjectLocation where = new ObjectLocation("b", "k", Optional.empty(), Optional.of("e"), 1);
        assertThrows(ObjectMissingException.class, () -> new S3ObjectSource(failing(NoSuchKeyException.builder()
                .statusCode(404).message("NoSuchKey").build()), 10).read(where));
        assertThrows(ObjectMissingException.class, () -> new S3ObjectSource(failing(S3Exception.builder()
                .statusCode(404).message("NoSuchVersion").build()), 10).read(where));
        ObjectMissingException replaced = assertThrows(ObjectMissingException.class, () -> new S3ObjectSource(failing(
                S3Exception.builder().statusCode(412).message("PreconditionFailed").build()), 10).read(where));
        assertTrue(replaced.getMessage().contains("replaced by a newer upload"));

        S3Exception slowDown = (S3Exception) S3Exception.builder().statusCode(503).message("SlowDown").build();
        assertSame(slowDown, assertThrows(S3Exception.class, () -> new S3ObjectSource(failing(slowDown), 10).read(where)));
        S3Exception denied = (S3Exception) S3Exception.builder().statusCode(403).message("AccessDenied").build();
        assertSame(denied, assertThrows(S3Exception.class, () -> new S3ObjectSource(failing(denied), 10).read(where)));
    }

    /** Answers every GET from memory, recording the requests. */
    private static final class FakeS3 implements S3Client {
        private final List<GetObjectRequest> requests;
        private final java.util.function.Supplier<GetObjectResponse> response;
        private final byte[] body;

        FakeS3(List<GetObjectRequest> requests, java.util.function.Supplier<GetObjectResponse> response, byte[] body) {
            this.requests = requests;
            this.response = response;
            this.body = body;
        }

        @Override
        public <T> T getObject(GetObjectRequest request, ResponseTransformer<GetObjectResponse, T> transformer) {
            requests.add(request);
            GetObjectResponse r = response.get();
            try {
                return transformer.transform(r, AbortableInputStream.create(new ByteArrayInputStream(body)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String serviceName() {
            return "s3";
        }

        @Override
        public void close() {
        }
    }
}
