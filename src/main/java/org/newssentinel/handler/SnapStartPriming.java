package org.newssentinel.handler;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.newssentinel.alert.SnsAlerter;
import org.newssentinel.aws.AwsClients;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.store.DynamoDbSummaryStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.PublishResponse;

/**
 * Warms the function before SnapStart snapshots it: a CRaC {@code beforeCheckpoint} hook that
 * processes the articles bundled under {@code priming/} once, end to end through cleaning,
 * scoring, summarising, building the DynamoDB item and the SNS message, decodes a sample S3 event
 * record, and sends one request of each kind through the function's real SDK clients
 * ({@link AwsClients#prime()}), so the snapshot holds loaded and run code instead of a cold JVM.
 *
 * <p>Nothing touches the network: the store and alerter are the real adapters over clients that
 * answer in memory, and the real clients' priming requests are answered by their HTTP client.
 * Nothing unique survives into the snapshot either: the clock is fixed, no id or connection is
 * made, and the results are dropped. Priming is an optimisation, so a failure is logged and never
 * stops the snapshot.
 *
 * <p>Off Lambda (the CLI, tests) the hook is registered but never called.
 */
final class SnapStartPriming implements Resource {

    static final List<String> SAMPLES = List.of("priming/article.html", "priming/article.txt");
    static final String TABLE = "priming";
    static final String TOPIC_ARN = "arn:aws:sns:us-east-1:000000000000:priming";

    // CRaC holds registered resources weakly: this keeps the hook alive until the checkpoint.
    private static SnapStartPriming registered;

    private final ArticlePipeline pipeline;
    private final Optional<AwsClients> clients;
    private final PrintStream log;

    SnapStartPriming(ArticlePipeline pipeline, PrintStream log) {
        this(pipeline, Optional.empty(), log);
    }

    SnapStartPriming(ArticlePipeline pipeline, Optional<AwsClients> clients, PrintStream log) {
        this.pipeline = pipeline;
        this.clients = clients;
        this.log = log;
    }

    /** Registers a hook that primes with this pipeline and these clients before the snapshot; returns it. */
    static synchronized SnapStartPriming register(ArticlePipeline pipeline, AwsClients clients) {
        registered = new SnapStartPriming(pipeline, Optional.of(clients), System.err);
        Core.getGlobalContext().register(registered);
        return registered;
    }

    static synchronized SnapStartPriming registered() {
        return registered;
    }

    private static S3EventNotification.S3EventNotificationRecord sampleRecord() {
        var object = new S3EventNotification.S3ObjectEntity("priming/article+1.txt", 1L, "etag", "version", "sequencer");
        var bucket = new S3EventNotification.S3BucketEntity("priming", new S3EventNotification.UserIdentityEntity("priming"),
                "arn:aws:s3:::priming");
        return new S3EventNotification.S3EventNotificationRecord("us-east-1", "ObjectCreated:Put", "aws:s3",
                "1970-01-01T00:00:00.000Z", "2.1", null, null, new S3EventNotification.S3Entity("priming", bucket, object, "1.0"), null);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime(new InMemoryDynamo(), new InMemorySns());
        try {
            S3ArticleHandler.locate(sampleRecord());
        } catch (RuntimeException e) {
            log.println("SnapStart priming skipped the event decoding: " + e);
        }
        clients.ifPresent(aws -> {
            int failed = aws.prime();
            if (failed > 0) {
                log.println("SnapStart priming: " + failed + " SDK priming requests did not complete");
            }
        });
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing was opened before the snapshot, so nothing needs reopening.
    }

    /** Processes every bundled sample once through the given in-memory clients; returns the outcomes. */
    List<UploadProcessor.Outcome> prime(DynamoDbClient dynamo, SnsClient sns) {
        UploadProcessor processor = new UploadProcessor(pipeline, new DynamoDbSummaryStore(dynamo, TABLE),
                new SnsAlerter(sns, TOPIC_ARN), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        List<UploadProcessor.Outcome> outcomes = new ArrayList<>();
        for (String sample : SAMPLES) {
            try {
                outcomes.add(processor.process("priming/" + sample, document(sample), "priming:" + sample));
            } catch (RuntimeException e) {
                log.println("SnapStart priming skipped " + sample + ": " + e);
            }
        }
        return outcomes;
    }

    private static RawDocument document(String sample) {
        try (InputStream in = SnapStartPriming.class.getClassLoader().getResourceAsStream(sample)) {
            if (in == null) {
                throw new IllegalStateException("the priming sample " + sample + " is missing from the jar");
            }
            String type = sample.endsWith(".html") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
            return new RawDocument("priming:" + sample, in.readAllBytes(), Optional.of(type), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers every call the store may make with an empty success, and remembers the requests. */
    static final class InMemoryDynamo implements DynamoDbClient {
        final List<Object> requests = new ArrayList<>();

        @Override
        public PutItemResponse putItem(PutItemRequest request) {
            requests.add(request);
            return PutItemResponse.builder().build();
        }

        @Override
        public UpdateItemResponse updateItem(UpdateItemRequest request) {
            requests.add(request);
            return UpdateItemResponse.builder().build();
        }

        @Override
        public GetItemResponse getItem(GetItemRequest request) {
            requests.add(request);
            return GetItemResponse.builder().build();
        }

        @Override
        public QueryResponse query(QueryRequest request) {
            requests.add(request);
            return QueryResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {
        }
    }

    /** Accepts every publish, and remembers the requests. */
    static final class InMemorySns implements SnsClient {
        final List<PublishRequest> requests = new ArrayList<>();

        @Override
        public PublishResponse publish(PublishRequest request) {
            requests.add(request);
            return PublishResponse.builder().messageId("priming").build();
        }

        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {
        }
    }
}
