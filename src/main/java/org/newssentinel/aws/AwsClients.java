package org.newssentinel.aws;

import java.time.Duration;
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
    /** All attempts of one call; under the function's 30 s timeout so a stuck call fails with a clear error. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

    public static AwsClients create(String region) {
        Region r = Region.of(region);
        return new AwsClients(
                DynamoDbClient.builder().region(r).httpClientBuilder(http()).overrideConfiguration(overrides()).build(),
                S3Client.builder().region(r).httpClientBuilder(http()).overrideConfiguration(overrides()).build(),
                SnsClient.builder().region(r).httpClientBuilder(http()).overrideConfiguration(overrides()).build());
    }

    private static UrlConnectionHttpClient.Builder http() {
        return UrlConnectionHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT).socketTimeout(SOCKET_TIMEOUT);
    }

    private static ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy())
                .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                .apiCallTimeout(CALL_TIMEOUT)
                .build();
    }
}
