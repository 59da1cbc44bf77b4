package org.newssentinel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newssentinel.pipeline.RejectionReason;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoDB's key limits (2048 bytes for a partition key, 1024 for a sort key) hold for every record id S3 can produce. */
class DynamoDbItemsTest {

    /** A 63-character bucket, a 1024-byte key (S3's limits) and a version id. */
    private static final String LONGEST_ID = "b".repeat(63) + "/" + "ü".repeat(512) + "#3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo";

    @Test
    void theIndexSortKeyStaysUnder1024BytesAndTellsRecordsApart() {
        Instant at = Instant.parse("2026-03-12T10:00:00.123Z");
        Map<String, AttributeValue> item = DynamoDbSummaryStore.topicItem(alert(LONGEST_ID, at));
        Map<String, AttributeValue> other = DynamoDbSummaryStore.topicItem(alert(LONGEST_ID + "x", at));

        String sortKey = item.get(DynamoDbSummaryStore.GSI1_SK).s();
        assertTrue(sortKey.getBytes(StandardCharsets.UTF_8).length <= 1024, sortKey);
        assertTrue(sortKey.startsWith("2026-03-12T10:00:00.123Z#"), sortKey);
        assertNotEquals(sortKey, other.get(DynamoDbSummaryStore.GSI1_SK).s());
        assertEquals("TOPIC#pipelines", item.get(DynamoDbSummaryStore.GSI1_PK).s());
        assertEquals(LONGEST_ID, item.get("recordId").s());
    }

    @Test
    void thePartitionKeyOfTheLongestRecordIdStaysUnder2048Bytes() {
        Map<String, AttributeValue> item = DynamoDbSummaryStore.item(ArticleRecord.rejected(LONGEST_ID, "s3://x",
                RejectionReason.EMPTY, "empty", Instant.EPOCH));
        assertTrue(item.get(DynamoDbSummaryStore.PK).s().getBytes(StandardCharsets.UTF_8).length <= 2048);
        assertEquals("RECORD", item.get(DynamoDbSummaryStore.SK).s());
        assertEquals("REJECTED", item.get("status").s());
        assertEquals("EMPTY", item.get("reason").s());
        assertEquals("NONE", item.get("alertState").s());
    }

    @Test
    void timesAreFixedWidthSoStringOrderIsTimeOrder() {
        String whole = DynamoDbSummaryStore.topicItem(alert("a", Instant.parse("2026-03-12T10:00:00Z"))).get("alertAt").s();
        String fraction = DynamoDbSummaryStore.topicItem(alert("a", Instant.parse("2026-03-12T10:00:00.5Z"))).get("alertAt").s();
        assertEquals("2026-03-12T10:00:00.000Z", whole);
        assertEquals("2026-03-12T10:00:00.500Z", fraction);
        assertTrue(whole.compareTo(fraction) < 0);
    }

    @Test
    void aPathologicalAnalysisStillFitsOneItem() {
        String huge = "Pipeline sanctions " + "x".repeat(1_000_000);
        java.util.List<String> many = java.util.Collections.nCopies(500, huge);
        org.newssentinel.topics.TopicScore topic = new org.newssentinel.topics.TopicScore("pipelines", huge, 0.9, true,
                java.util.List.of(new org.newssentinel.topics.TermMatch(huge, 3)), many,
                java.util.List.of(new org.newssentinel.topics.Evidence(huge, 1.0, java.util.List.of())));
        org.newssentinel.pipeline.Analysis analysis = new org.newssentinel.pipeline.Analysis("s3://b/k",
                new org.newssentinel.clean.Article(huge, many, "en", Optional.of(huge), Optional.of(huge), Optional.of(huge),
                        Optional.of(huge), Optional.empty()),
                java.util.List.of(topic), new org.newssentinel.summary.Summary(huge, many, huge));

        Map<String, AttributeValue> item = DynamoDbSummaryStore.item(ArticleRecord.analysed("b/k#e", analysis, Instant.EPOCH));

        assertTrue(item.toString().length() < 300_000, "item of " + item.toString().length() + " characters");
        assertTrue(item.get("title").s().endsWith("…"));
        assertEquals(20, item.get("summary").l().size());
    }

    private static TopicAlert alert(String id, Instant at) {
        return new TopicAlert(id, "pipelines", 0.9, at, "title", "sms", "s3://" + id, Optional.empty());
    }
}
