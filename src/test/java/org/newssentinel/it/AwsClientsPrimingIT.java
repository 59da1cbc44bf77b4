package org.newssentinel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newssentinel.aws.AwsClients;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * Priming runs each client's request path without sending anything: against the local servers,
 * where the priming table, bucket and topic do not exist, every priming request still succeeds
 * (a sent one would fail), nothing is created, and requests without the priming mark still reach
 * the servers.
 */
@ExtendWith(LocalAwsServers.class)
class AwsClientsPrimingIT {

    @Test
    void everyPrimingRequestIsAnsweredInMemoryAndOthersStillReachTheServers() {
        AwsClients aws = AwsClients.create(LocalAwsServers.REGION);

        assertEquals(0, aws.prime());
        assertEquals(0, aws.prime());

        assertFalse(aws.dynamo().listTables().tableNames().contains("news-sentinel-priming"));
        assertThrows(ResourceNotFoundException.class, () -> aws.dynamo().getItem(g -> g.tableName("news-sentinel-priming")
                .key(Map.of("pk", AttributeValue.fromS("news-sentinel-priming"), "sk", AttributeValue.fromS("news-sentinel-priming")))));
        assertThrows(NoSuchBucketException.class, () -> aws.s3().getObject(g -> g.bucket("news-sentinel-priming")
                .key("news-sentinel-priming")).close());
        assertFalse(aws.sns().listTopics().topics().stream().anyMatch(t -> t.topicArn().endsWith(":news-sentinel-priming")));
    }
}
