package org.newssentinel.dedup.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newssentinel.dedup.DedupSettings;
import org.newssentinel.dedup.DuplicateDecision.Verdict;
import org.newssentinel.dedup.Fingerprint;
import org.newssentinel.dedup.Fingerprinter;
import org.newssentinel.dedup.ShingledText;
import org.newssentinel.dedup.Fixtures;
import org.newssentinel.dedup.IndexedArticle;
import org.newssentinel.dedup.NearDuplicatePolicy;
import org.newssentinel.it.LocalAwsServers;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * The DynamoDB fingerprint index against dynalite: repeats are found through the band items,
 * different reports are not, the window holds, and a look-up reads as many items with ten times
 * the records stored as with none (it queries keys, it never scans).
 */
@ExtendWith(LocalAwsServers.class)
class DynamoDbFingerprintIndexIT {

    private static final String TABLE = "fp-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(72);

    /** What the client did, counted by an interceptor, so the test sees every request the index sends. */
    static final class Traffic implements ExecutionInterceptor {
        final AtomicInteger queries = new AtomicInteger();
        final AtomicInteger scans = new AtomicInteger();
        final AtomicInteger itemsRead = new AtomicInteger();

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            if (context.response() instanceof QueryResponse q) {
                queries.incrementAndGet();
                itemsRead.addAndGet(q.scannedCount());
            }
            if (context.request() instanceof ScanRequest) {
                scans.incrementAndGet();
            }
        }

        void reset() {
            queries.set(0);
            scans.set(0);
            itemsRead.set(0);
        }
    }

    private static final Traffic TRAFFIC = new Traffic();
    private static DynamoDbClient dynamo;
    private static DynamoDbFingerprintIndex index;

    @BeforeAll
    static void table() {
        dynamo = DynamoDbClient.builder().region(Region.of(LocalAwsServers.REGION))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.addExecutionInterceptor(TRAFFIC))
                .build();
        // The records table's key schema: a string partition key pk and sort key sk.
        dynamo.createTable(t -> t.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attr("pk"), attr("sk"))
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
        index = new DynamoDbFingerprintIndex(dynamo, TABLE, WINDOW);
    }

    @AfterAll
    static void close() {
        dynamo.close();
    }

    private static AttributeDefinition attr(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    @Test
    void findsEveryRepeatOfTheFixturePairsAndNoDifferentReport() {
        NearDuplicatePolicy policy = new NearDuplicatePolicy(DedupSettings.DEFAULTS);
        int pairNo = 0;
        for (Fixtures.Pair pair : Fixtures.pairs()) {
            String first = "pair" + (++pairNo) + "/" + pair.first();
            index.add(new IndexedArticle(first, NOW.minus(Duration.ofHours(1)), Fixtures.fingerprint(pair.first()), true,
                    Map.of("pipelines", 0.8)));
            ShingledText second = Fixtures.shingled(pair.second());
            List<IndexedArticle> found = index.candidates(second.fingerprint(), NOW.minus(WINDOW));
            Verdict verdict = policy.decide("pair" + pairNo + "/" + pair.second(), second, Map.of("pipelines", 0.8), NOW,
                    found.stream().filter(a -> a.id().equals(first)).toList()).verdict();
            assertEquals(pair.same() ? Verdict.DUPLICATE : Verdict.ORIGINAL, verdict, pair.toString());
        }
    }

    @Test
    void aFailedQueryOfTheConcurrentLookUpIsThrownAsItself() {
        DynamoDbFingerprintIndex missing = new DynamoDbFingerprintIndex(dynamo, "no-such-table-" + TABLE, WINDOW);
        TRAFFIC.reset();
        ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class,
                () -> missing.candidates(Fixtures.fingerprint("japan-chips-industry.txt"), NOW.minus(WINDOW)));
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
        // The same look-up still works on the real table afterwards: a failure leaves no stuck worker behind.
        assertEquals(List.of(), index.candidates(Fixtures.fingerprint("japan-chips-industry.txt"), NOW.minus(Duration.ofSeconds(1)))
                .stream().filter(a -> a.id().startsWith("none/")).toList());
    }

    @Test
    void theConcurrentLookUpReturnsEachArticleOnceWhateverTheNumberOfKeysItMatches() {
        Fingerprint story = Fixtures.fingerprint("uk-goldsmith-statement.txt");
        List<IndexedArticle> filed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            IndexedArticle a = new IndexedArticle("once/" + i, NOW.minus(Duration.ofHours(1 + i)), story, i % 2 == 0, Map.of());
            index.add(a);
            filed.add(a);
        }
        TRAFFIC.reset();
        List<IndexedArticle> found = index.candidates(story, NOW.minus(WINDOW)).stream()
                .filter(a -> a.id().startsWith("once/")).toList();
        // Every key of the fingerprint matches every copy: one Query per key, each copy once, in filing order.
        assertEquals(story.lookupKeys().size(), TRAFFIC.queries.get());
        assertEquals(filed, found);
    }

    @Test
    void readsBackWhatWasFiledAndHonoursTheWindow() {
        Fingerprint wire = Fixtures.fingerprint("colombia-pipeline-bombed.txt");
        IndexedArticle filed = new IndexedArticle("window/wire", NOW.minus(Duration.ofHours(10)), wire, true,
                Map.of("pipelines", 0.8125, "sanctions", 0.5));
        index.add(filed);
        index.add(new IndexedArticle("window/old", NOW.minus(Duration.ofHours(80)), wire, true, Map.of()));
        List<IndexedArticle> found = index.candidates(Fixtures.fingerprint("colombia-pipeline-bombed-update.txt"), NOW.minus(WINDOW))
                .stream().filter(a -> a.id().startsWith("window/")).toList();
        assertEquals(List.of(filed), found);
    }

    @Test
    void itemsCarryTheirTimeInTheFixedWidthMillisecondFormOfEveryStoredTime() {
        Fingerprint wire = Fixtures.fingerprint("colombia-pipeline-bombed.txt");
        index.add(new IndexedArticle("time/wire", NOW.plusNanos(123_456_789), wire, false, Map.of()));

        List<String> times = dynamo.scanPaginator(r -> r.tableName(TABLE)).items().stream()
                .filter(item -> item.containsKey("recordId") && item.get("recordId").s().equals("time/wire"))
                .map(item -> item.get("at").s()).distinct().toList();

        assertEquals(List.of("2026-11-29T12:00:00.123Z"), times);
    }

    @Test
    void aLookUpReadsTheSameItemsWhateverTheNumberOfRecordsStored() {
        Fingerprint wire = Fixtures.fingerprint("japan-chips-industry.txt");
        index.add(new IndexedArticle("scale/wire", NOW.minus(Duration.ofHours(2)), wire, true, Map.of("sanctions", 0.9)));
        Fingerprint repeat = Fixtures.fingerprint("japan-chips-industry-wire.txt");

        int[] stored = {0, 100, 300};
        List<String> report = new ArrayList<>();
        int firstRead = -1;
        Random random = new Random(7);
        List<String> words = vocabulary();
        int added = 0;
        for (int target : stored) {
            for (; added < target; added++) {
                index.add(new IndexedArticle("scale/other-" + added, NOW.minus(Duration.ofMinutes(added)), unrelated(random, words),
                        true, Map.of("sanctions", 0.7)));
            }
            TRAFFIC.reset();
            List<IndexedArticle> found = index.candidates(repeat, NOW.minus(WINDOW));
            assertTrue(found.stream().anyMatch(a -> a.id().equals("scale/wire")));
            report.add(String.format(Locale.ROOT, "%d other articles stored: %d queries, %d items read, %d candidates, %d scans",
                    target, TRAFFIC.queries.get(), TRAFFIC.itemsRead.get(), found.size(), TRAFFIC.scans.get()));
            assertEquals(0, TRAFFIC.scans.get());
            assertEquals(1 + Fingerprint.BANDS, TRAFFIC.queries.get(), "one query per lookup key");
            if (firstRead < 0) {
                firstRead = TRAFFIC.itemsRead.get();
            }
            assertEquals(firstRead, TRAFFIC.itemsRead.get(), String.join("\n", report));
        }
        System.out.println("DynamoDB fingerprint look-up cost:\n  " + String.join("\n  ", report));
    }

    // Texts of real words in random order: articles that share vocabulary but not passages.
    private static Fingerprint unrelated(Random random, List<String> words) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                b.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            paragraphs.add(b.toString());
        }
        return new Fingerprinter().fingerprint(paragraphs);
    }

    private static List<String> vocabulary() {
        List<String> words = new ArrayList<>();
        for (Fixtures.Pair pair : Fixtures.pairs()) {
            for (String p : Fixtures.clean(pair.first()).paragraphs()) {
                words.addAll(List.of(p.split("\\s+")));
            }
        }
        return words;
    }
}
