package org.newssentinel.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newssentinel.aws.AwsClients;
import org.newssentinel.ingest.ObjectLocation;
import org.newssentinel.ingest.ObjectMissingException;
import org.newssentinel.ingest.S3ObjectSource;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.pipeline.RejectionReason;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/** The product's S3 reader, built by the product's client factory, against s3rver. */
@ExtendWith(LocalAwsServers.class)
class S3ObjectSourceIT {

    private static final String BUCKET = "reads-" + UUID.randomUUID().toString().substring(0, 8);
    private static S3Client uploader;
    private static AwsClients clients;

    @BeforeAll
    static void bucket() {
        uploader = TestClients.uploader();
        uploader.createBucket(b -> b.bucket(BUCKET));
        clients = AwsClients.create(LocalAwsServers.REGION);
    }

    @AfterAll
    static void close() {
        uploader.close();
    }

    @Test
    void readsTheBytesWithTheirContentTypeAndEncoding() {
        byte[] body = "<html><body><p>Пайплайн</p></body></html>".getBytes(StandardCharsets.UTF_8);
        String key = "articles/with space+plus and ü.html";
        PutObjectResponse put = uploader.putObject(p -> p.bucket(BUCKET).key(key).contentType("text/html; charset=utf-8")
                .contentEncoding("identity"), RequestBody.fromBytes(body));

        RawDocument doc = new S3ObjectSource(clients.s3(), 1000).read(location(key, put.eTag(), body.length));

        assertArrayEquals(body, doc.content());
        assertEquals(Optional.of("text/html; charset=utf-8"), doc.contentType());
        assertEquals(Optional.of("identity"), doc.contentEncoding());
        assertEquals("s3://" + BUCKET + "/" + key, doc.source());
    }

    @Test
    void anObjectOverTheLimitIsRejectedFromItsLengthEvenWhenTheEventUnderstatesIt() {
        byte[] body = new byte[2048];
        PutObjectResponse put = uploader.putObject(p -> p.bucket(BUCKET).key("big.txt"), RequestBody.fromBytes(body));

        ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                () -> new S3ObjectSource(clients.s3(), 1024).read(location("big.txt", put.eTag(), 10)));

        assertEquals(RejectionReason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("2048 bytes, over the limit of 1024 (MAX_OBJECT_BYTES)"), e.getMessage());
    }

    @Test
    void aDeletedObjectIsMissing() {
        PutObjectResponse put = uploader.putObject(p -> p.bucket(BUCKET).key("gone.txt"), RequestBody.fromString("soon gone"));
        uploader.deleteObject(d -> d.bucket(BUCKET).key("gone.txt"));

        ObjectMissingException e = assertThrows(ObjectMissingException.class,
                () -> new S3ObjectSource(clients.s3(), 1024).read(location("gone.txt", put.eTag(), 9)));
        assertTrue(e.getMessage().contains("no longer exists"), e.getMessage());
    }

    @Test
    void aKeyOverwrittenSinceTheEventIsNotReadAsTheOldVersion() {
        PutObjectResponse first = uploader.putObject(p -> p.bucket(BUCKET).key("twice.txt"), RequestBody.fromString("first"));
        uploader.putObject(p -> p.bucket(BUCKET).key("twice.txt"), RequestBody.fromString("second version"));

        ObjectMissingException e = assertThrows(ObjectMissingException.class,
                () -> new S3ObjectSource(clients.s3(), 1024).read(location("twice.txt", first.eTag(), 5)));
        assertTrue(e.getMessage().contains("replaced by a newer upload"), e.getMessage());
    }

    private static ObjectLocation location(String key, String quotedETag, long size) {
        return new ObjectLocation(BUCKET, key, Optional.empty(), Optional.of(quotedETag.replace("\"", "")), size);
    }
}
