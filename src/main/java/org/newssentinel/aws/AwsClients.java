package org.newssentinel.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The three SDK clients of the function, built once per container and shared by every
 * invocation (they are thread-safe). Each has an explicit region, the url-connection HTTP client
 * (the smallest cold start), bounded timeouts and the SDK's standard retry strategy (3 attempts
 * with jittered back-off, throttling-aware).
 *
 * <p>No endpoint is set here on purpose: the SDK reads {@code AWS_ENDPOINT_URL},
 * {@code AWS_ENDPOINT_URL_DYNAMODB}, {@code _S3} and {@code _SNS} (or the matching
 * {@code aws.endpointUrl*} system properties) by itself, so the same jar talks to AWS or to local
 * servers with no code of ours deciding which.
 */
public record AwsClients(DynamoDbClient dynamo, S3Client s3, SnsClient sns) {

    /** Connecting to a regional endpoint takes milliseconds; seconds mean the network is broken. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    /** An S3 read of the largest allowed object (10 MB) at Lambda's bandwidth takes well under a second. */
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(10);
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);
    /** All attempts of one call; a third of the function's 60 s timeout, so a stuck call fails with a clear error. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

    public static AwsClients create(String region) {
        Region r = Region.of(region);
        return new AwsClients(
                DynamoDbClient.builder().region(r).httpClientBuilder(http()).overrideConfiguration(overrides()).build(),
                S3Client.builder().region(r).httpClientBuilder(http()).overrideConfiguration(overrides()).build(),
                SnsClient.builder().region(r).httpClientBuilder(http()).overrideConfiguration(overrides()).build());
    }

    private static PrimingHttpClient.Wrapping http() {
        return PrimingHttpClient.wrapping(
                UrlConnectionHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT).socketTimeout(SOCKET_TIMEOUT));
    }

    /**
     * Sends one request of each kind the function makes through these clients (DynamoDB GetItem,
     * Query, PutItem, UpdateItem, BatchWriteItem; S3 GetObject; SNS Publish), each answered in
     * memory with an empty success by the HTTP client {@link #create} gives them: each client's
     * whole request path (marshalling, endpoint rules, credentials, signing, response parsing)
     * runs once and nothing is sent. Before a SnapStart snapshot this takes that first-time work
     * out of the first event after a restore. Never throws: priming is an optimisation.
     *
     * @return the number of requests that did not complete (0 when all were answered)
     */
    public int prime() {
        return prime(dynamo) + prime(s3) + prime(sns);
    }

    private static int prime(DynamoDbClient dynamo) {
        Map<String, AttributeValue> key = Map.of("pk", s(PRIMING), "sk", s(PRIMING));
        return count(List.of(
                () -> dynamo.getItem(g -> g.tableName(PRIMING).key(key).consistentRead(true).overrideConfiguration(AwsClients::local)),
                () -> dynamo.query(q -> q.tableName(PRIMING).keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", "pk")).expressionAttributeValues(Map.of(":pk", s(PRIMING)))
                        .limit(1).overrideConfiguration(AwsClients::local)),
                () -> dynamo.putItem(p -> p.tableName(PRIMING).item(key).conditionExpression("attribute_not_exists(pk)")
                        .overrideConfiguration(AwsClients::local)),
                () -> dynamo.updateItem(u -> u.tableName(PRIMING).key(key).updateExpression("SET #a = :a")
                        .expressionAttributeNames(Map.of("#a", "a")).expressionAttributeValues(Map.of(":a", s(PRIMING)))
                        .overrideConfiguration(AwsClients::local)),
                () -> dynamo.batchWriteItem(b -> b.requestItems(Map.of(PRIMING, List.of(WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(key).build()).build())))
                        .overrideConfiguration(AwsClients::local))));
    }

    private static int prime(S3Client s3) {
        return count(List.of(() -> {
            try (ResponseInputStream<GetObjectResponse> body = s3.getObject(g -> g.bucket(PRIMING).key(PRIMING)
                    .overrideConfiguration(AwsClients::local))) {
                body.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    private static int prime(SnsClient sns) {
        return count(List.of(() -> sns.publish(p -> p.topicArn("arn:aws:sns:us-east-1:000000000000:" + PRIMING)
                .messageStructure("json").message("{\"default\":\"" + PRIMING + "\"}").subject(PRIMING)
                .messageAttributes(Map.of(PRIMING, MessageAttributeValue.builder().dataType("String").stringValue(PRIMING).build()))
                .overrideConfiguration(AwsClients::local))));
    }

    private static int count(List<Runnable> calls) {
        int failed = 0;
        for (Runnable call : calls) {
            try {
                call.run();
            } catch (RuntimeException e) {
                failed++;
            }
        }
        return failed;
    }

    private static final String PRIMING = "news-sentinel-priming";

    private static void local(AwsRequestOverrideConfiguration.Builder o) {
        o.putHeader(PrimingHttpClient.HEADER, "1");
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy())
                .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                .apiCallTimeout(CALL_TIMEOUT)
                .build();
    }
}
