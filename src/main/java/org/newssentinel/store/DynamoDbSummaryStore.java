package org.newssentinel.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newssentinel.pipeline.Analysis;
import org.newssentinel.topics.TermMatch;
import org.newssentinel.topics.TopicScore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Keeps records in one DynamoDB table (see the README's "Data model"):
 * <ul>
 *   <li>the record of an article version: {@code pk = ARTICLE#<id>}, {@code sk = RECORD};</li>
 *   <li>one item per topic its alert announced: same {@code pk}, {@code sk = ALERT#<topic>}, and
 *       {@code gsi1pk = TOPIC#<topic>}, {@code gsi1sk = <sent at, ISO-8601 UTC, fixed width>#<digest of the id>}, so the
 *       index {@value #TOPIC_TIME_INDEX} answers "latest alerts for topic X since T" with one Query.</li>
 * </ul>
 * The record is created with a conditional put (never replaced); its alert state then moves only
 * by conditional updates. No transactions are used: each step is safe to repeat on its own.
 */
public final class DynamoDbSummaryStore implements SummaryStore {

    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String GSI1_PK = "gsi1pk";
    public static final String GSI1_SK = "gsi1sk";
    public static final String TOPIC_TIME_INDEX = "byTopicTime";
    static final String RECORD_SK = "RECORD";

    /**
     * An item holds at most 400 KB. Pathological inputs (a "sentence" of a megabyte, a title that is a
     * whole page) must not make the record unwritable, so every free text is clipped, and lists too.
     */
    static final int MAX_SENTENCE = 2000;
    static final int MAX_FIELD = 1000;
    static final int MAX_LIST = 20;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbSummaryStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** The table as the code expects it; {@code template.yaml} declares the same. */
    public static CreateTableRequest createTableRequest(String table) {
        return CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName(PK).attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName(SK).attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName(GSI1_PK).attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName(GSI1_SK).attributeType(ScalarAttributeType.S).build())
                .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(TOPIC_TIME_INDEX)
                        .keySchema(key(GSI1_PK, KeyType.HASH), key(GSI1_SK, KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL))
                        .build())
                .build();
    }

    @Override
    public boolean save(ArticleRecord record) {
        try {
            dynamo.putItem(p -> p.tableName(table).item(item(record))
                    .conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", PK)));
            return true;
        } catch (ConditionalCheckFailedException alreadyStored) {
            return false;
        }
    }

    @Override
    public Optional<RecordState> find(String id) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).key(recordKey(id)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RecordState(id,
                RecordStatus.valueOf(text(item, "status").orElse(RecordStatus.FAILED.name())),
                AlertState.valueOf(text(item, "alertState").orElse(AlertState.NONE.name())),
                text(item, "processedAt").map(Instant::parse).orElse(Instant.EPOCH),
                text(item, "reason")));
    }

    @Override
    public Optional<AlertClaim> claimAlert(String id, Instant now, Instant leaseUntil) {
        AlertClaim claim = new AlertClaim(id, UUID.randomUUID().toString(), leaseUntil);
        try {
            dynamo.updateItem(u -> u.tableName(table).key(recordKey(id))
                    .updateExpression("SET alertState = :sending, claimToken = :token, leaseUntil = :lease,"
                            + " alertAttempts = if_not_exists(alertAttempts, :zero) + :one")
                    .conditionExpression("attribute_exists(#pk) AND (alertState = :pending"
                            + " OR (alertState = :sending AND leaseUntil < :now))")
                    .expressionAttributeNames(Map.of("#pk", PK))
                    .expressionAttributeValues(Map.of(
                            ":sending", s(AlertState.SENDING.name()), ":pending", s(AlertState.PENDING.name()),
                            ":token", s(claim.token()), ":lease", n(leaseUntil.toEpochMilli()),
                            ":now", n(now.toEpochMilli()), ":zero", n(0), ":one", n(1))));
            return Optional.of(claim);
        } catch (ConditionalCheckFailedException notClaimable) {
            return Optional.empty();
        }
    }

    @Override
    public boolean markAlertSent(AlertClaim claim, List<TopicAlert> topics, Instant at) {
        // The topic items first: written again by whoever sends, they are the same items, never extra ones.
        putAll(topics.stream().map(t -> topicItem(t)).toList());
        try {
            dynamo.updateItem(u -> u.tableName(table).key(recordKey(claim.recordId()))
                    .updateExpression("SET alertState = :sent, alertSentAt = :at REMOVE leaseUntil, lastAlertError")
                    .conditionExpression("alertState = :sending AND claimToken = :token")
                    .expressionAttributeValues(Map.of(":sent", s(AlertState.SENT.name()), ":at", s(StoredTime.format(at)),
                            ":sending", s(AlertState.SENDING.name()), ":token", s(claim.token()))));
            return true;
        } catch (ConditionalCheckFailedException claimLost) {
            return false;
        }
    }

    @Override
    public void releaseAlert(AlertClaim claim, String error) {
        try {
            dynamo.updateItem(u -> u.tableName(table).key(recordKey(claim.recordId()))
                    .updateExpression("SET alertState = :pending, lastAlertError = :error REMOVE claimToken, leaseUntil")
                    .conditionExpression("alertState = :sending AND claimToken = :token")
                    .expressionAttributeValues(Map.of(":pending", s(AlertState.PENDING.name()),
                            ":error", s(error.isBlank() ? "unknown" : clip(error, 1000)),
                            ":sending", s(AlertState.SENDING.name()), ":token", s(claim.token()))));
        } catch (ConditionalCheckFailedException claimAlreadyLost) {
            // Someone else holds it now: nothing of ours to hand back.
        }
    }

    @Override
    public List<TopicAlert> alertsSince(String topic, Instant since, int limit) {
        QueryResponse response = dynamo.query(q -> q.tableName(table).indexName(TOPIC_TIME_INDEX)
                .keyConditionExpression("#p = :topic AND #s >= :since")
                .expressionAttributeNames(Map.of("#p", GSI1_PK, "#s", GSI1_SK))
                .expressionAttributeValues(Map.of(":topic", s("TOPIC#" + topic), ":since", s(StoredTime.format(since))))
                .scanIndexForward(false)
                .limit(limit));
        return response.items().stream().map(DynamoDbSummaryStore::topicAlert).toList();
    }

    static Map<String, AttributeValue> recordKey(String id) {
        return Map.of(PK, s("ARTICLE#" + id), SK, s(RECORD_SK));
    }

    static Map<String, AttributeValue> item(ArticleRecord record) {
        Map<String, AttributeValue> item = new HashMap<>(recordKey(record.id()));
        item.put("recordId", s(record.id()));
        put(item, "source", record.source());
        item.put("status", s(record.status().name()));
        item.put("processedAt", s(StoredTime.format(record.processedAt())));
        item.put("processingMs", n(record.processingMillis()));
        if (!record.stageMillis().isEmpty()) {
            Map<String, AttributeValue> stages = new HashMap<>();
            record.stageMillis().forEach((stage, ms) -> stages.put(stage, n(ms)));
            item.put("stageMs", AttributeValue.fromM(stages));
        }
        item.put("alertState", s(record.alertState().name()));
        record.reasonCode().ifPresent(r -> item.put("reason", s(r)));
        record.error().ifPresent(e -> put(item, "error", clip(e, 2000)));
        record.contentHash().ifPresent(h -> item.put("contentSha256", s(h)));
        record.duplicateCheck().ifPresent(d -> {
            item.put("fingerprint", s(d.fingerprint().encode()));
            item.put("dedup", s(d.decision().verdict().name()));
            item.put("dedupReason", s(d.decision().reason()));
            d.decision().duplicateOf().ifPresent(first -> item.put("duplicateOf", s(first)));
            item.put("alertSuppressed", AttributeValue.fromBool(d.suppressesAlert()));
        });
        record.object().ifPresent(o -> {
            put(item, "bucket", o.bucket());
            put(item, "key", o.key());
            o.versionId().ifPresent(v -> put(item, "versionId", v));
            o.eTag().ifPresent(v -> put(item, "eTag", v));
            if (o.size() >= 0) {
                item.put("size", n(o.size()));
            }
        });
        record.analysis().ifPresent(a -> item.putAll(analysis(a)));
        return item;
    }

    private static Map<String, AttributeValue> analysis(Analysis a) {
        Map<String, AttributeValue> item = new HashMap<>();
        put(item, "title", clip(a.summary().headline(), MAX_FIELD));
        put(item, "language", clip(a.article().language(), 35));
        a.article().url().ifPresent(u -> put(item, "url", clip(u, MAX_SENTENCE)));
        a.article().publishedDate().ifPresent(d -> put(item, "published", clip(d, 100)));
        a.article().byline().ifPresent(b -> put(item, "byline", clip(b, MAX_FIELD)));
        a.article().siteName().ifPresent(v -> put(item, "site", clip(v, MAX_FIELD)));
        item.put("summary", texts(a.summary().sentences()));
        put(item, "sms", clip(a.summary().sms(), MAX_FIELD));
        item.put("alert", AttributeValue.fromBool(a.alert()));
        item.put("firedTopics", AttributeValue.fromL(a.firedTopics().stream().map(t -> s(t.topic())).toList()));
        a.firedTopics().stream().findFirst().ifPresent(t -> item.put("topScore", score(t.score())));
        item.put("topics", AttributeValue.fromL(a.topics().stream().map(DynamoDbSummaryStore::topic).toList()));
        return item;
    }

    private static AttributeValue topic(TopicScore t) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("topic", s(t.topic()));
        put(m, "label", clip(t.label(), MAX_FIELD));
        m.put("score", score(t.score()));
        m.put("alert", AttributeValue.fromBool(t.alert()));
        m.put("terms", AttributeValue.fromL(t.terms().stream().limit(MAX_LIST * 2L).map(DynamoDbSummaryStore::term).toList()));
        m.put("actors", texts(t.actors()));
        m.put("evidence", texts(t.evidence().stream().map(e -> e.sentence()).toList()));
        return AttributeValue.fromM(m);
    }

    private static AttributeValue term(TermMatch m) {
        return AttributeValue.fromM(Map.of("term", s(clip(m.term(), MAX_FIELD)), "count", n(m.count())));
    }

    private static AttributeValue texts(List<String> texts) {
        return AttributeValue.fromL(texts.stream().limit(MAX_LIST).map(t -> s(clip(t, MAX_SENTENCE))).toList());
    }

    static Map<String, AttributeValue> topicItem(TopicAlert t) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s("ARTICLE#" + t.recordId()));
        item.put(SK, s("ALERT#" + t.topic()));
        item.put(GSI1_PK, s("TOPIC#" + t.topic()));
        // An index sort key holds at most 1024 bytes and a record id can be longer (a 1024-byte key plus
        // bucket and version): a digest of it keeps entries of the same millisecond apart.
        item.put(GSI1_SK, s(StoredTime.format(t.at()) + "#" + digest(t.recordId())));
        item.put("recordId", s(t.recordId()));
        item.put("topic", s(t.topic()));
        item.put("score", score(t.score()));
        item.put("alertAt", s(StoredTime.format(t.at())));
        put(item, "title", clip(t.title(), MAX_FIELD));
        put(item, "sms", clip(t.sms(), MAX_FIELD));
        put(item, "location", t.location());
        t.url().ifPresent(u -> put(item, "url", clip(u, MAX_SENTENCE)));
        return item;
    }

    private static TopicAlert topicAlert(Map<String, AttributeValue> item) {
        return new TopicAlert(text(item, "recordId").orElse(""), text(item, "topic").orElse(""),
                Optional.ofNullable(item.get("score")).map(v -> Double.parseDouble(v.n())).orElse(0.0),
                text(item, "alertAt").map(Instant::parse).orElse(Instant.EPOCH),
                text(item, "title").orElse(""), text(item, "sms").orElse(""), text(item, "location").orElse(""),
                text(item, "url"));
    }

    private void putAll(List<Map<String, AttributeValue>> items) {
        for (int from = 0; from < items.size(); from += 25) {
            List<WriteRequest> batch = new ArrayList<>();
            for (Map<String, AttributeValue> i : items.subList(from, Math.min(items.size(), from + 25))) {
                batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(i).build()).build());
            }
            Map<String, List<WriteRequest>> pending = Map.of(table, batch);
            // Unprocessed items come back under throttling; a few rounds, then let the caller's retry take over.
            for (int round = 0; !pending.isEmpty() && !pending.getOrDefault(table, List.of()).isEmpty(); round++) {
                if (round == 5) {
                    throw new IllegalStateException("DynamoDB left " + pending.get(table).size() + " topic items unwritten after 5 rounds");
                }
                Map<String, List<WriteRequest>> request = pending;
                BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(request));
                pending = response.unprocessedItems() == null ? Map.of() : response.unprocessedItems();
                if (!pending.isEmpty()) {
                    pause(50L << round);
                }
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing topic items", e);
        }
    }

    private static String digest(String recordId) {
        try {
            byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(recordId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Optional<String> text(Map<String, AttributeValue> item, String name) {
        return Optional.ofNullable(item.get(name)).map(AttributeValue::s);
    }

    /** DynamoDB (and dynalite) refuse empty strings in some places; an absent attribute says the same. */
    private static void put(Map<String, AttributeValue> item, String name, String value) {
        if (value != null && !value.isEmpty()) {
            item.put(name, s(value));
        }
    }

    private static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    private static AttributeValue score(double score) {
        return AttributeValue.fromN(String.format(Locale.ROOT, "%.4f", score));
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
