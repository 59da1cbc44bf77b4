package org.newssentinel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newssentinel.alert.SnsAlerter;
import org.newssentinel.aws.AwsClients;
import org.newssentinel.config.Settings;
import org.newssentinel.handler.S3ArticleHandler;
import org.newssentinel.store.DynamoDbSummaryStore;
import org.newssentinel.store.TopicAlert;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The real Lambda handler, wired by its production constructor to clients from {@code AwsClients}
 * (endpoints from the SDK's standard settings), against dynalite, s3rver and fauxqs. What an SNS
 * subscriber receives is read back through an SQS queue subscribed to the topic.
 */
@ExtendWith(LocalAwsServers.class)
class S3ArticleHandlerIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TABLE = "records-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String BUCKET = "uploads-" + UUID.randomUUID().toString().substring(0, 8);
    private static final byte[] ARTICLE = resource("/articles/pipeline-halt.html");
    private static final byte[] FOOTBALL = resource("/articles/football.txt");

    private static AwsClients aws;
    private static S3Client uploader;
    private static SqsClient sqs;
    private static String arnPrefix;

    private String topicArn;
    private String queueUrl;

    @BeforeAll
    static void world() {
        aws = AwsClients.create(LocalAwsServers.REGION);
        aws.dynamo().createTable(DynamoDbSummaryStore.createTableRequest(TABLE));
        uploader = TestClients.uploader();
        uploader.createBucket(b -> b.bucket(BUCKET));
        sqs = TestClients.sqs();
        String probe = aws.sns().createTopic(t -> t.name("probe")).topicArn();
        arnPrefix = probe.substring(0, probe.length() - "probe".length());
    }

    @AfterAll
    static void close() {
        uploader.close();
        sqs.close();
    }

    @BeforeEach
    void topicWithSubscribers() {
        String name = "alerts-" + UUID.randomUUID().toString().substring(0, 8);
        topicArn = arnPrefix + name;
        queueUrl = sqs.createQueue(q -> q.queueName(name + "-inbox")).queueUrl();
    }

    private void createTopicAndSubscribe() {
        String arn = aws.sns().createTopic(t -> t.name(topicArn.substring(arnPrefix.length()))).topicArn();
        assertEquals(topicArn, arn);
        String queueArn = sqs.getQueueAttributes(a -> a.queueUrl(queueUrl).attributeNamesWithStrings("QueueArn"))
                .attributesAsStrings().get("QueueArn");
        aws.sns().subscribe(s -> s.topicArn(arn).protocol("sqs").endpoint(queueArn));
        aws.sns().subscribe(s -> s.topicArn(arn).protocol("email").endpoint("analyst@example.org"));
        aws.sns().subscribe(s -> s.topicArn(arn).protocol("sms").endpoint("+15555550100"));
    }

    private S3ArticleHandler handler(Map<String, String> extra) {
        // These tests upload the same article under many keys: near-duplicate suppression (DedupIT) would hold back all but one.
        Map<String, String> env = new HashMap<>(Map.of(Settings.TABLE_NAME, TABLE, Settings.TOPIC_ARN, topicArn,
                Settings.AWS_REGION, LocalAwsServers.REGION, "DEDUP_ENABLED", "false"));
        env.putAll(extra);
        return new S3ArticleHandler(env, aws);
    }

    private S3ArticleHandler handler() {
        return handler(Map.of());
    }

    private String upload(String key, byte[] body, String contentType) {
        PutObjectResponse put = uploader.putObject(p -> p.bucket(BUCKET).key(key).contentType(contentType), RequestBody.fromBytes(body));
        return put.eTag();
    }

    @Test
    void anUploadGivesOneRecordAndOneMessageWithEmailSmsAndAttributes() throws IOException {
        createTopicAndSubscribe();
        String key = "articles/pipeline-halt.html";
        String eTag = upload(key, ARTICLE, "text/html; charset=utf-8");

        String summary = handler().handleRequest(S3Events.event().put(BUCKET, key, ARTICLE.length, eTag).build(), null);

        assertTrue(summary.contains("ALERTED=1"), summary);
        String recordId = BUCKET + "/" + key + "#" + eTag.replace("\"", "");
        Map<String, AttributeValue> item = record(recordId);
        assertEquals("ANALYSED", item.get("status").s());
        assertEquals("SENT", item.get("alertState").s());
        assertEquals("Gas pipeline to Europe halted after new sanctions", item.get("title").s());
        assertEquals(BUCKET, item.get("bucket").s());
        assertEquals(key, item.get("key").s());
        assertEquals(eTag.replace("\"", ""), item.get("eTag").s());
        assertEquals(64, item.get("contentSha256").s().length());
        assertEquals("en", item.get("language").s());
        assertEquals(List.of("sanctions", "pipelines"), item.get("firedTopics").l().stream().map(AttributeValue::s).toList());
        Map<String, AttributeValue> pipelines = item.get("topics").l().stream().map(AttributeValue::m)
                .filter(m -> m.get("topic").s().equals("pipelines")).findFirst().orElseThrow();
        assertTrue(pipelines.get("terms").l().stream().anyMatch(t -> t.m().get("term").s().contains("pipeline")), pipelines.toString());
        assertFalse(pipelines.get("evidence").l().isEmpty());
        assertTrue(item.containsKey("alertSentAt") && item.containsKey("stageMs"));

        List<Message> received = receive(1);
        JsonNode envelope = JSON.readTree(received.get(0).body());
        assertEquals(topicArn, envelope.path("TopicArn").asText());
        assertTrue(envelope.path("Subject").asText().matches("News Sentinel \\[sanctions 0\\.\\d\\d, pipelines 0\\.\\d\\d\\]: Gas pipeline.*"),
                envelope.path("Subject").asText());
        JsonNode attributes = envelope.path("MessageAttributes");
        assertEquals("String.Array", attributes.path("topics").path("Type").asText());
        assertEquals(List.of("sanctions", "pipelines"), JSON.readValue(attributes.path("topics").path("Value").asText(), List.class));
        assertEquals("Number", attributes.path("score").path("Type").asText());
        double score = Double.parseDouble(attributes.path("score").path("Value").asText());
        assertEquals(Double.parseDouble(item.get("topScore").n()), score, 0.001, "the attribute is the record's top score");
        assertEquals(score >= SnsAlerter.HIGH_SEVERITY ? "high" : "medium", attributes.path("severity").path("Value").asText());
        assertEquals("article", attributes.path("kind").path("Value").asText());
        // fauxqs hands SQS subscribers the whole MessageStructure=json document (AWS would pick its key):
        // that lets this test read the bodies that the e-mail and SMS subscribers get.
        JsonNode bodies = JSON.readTree(envelope.path("Message").asText());
        String email = bodies.path("email").asText();
        assertTrue(email.startsWith("Gas pipeline to Europe halted after new sanctions\n"), email);
        assertTrue(email.contains("Source: s3://" + BUCKET + "/" + key), email);
        assertTrue(email.contains("pipelines") && email.contains("score"), email);
        assertEquals(item.get("sms").s(), bodies.path("sms").asText());
        assertTrue(bodies.path("sms").asText().length() <= 160);
        assertTrue(bodies.path("default").asText().contains("s3://" + BUCKET + "/" + key));

        List<TopicAlert> latest = new DynamoDbSummaryStore(aws.dynamo(), TABLE).alertsSince("pipelines", Instant.now().minusSeconds(60), 10);
        assertTrue(latest.stream().anyMatch(a -> a.recordId().equals(recordId)), latest.toString());
        assertTrue(new DynamoDbSummaryStore(aws.dynamo(), TABLE).alertsSince("alliances", Instant.EPOCH, 10).stream()
                .noneMatch(a -> a.recordId().equals(recordId)));
    }

    @Test
    void theSameEventTwiceGivesOneRecordAndOneMessage() {
        createTopicAndSubscribe();
        String key = "articles/twice.html";
        String eTag = upload(key, ARTICLE, "text/html");
        S3Event event = S3Events.event().put(BUCKET, key, ARTICLE.length, eTag).build();

        handler().handleRequest(event, null);
        String second = handler().handleRequest(event, null);

        assertTrue(second.contains("DUPLICATE=1"), second);
        assertEquals(1, receive(1).size());
        assertNoMoreMessages();
        List<Map<String, AttributeValue>> items = itemsOf(BUCKET + "/" + key + "#" + eTag.replace("\"", ""));
        assertEquals(List.of("ALERT#pipelines", "ALERT#sanctions", "RECORD"), items.stream().map(i -> i.get("sk").s()).sorted().toList());
    }

    @Test
    void aPublishThatFailsOnceIsSentExactlyOnceOnRedelivery() {
        String key = "articles/topic-missing.html";
        String eTag = upload(key, ARTICLE, "text/html");
        S3Event event = S3Events.event().put(BUCKET, key, ARTICLE.length, eTag).build();
        String recordId = BUCKET + "/" + key + "#" + eTag.replace("\"", "");

        RuntimeException e = assertThrows(RuntimeException.class, () -> handler().handleRequest(event, null));
        assertTrue(e.getMessage().contains("Lambda will retry"), e.getMessage());
        Map<String, AttributeValue> pending = record(recordId);
        assertEquals("PENDING", pending.get("alertState").s());
        assertTrue(pending.containsKey("lastAlertError"), pending.toString());

        createTopicAndSubscribe();
        handler().handleRequest(event, null);
        handler().handleRequest(event, null);

        assertEquals(1, receive(1).size());
        assertNoMoreMessages();
        Map<String, AttributeValue> sent = record(recordId);
        assertEquals("SENT", sent.get("alertState").s());
        assertEquals("2", sent.get("alertAttempts").n());
    }

    @Test
    void aKeyWithSpacesPlusAndNonAsciiIsDecodedOnce() throws IOException {
        createTopicAndSubscribe();
        String key = "inbox/Nord Stream + TurkStream – Gazprom 100% Überblick 日本.html";
        String eTag = upload(key, ARTICLE, "text/html");
        S3Event event = S3Events.event().put(BUCKET, key, ARTICLE.length, eTag).build();
        assertTrue(event.getRecords().get(0).getS3().getObject().getKey().contains("Nord+Stream+%2B+TurkStream"));

        String summary = handler(Map.of(Settings.KEY_PREFIX, "inbox/", Settings.KEY_SUFFIXES, ".html")).handleRequest(event, null);

        assertTrue(summary.contains("ALERTED=1"), summary);
        assertEquals(key, record(BUCKET + "/" + key + "#" + eTag.replace("\"", "")).get("key").s());
        String email = JSON.readTree(JSON.readTree(receive(1).get(0).body()).path("Message").asText()).path("email").asText();
        assertTrue(email.contains("s3://" + BUCKET + "/" + key), email);
    }

    @Test
    void anOversizeObjectIsRecordedAsRejectedWithoutReadingIt() {
        createTopicAndSubscribe();
        String key = "articles/huge.txt";
        byte[] body = new byte[5000];
        java.util.Arrays.fill(body, (byte) 'a');
        String eTag = upload(key, body, "text/plain");
        // The event understates the size: the GET's Content-Length still stops the read.
        S3Event event = S3Events.event().put(BUCKET, key, 100, eTag).build();

        String summary = handler(Map.of(Settings.MAX_OBJECT_BYTES, "2000")).handleRequest(event, null);

        assertTrue(summary.contains("REJECTED=1"), summary);
        Map<String, AttributeValue> item = record(BUCKET + "/" + key + "#" + eTag.replace("\"", ""));
        assertEquals("REJECTED", item.get("status").s());
        assertEquals("TOO_LARGE", item.get("reason").s());
        assertTrue(item.get("error").s().contains("5000 bytes, over the limit of 2000"), item.get("error").s());
        assertEquals("NONE", item.get("alertState").s());
        assertNoMoreMessages();
    }

    @Test
    void aDeletedObjectIsRecordedAsMissingAndNotRetried() {
        createTopicAndSubscribe();
        String key = "articles/deleted.html";
        String eTag = upload(key, ARTICLE, "text/html");
        uploader.deleteObject(d -> d.bucket(BUCKET).key(key));
        S3Event event = S3Events.event().put(BUCKET, key, ARTICLE.length, eTag).build();

        String first = handler().handleRequest(event, null);
        String again = handler().handleRequest(event, null);

        assertTrue(first.contains("MISSING=1") && again.contains("DUPLICATE=1"), first + " / " + again);
        Map<String, AttributeValue> item = record(BUCKET + "/" + key + "#" + eTag.replace("\"", ""));
        assertEquals("MISSING", item.get("status").s());
        assertEquals("OBJECT_MISSING", item.get("reason").s());
        assertNoMoreMessages();
    }

    @Test
    void severalRecordsWithBadOnesAmongThemTheGoodOnesAreStillProcessed() {
        createTopicAndSubscribe();
        String good = "articles/good.html";
        String goodTag = upload(good, ARTICLE, "text/html");
        String quiet = "articles/football.txt";
        String quietTag = upload(quiet, FOOTBALL, "text/plain");
        byte[] binary = new byte[600];
        new java.util.Random(7).nextBytes(binary);
        System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, binary, 0, 9);
        String pdf = "articles/scan.txt";
        String pdfTag = upload(pdf, binary, "application/octet-stream");
        S3Event event = S3Events.event()
                .put(BUCKET, good, ARTICLE.length, goodTag)
                .record("ObjectRemoved:Delete", BUCKET, "articles/old.html", 0, null)
                .put(BUCKET, pdf, binary.length, pdfTag)
                .record("ObjectCreated:Put", BUCKET, "articles/bad%zzkey.html", 10, "abc")
                .put(BUCKET, quiet, FOOTBALL.length, quietTag)
                .build();

        String summary = handler().handleRequest(event, null);

        assertTrue(summary.contains("ALERTED=1") && summary.contains("ANALYSED=1") && summary.contains("REJECTED=1")
                && summary.contains("skipped=2") && summary.contains("failed=0"), summary);
        assertEquals("REJECTED", record(BUCKET + "/" + pdf + "#" + pdfTag.replace("\"", "")).get("status").s());
        assertEquals("NONE", record(BUCKET + "/" + quiet + "#" + quietTag.replace("\"", "")).get("alertState").s());
        assertEquals(1, receive(1).size());
        assertNoMoreMessages();
    }

    @Test
    void theDeclaredContentEncodingAndCharsetReachTheCleaner() throws IOException {
        createTopicAndSubscribe();
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write(ARTICLE);
        }
        String gzKey = "articles/zipped.html";
        String gzTag = uploader.putObject(p -> p.bucket(BUCKET).key(gzKey).contentType("text/html").contentEncoding("gzip"),
                RequestBody.fromBytes(zipped.toByteArray())).eTag();
        String cyrillic = "Газопровод остановлен после новых санкций";
        byte[] cp1251 = ("<html><head><title>" + cyrillic + "</title></head><body><article><h1>" + cyrillic + "</h1>"
                + "<p>" + "Оператор газопровода остановил поставки в Европу во вторник после новых санкций. ".repeat(3) + "</p>"
                + "<p>" + "Аналитики ожидают роста цен на газ, если трубопровод останется закрытым. ".repeat(3) + "</p>"
                + "</article></body></html>").getBytes(java.nio.charset.Charset.forName("windows-1251"));
        String cpKey = "articles/cp1251.html";
        String cpTag = uploader.putObject(p -> p.bucket(BUCKET).key(cpKey).contentType("text/html; charset=windows-1251"),
                RequestBody.fromBytes(cp1251)).eTag();

        String summary = handler().handleRequest(S3Events.event().put(BUCKET, gzKey, zipped.size(), gzTag)
                .put(BUCKET, cpKey, cp1251.length, cpTag).build(), null);

        assertTrue(summary.contains("failed=0"), summary);
        assertEquals("Gas pipeline to Europe halted after new sanctions",
                record(BUCKET + "/" + gzKey + "#" + gzTag.replace("\"", "")).get("title").s());
        assertEquals(cyrillic, record(BUCKET + "/" + cpKey + "#" + cpTag.replace("\"", "")).get("title").s());
    }

    @Test
    void dynamoDbUnreachableMakesLambdaRetryAndNothingIsSent() {
        createTopicAndSubscribe();
        String key = "articles/dynamo-down.html";
        String eTag = upload(key, ARTICLE, "text/html");
        S3Event event = S3Events.event().put(BUCKET, key, ARTICLE.length, eTag).build();
        AwsClients dynamoDown = new AwsClients(DynamoDbClient.builder().region(Region.of(LocalAwsServers.REGION))
                .endpointOverride(deadEndpoint()).httpClientBuilder(UrlConnectionHttpClient.builder()).build(), aws.s3(), aws.sns());

        RuntimeException e = assertThrows(RuntimeException.class, () -> handler(dynamoDown).handleRequest(event, null));

        assertTrue(e.getMessage().contains("Lambda will retry"), e.getMessage());
        assertTrue(e.getCause() instanceof SdkClientException, String.valueOf(e.getCause()));
        assertNoMoreMessages();
        // The retry, with DynamoDB back, does the whole job once.
        assertTrue(handler().handleRequest(event, null).contains("ALERTED=1"));
        assertEquals(1, receive(1).size());
    }

    @Test
    void snsUnreachableLeavesTheAlertPendingAndTheRetrySendsItOnce() {
        createTopicAndSubscribe();
        String key = "articles/sns-down.html";
        String eTag = upload(key, ARTICLE, "text/html");
        S3Event event = S3Events.event().put(BUCKET, key, ARTICLE.length, eTag).build();
        AwsClients snsDown = new AwsClients(aws.dynamo(), aws.s3(), SnsClient.builder().region(Region.of(LocalAwsServers.REGION))
                .endpointOverride(deadEndpoint()).httpClientBuilder(UrlConnectionHttpClient.builder()).build());

        assertThrows(RuntimeException.class, () -> handler(snsDown).handleRequest(event, null));

        Map<String, AttributeValue> pending = record(BUCKET + "/" + key + "#" + eTag.replace("\"", ""));
        assertEquals("PENDING", pending.get("alertState").s());
        assertTrue(pending.get("lastAlertError").s().contains("SdkClientException"), pending.get("lastAlertError").s());
        assertNoMoreMessages();
        assertTrue(handler().handleRequest(event, null).contains("ALERTED=1"));
        assertEquals(1, receive(1).size());
        assertTrue(handler().handleRequest(event, null).contains("DUPLICATE=1"));
        assertNoMoreMessages();
    }

    @Test
    void anS3ReadErrorStoresNothingAndMakesLambdaRetry() {
        createTopicAndSubscribe();
        String key = "articles/s3-down.html";
        String eTag = upload(key, ARTICLE, "text/html");
        S3Event event = S3Events.event().put(BUCKET, key, ARTICLE.length, eTag).build();
        AwsClients s3Down = new AwsClients(aws.dynamo(), S3Client.builder().region(Region.of(LocalAwsServers.REGION))
                .endpointOverride(deadEndpoint()).forcePathStyle(true).httpClientBuilder(UrlConnectionHttpClient.builder()).build(),
                aws.sns());

        assertThrows(RuntimeException.class, () -> handler(s3Down).handleRequest(event, null));

        assertTrue(itemsOf(BUCKET + "/" + key + "#" + eTag.replace("\"", "")).isEmpty(), "a read error records nothing");
        assertTrue(handler().handleRequest(event, null).contains("ALERTED=1"));
        assertEquals(1, receive(1).size());
    }

    /** A port nothing listens on: connections are refused at once, as when a service endpoint is down. */
    private static URI deadEndpoint() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private S3ArticleHandler handler(AwsClients clients) {
        return new S3ArticleHandler(Map.of(Settings.TABLE_NAME, TABLE, Settings.TOPIC_ARN, topicArn,
                Settings.AWS_REGION, LocalAwsServers.REGION, "DEDUP_ENABLED", "false"), clients);
    }

    private Map<String, AttributeValue> record(String recordId) {
        Map<String, AttributeValue> item = aws.dynamo().getItem(g -> g.tableName(TABLE).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("ARTICLE#" + recordId), "sk", AttributeValue.fromS("RECORD")))).item();
        assertTrue(item != null && !item.isEmpty(), "no record " + recordId);
        return item;
    }

    private List<Map<String, AttributeValue>> itemsOf(String recordId) {
        return aws.dynamo().query(q -> q.tableName(TABLE).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("ARTICLE#" + recordId)))).items();
    }

    /** Waits (a few seconds at most) for {@code count} messages and deletes them. */
    private List<Message> receive(int count) {
        List<Message> got = new ArrayList<>();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (got.size() < count && System.nanoTime() < deadline) {
            List<Message> batch = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
            for (Message m : batch) {
                sqs.deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
            }
            got.addAll(batch);
        }
        assertEquals(count, got.size(), "messages received by the subscriber queue");
        return got;
    }

    private void assertNoMoreMessages() {
        List<Message> extra = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
        assertEquals(List.of(), extra.stream().map(Message::body).toList(), "no further message may reach subscribers");
    }

    private static byte[] resource(String name) {
        try (InputStream in = S3ArticleHandlerIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }
}
