package org.newssentinel.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newssentinel.pipeline.Analysis;
import org.newssentinel.topics.TopicScore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Keeps records in DynamoDB, one item per article version keyed by {@code pk}. The put is
 * conditional on the key being new, so a redelivered S3 event never writes a second record.
 */
public final class DynamoDbSummaryStore implements SummaryStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbSummaryStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean save(ArticleRecord record) {
        try {
            dynamo.putItem(PutItemRequest.builder().tableName(table).item(item(record))
                    .conditionExpression("attribute_not_exists(pk)").build());
            return true;
        } catch (ConditionalCheckFailedException alreadyStored) {
            return false;
        }
    }

    static Map<String, AttributeValue> item(ArticleRecord record) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(record.id()));
        item.put("source", s(record.source()));
        item.put("status", s(record.status()));
        item.put("processedAt", s(record.processedAt().toString()));
        record.rejection().ifPresent(r -> item.put("reason", s(r.name())));
        record.error().ifPresent(e -> item.put("error", s(e)));
        record.analysis().ifPresent(a -> item.putAll(analysis(a)));
        return item;
    }

    private static Map<String, AttributeValue> analysis(Analysis a) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("title", s(a.summary().headline()));
        item.put("language", s(a.article().language()));
        a.article().url().ifPresent(u -> item.put("url", s(u)));
        a.article().publishedDate().ifPresent(d -> item.put("published", s(d)));
        item.put("summary", AttributeValue.fromL(a.summary().sentences().stream().map(DynamoDbSummaryStore::s).toList()));
        item.put("sms", s(a.summary().sms()));
        item.put("alert", AttributeValue.fromBool(a.alert()));
        List<AttributeValue> topics = a.topics().stream().map(DynamoDbSummaryStore::topic).toList();
        item.put("topics", AttributeValue.fromL(topics));
        return item;
    }

    private static AttributeValue topic(TopicScore t) {
        return AttributeValue.fromM(Map.of(
                "topic", s(t.topic()),
                "score", AttributeValue.fromN(Double.toString(t.score())),
                "alert", AttributeValue.fromBool(t.alert()),
                "terms", AttributeValue.fromL(t.terms().stream().map(m -> s(m.term())).toList()),
                "evidence", AttributeValue.fromL(t.evidence().stream().map(e -> s(e.sentence())).toList())));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
