package org.newssentinel.it;

import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Clients the tests use to arrange the world (upload objects, read what a subscriber got). The
 * product builds its own clients with {@code AwsClients}; these are deliberately separate.
 */
final class TestClients {

    private TestClients() {
    }

    /** s3rver stores the SDK's aws-chunked framing verbatim unless chunked encoding is off. */
    static S3Client uploader() {
        return S3Client.builder()
                .region(Region.of(LocalAwsServers.REGION))
                .endpointOverride(LocalAwsServers.s3Endpoint())
                .forcePathStyle(true)
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD))
                .build();
    }

    static SqsClient sqs() {
        return SqsClient.builder()
                .region(Region.of(LocalAwsServers.REGION))
                .endpointOverride(LocalAwsServers.snsEndpoint())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }
}
