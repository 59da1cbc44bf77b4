package org.newssentinel.handler;

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
 * scoring, summarising, building the DynamoDB item and the SNS message, so the snapshot holds
 * loaded and compiled code instead of a cold JVM.
 *
 * <p>Nothing touches the network: the store and alerter are the real adapters over clients that
 * answer in memory. Nothing unique survives into the snapshot either: the clock is fixed, no id
 * or connection is made, and the results are dropped. Priming is an optimisation, so a failure is
 * logged and never stops the snapshot.
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
    private final PrintStream log;

    SnapStartPriming(ArticlePipeline pipeline, PrintStream log) {
        this.pipeline = pipeline;
        this.log = log;
    }

    /** Registers a hook that primes with this pipeline before the snapshot; returns it. */
    static synchronized SnapStartPriming register(ArticlePipeline pipeline) {
        registered = new SnapStartPriming(pipeline, System.err);
        Core.getGlobalContext().register(registered);
        return registered;
    }

    static synchronized SnapStartPriming registered() {
        return registered;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime(new InMemoryDynamo(), new InMemorySns());
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
