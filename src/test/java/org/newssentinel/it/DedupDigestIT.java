package org.newssentinel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newssentinel.aws.AwsClients;
import org.newssentinel.config.Settings;
import org.newssentinel.dedup.Fingerprint;
import org.newssentinel.dedup.Fixtures;
import org.newssentinel.handler.DigestHandler;
import org.newssentinel.handler.S3ArticleHandler;
import org.newssentinel.store.DynamoDbSummaryStore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Near-duplicate suppression and the digest through the real handlers, built by their production
 * constructors, against dynalite, s3rver and fauxqs: a wire story, its update (one paragraph
 * added) and a different story are uploaded; the update is recorded, linked to the wire story
 * and not alerted; the scheduled digest then sends one message, marked {@code kind=digest},
 * listing the two stories by topic.
 */
@ExtendWith(LocalAwsServers.class)
class DedupDigestIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TABLE = "dedup-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String BUCKET = "dedup-" + UUID.randomUUID().toString().substring(0, 8);

    private static AwsClients aws;
    private static S3Client uploader;
    private static SqsClient sqs;
    private static String topicArn;
    private static String queueUrl;

    @BeforeAll
    static void world() {
        aws = AwsClients.create(LocalAwsServers.REGION);
        aws.dynamo().createTable(DynamoDbSummaryStore.createTableRequest(TABLE));
        uploader = TestClients.uploader();
        uploader.createBucket(b -> b.bucket(BUCKET));
        sqs = TestClients.sqs();
        String name = "dedup-alerts-" + UUID.randomUUID().toString().substring(0, 8);
        topicArn = aws.sns().createTopic(t -> t.name(name)).topicArn();
        queueUrl = sqs.createQueue(q -> q.queueName(name + "-inbox")).queueUrl();
        String queueArn = sqs.getQueueAttributes(a -> a.queueUrl(queueUrl).attributeNamesWithStrings("QueueArn"))
                .attributesAsStrings().get("QueueArn");
        aws.sns().subscribe(s -> s.topicArn(topicArn).protocol("sqs").endpoint(queueArn));
    }

    @AfterAll
    static void close() {
        uploader.close();
        sqs.close();
    }

    @Test
    void aRepeatIsRecordedLinkedAndNotAlertedAndTheDigestListsEachStoryOnce() throws Exception {
        Map<String, String> env = Map.of(Settings.TABLE_NAME, TABLE, Settings.TOPIC_ARN, topicArn, Settings.AWS_REGION, LocalAwsServers.REGION);
        S3ArticleHandler articles = new S3ArticleHandler(env, aws);
        String wire = upload(articles, "in/wire.txt", "colombia-pipeline-bombed.txt");
        String update = upload(articles, "in/update.txt", "colombia-pipeline-bombed-update.txt");
        String chips = upload(articles, "in/chips.txt", "japan-chips-yeutter.txt");

        List<JsonNode> alerts = receive(2);
        assertEquals(2, alerts.size());
        for (JsonNode a : alerts) {
            assertEquals("article", a.path("MessageAttributes").path("kind").path("Value").asText());
        }
        assertTrue(alerts.stream().noneMatch(a -> a.path("Subject").asText().contains("UPDATE")), alerts.toString());

        Map<String, AttributeValue> repeat = record(update);
        assertEquals("DUPLICATE", repeat.get("dedup").s());
        assertEquals(wire, repeat.get("duplicateOf").s());
        assertTrue(repeat.get("alertSuppressed").bool());
        assertEquals("NONE", repeat.get("alertState").s());
        assertTrue(repeat.get("dedupReason").s().matches("suppressed: 0\\.\\d\\d similar to " + java.util.regex.Pattern.quote(wire) + " alerted at .+"),
                repeat.get("dedupReason").s());
        assertTrue(repeat.get("fingerprint").s().startsWith(Fingerprint.SCHEME + ":"));
        assertEquals("ORIGINAL", record(wire).get("dedup").s());
        assertEquals("SENT", record(chips).get("alertState").s());

        // Redelivering the update changes nothing and sends nothing.
        String summary = articles.handleRequest(S3Events.event().put(BUCKET, "in/update.txt", Fixtures.bytes("colombia-pipeline-bombed-update.txt").length,
                update.substring(update.indexOf('#') + 1)).build(), null);
        assertTrue(summary.contains("DUPLICATE=1"), summary);

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Clock inAMinute = Clock.fixed(Instant.now().plus(1, ChronoUnit.MINUTES), ZoneOffset.UTC);
        DigestHandler digests = new DigestHandler(env, aws, inAMinute);
        String result = digests.handleRequest(null, null);
        assertTrue(result.contains("\"digest\":\"sent\"") && result.contains("\"articles\":2"), result);

        List<JsonNode> digest = receive(1);
        assertEquals(1, digest.size());
        JsonNode envelope = digest.get(0);
        JsonNode attributes = envelope.path("MessageAttributes");
        assertEquals("digest", attributes.path("kind").path("Value").asText());
        assertEquals("String", attributes.path("kind").path("Type").asText());
        assertEquals(List.of("pipelines", "sanctions"), JSON.readValue(attributes.path("topics").path("Value").asText(), List.class));
        assertEquals("2", attributes.path("alerts").path("Value").asText());
        assertTrue(envelope.path("Subject").asText().startsWith("News Sentinel digest: 1 pipelines, 1 sanctions, "), envelope.path("Subject").asText());
        String email = JSON.readTree(envelope.path("Message").asText()).path("email").asText();
        assertTrue(email.contains("COLOMBIA'S MAIN OIL PIPELINE ATTACKED") && email.contains("YEUTTER DOUBTS JAPAN CAN AVOID U.S. SANCTIONS"), email);
        assertFalse(email.contains("UPDATE 1-"), "the suppressed repeat is not listed: " + email);

        // A period in which nothing was alerted sends nothing.
        DigestHandler later = new DigestHandler(env, aws, Clock.fixed(Instant.now().plus(3, ChronoUnit.DAYS), ZoneOffset.UTC));
        assertTrue(later.handleRequest(null, null).contains("\"digest\":\"empty, not sent\""));
        assertEquals(0, receive(1).size());
    }

    private static String upload(S3ArticleHandler handler, String key, String fixture) {
        byte[] body = Fixtures.bytes(fixture);
        String eTag = uploader.putObject(p -> p.bucket(BUCKET).key(key).contentType("text/plain; charset=utf-8"), RequestBody.fromBytes(body)).eTag();
        String summary = handler.handleRequest(S3Events.event().put(BUCKET, key, body.length, eTag).build(), null);
        assertTrue(summary.contains("failed=0"), summary);
        return BUCKET + "/" + key + "#" + eTag.replace("\"", "");
    }

    private static Map<String, AttributeValue> record(String recordId) {
        Map<String, AttributeValue> item = aws.dynamo().getItem(g -> g.tableName(TABLE).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("ARTICLE#" + recordId), "sk", AttributeValue.fromS("RECORD")))).item();
        assertTrue(item != null && !item.isEmpty(), "no record " + recordId);
        return item;
    }

    private static List<JsonNode> receive(int count) throws Exception {
        List<JsonNode> got = new ArrayList<>();
        long deadline = System.nanoTime() + 4_000_000_000L;
        while (got.size() < count && System.nanoTime() < deadline) {
            for (Message m : sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)).messages()) {
                sqs.deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
                got.add(JSON.readTree(m.body()));
            }
        }
        return got;
    }
}
