package org.newssentinel.bench.coldstart;

import java.lang.management.ManagementFactory;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The cold-start baseline: a JVM that builds the same three SDK clients as the handler, with the
 * same builders and the same environment, sends nothing, and exits. Prints the milliseconds from
 * JVM start to the clients built.
 */
public final class ClientsOnlyMain {

    private ClientsOnlyMain() {
    }

    public static void main(String[] args) {
        S3Client s3 = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        DynamoDbClient dynamo = DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        SnsClient sns = SnsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        long done = System.currentTimeMillis();
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("elapsed_ms=" + (done - start) + " clients=" + (s3 != null && dynamo != null && sns != null));
    }
}
