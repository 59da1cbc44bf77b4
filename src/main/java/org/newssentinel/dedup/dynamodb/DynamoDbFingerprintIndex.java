package org.newssentinel.dedup.dynamodb;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.newssentinel.dedup.Fingerprint;
import org.newssentinel.dedup.FingerprintIndex;
import org.newssentinel.dedup.IndexedArticle;
import org.newssentinel.store.StoredTime;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The fingerprint index in the records table. Each article is filed as one small item per
 * lookup key of its fingerprint (33: the exact hash and {@value Fingerprint#BANDS} bands):
 * {@code pk = FP#<key>}, {@code sk = <processed at, fixed-width ISO-8601 UTC>#<record id>}, with the
 * encoded fingerprint, whether it alerted and the topics it fired. A look-up is one Query per key
 * on {@code pk} with {@code sk >= window start}, newest first and capped at {@value #PER_KEY_LIMIT}
 * items, so its cost depends on how many recent articles share a key with this one, not on how
 * many are stored. Items carry {@value #EXPIRES_AT} (epoch seconds) for the table's TTL.
 *
 * <p>The look-up's Queries run {@value #LOOKUP_THREADS} at a time (33 round trips one after the
 * other would be the longest stage of a first event); the result and the failure reported are those of
 * running them in key order.
 */
public final class DynamoDbFingerprintIndex implements FingerprintIndex {

    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String KEY_PREFIX = "FP#";
    public static final String EXPIRES_AT = "expiresAt";
    /** Enough for every repeat of one story in a window; a key shared by more is not a useful key. */
    public static final int PER_KEY_LIMIT = 25;

    private static final int BATCH = 25;
    private static final int WRITE_ATTEMPTS = 5;
    /**
     * Queries in flight at once: at most the JDK's kept-alive connections per host (5), so that no
     * connection, and in Lambda no TLS handshake, is made only to be dropped after the look-up.
     */
    static final int LOOKUP_THREADS = 4;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final DynamoDbClient dynamo;
    private final String table;
    private final Duration retention;
    private final ExecutorService lookups;

    /**
     * @param retention how long items live before the table's TTL may delete them; at least the look-up window
     */
    public DynamoDbFingerprintIndex(DynamoDbClient dynamo, String table, Duration retention) {
        this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
        this.table = Objects.requireNonNull(table, "table");
        this.retention = Objects.requireNonNull(retention, "retention");
        // Daemon threads made on demand and ended after a minute idle: an index that is not queried
        // holds none, and none keeps a JVM alive.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(LOOKUP_THREADS, LOOKUP_THREADS, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "fingerprint-lookup-" + THREADS.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        this.lookups = pool;
    }

    @Override
    public List<IndexedArticle> candidates(Fingerprint fingerprint, Instant since) {
        String from = StoredTime.format(since);
        List<Future<QueryResponse>> pages = new ArrayList<>();
        for (String key : fingerprint.lookupKeys()) {
            pages.add(lookups.submit(() -> query(key, from)));
        }
        Map<String, IndexedArticle> found = new LinkedHashMap<>();
        for (Future<QueryResponse> pending : pages) {
            QueryResponse page = result(pending, pages);
            for (Map<String, AttributeValue> item : page.items()) {
                IndexedArticle a = article(item);
                found.merge(a.id(), a, (x, y) -> x.at().isAfter(y.at()) ? x : y);
            }
        }
        return List.copyOf(found.values());
    }

    private QueryResponse query(String key, String from) {
        return dynamo.query(q -> q.tableName(table)
                .keyConditionExpression("#pk = :pk AND #sk >= :since")
                .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
                .expressionAttributeValues(Map.of(":pk", s(KEY_PREFIX + key), ":since", s(from)))
                .scanIndexForward(false)
                .limit(PER_KEY_LIMIT));
    }

    /** The page, or the Query's own exception (the first in key order, as a sequential look-up would throw). */
    private static QueryResponse result(Future<QueryResponse> pending, List<Future<QueryResponse>> all) {
        try {
            return pending.get();
        } catch (ExecutionException e) {
            all.forEach(f -> f.cancel(false));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("fingerprint look-up failed", e.getCause());
        } catch (InterruptedException e) {
            all.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the fingerprint look-up", e);
        }
    }

    @Override
    public void add(IndexedArticle article) {
        List<WriteRequest> puts = new ArrayList<>();
        for (String key : article.fingerprint().lookupKeys()) {
            puts.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item(key, article)).build()).build());
        }
        for (int i = 0; i < puts.size(); i += BATCH) {
            write(puts.subList(i, Math.min(puts.size(), i + BATCH)));
        }
    }

    // BatchWriteItem may accept part of a batch under throttling; the rest is retried with back-off.
    private void write(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        for (int attempt = 1; ; attempt++) {
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(request));
            if (!response.hasUnprocessedItems() || response.unprocessedItems().isEmpty()) {
                return;
            }
            if (attempt == WRITE_ATTEMPTS) {
                throw new IllegalStateException("DynamoDB left " + response.unprocessedItems().getOrDefault(table, List.of()).size()
                        + " fingerprint items unwritten after " + WRITE_ATTEMPTS + " attempts");
            }
            pending = response.unprocessedItems();
            try {
                Thread.sleep(50L << attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing fingerprint items", e);
            }
        }
    }

    private Map<String, AttributeValue> item(String key, IndexedArticle a) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(KEY_PREFIX + key));
        item.put(SK, s(StoredTime.format(a.at()) + "#" + a.id()));
        item.put("recordId", s(a.id()));
        item.put("at", s(StoredTime.format(a.at())));
        item.put("fingerprint", s(a.fingerprint().encode()));
        item.put("alerted", AttributeValue.fromBool(a.alerted()));
        Map<String, AttributeValue> topics = new HashMap<>();
        a.firedTopics().forEach((t, score) -> topics.put(t, AttributeValue.fromN(Double.toString(score))));
        item.put("firedTopics", AttributeValue.fromM(topics));
        item.put(EXPIRES_AT, AttributeValue.fromN(Long.toString(a.at().plus(retention).getEpochSecond())));
        return item;
    }

    private static IndexedArticle article(Map<String, AttributeValue> item) {
        Map<String, Double> topics = new HashMap<>();
        AttributeValue fired = item.get("firedTopics");
        if (fired != null && fired.hasM()) {
            fired.m().forEach((t, v) -> topics.put(t, Double.parseDouble(v.n())));
        }
        AttributeValue alerted = item.get("alerted");
        return new IndexedArticle(item.get("recordId").s(), Instant.parse(item.get("at").s()),
                Fingerprint.decode(item.get("fingerprint").s()), alerted != null && Boolean.TRUE.equals(alerted.bool()), topics);
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
