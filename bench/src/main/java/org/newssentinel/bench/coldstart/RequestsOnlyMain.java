package org.newssentinel.bench.coldstart;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newssentinel.aws.AwsClients;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A second cold-start baseline: a JVM that builds the same three SDK clients as the handler and
 * then sends the requests a first alerting event sends, of the same kinds, in the same order and
 * number, 4 Queries at a time as the fingerprint look-up runs them, against the same servers, with
 * none of the function's code around them (no cleaning, scoring, summarising or record building).
 * The handler's time over this one is what the function itself adds to a cold start; the time
 * between this one and {@link ClientsOnlyMain} is the requests' own, which no function that
 * stores, looks up and alerts can avoid. Arguments: bucket and key of an existing object; the
 * table ({@code TABLE_NAME}) and topic ({@code TOPIC_ARN}) must exist.
 */
public final class RequestsOnlyMain {

    /** As the handler's first event: 1 hash + 32 band keys, looked up 4 at a time. */
    private static final int QUERIES = 33;
    private static final int QUERY_THREADS = 4;

    private RequestsOnlyMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: RequestsOnlyMain BUCKET KEY");
            System.exit(2);
        }
        AwsClients clients = AwsClients.create(System.getenv("AWS_REGION"));
        String table = System.getenv("TABLE_NAME");
        String topicArn = System.getenv("TOPIC_ARN");
        Map<String, AttributeValue> recordKey = Map.of("pk", s("REC#" + args[1]), "sk", s("RECORD"));

        clients.dynamo().getItem(g -> g.tableName(table).key(recordKey).consistentRead(true));
        byte[] article = clients.s3().getObjectAsBytes(g -> g.bucket(args[0]).key(args[1])).asByteArray();
        ExecutorService pool = Executors.newFixedThreadPool(QUERY_THREADS);
        List<Future<?>> lookups = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            String band = "FP#band-" + i;
            lookups.add(pool.submit(() -> clients.dynamo().query(q -> q.tableName(table)
                    .keyConditionExpression("#pk = :pk AND #sk >= :since")
                    .expressionAttributeNames(Map.of("#pk", "pk", "#sk", "sk"))
                    .expressionAttributeValues(Map.of(":pk", s(band), ":since", s("1970-01-01T00:00:00Z")))
                    .scanIndexForward(false).limit(25))));
        }
        for (Future<?> lookup : lookups) {
            lookup.get();
        }
        pool.shutdown();
        clients.dynamo().putItem(p -> p.tableName(table).item(Map.of("pk", recordKey.get("pk"), "sk", recordKey.get("sk"),
                "bytes", AttributeValue.fromN(Integer.toString(article.length)))));
        writeBatch(clients, table, "FP#a-", 25);
        writeBatch(clients, table, "FP#b-", 8);
        clients.dynamo().updateItem(u -> u.tableName(table).key(recordKey).updateExpression("SET #a = :a")
                .expressionAttributeNames(Map.of("#a", "alertState")).expressionAttributeValues(Map.of(":a", s("CLAIMED"))));
        clients.sns().publish(p -> p.topicArn(topicArn).subject("cold start").message("one alert"));
        writeBatch(clients, table, "ALERT#", 1);
        clients.dynamo().updateItem(u -> u.tableName(table).key(recordKey).updateExpression("SET #a = :a")
                .expressionAttributeNames(Map.of("#a", "alertState")).expressionAttributeValues(Map.of(":a", s("SENT"))));
        long done = System.currentTimeMillis();
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("elapsed_ms=" + (done - start) + " cpu_ms=" + ClientsOnlyMain.processCpuMillis() + " bytes=" + article.length);
    }

    private static void writeBatch(AwsClients clients, String table, String prefix, int items) {
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder()
                    .item(Map.of("pk", s(prefix + i), "sk", s("1970-01-01T00:00:00Z"))).build()).build());
        }
        clients.dynamo().batchWriteItem(b -> b.requestItems(Map.of(table, writes)));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
