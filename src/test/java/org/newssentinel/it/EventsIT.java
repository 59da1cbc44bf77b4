package org.newssentinel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newssentinel.aws.AwsClients;
import org.newssentinel.config.Settings;
import org.newssentinel.handler.S3ArticleHandler;
import org.newssentinel.store.AlertState;
import org.newssentinel.store.DynamoDbSummaryStore;
import org.newssentinel.store.RecordState;
import org.newssentinel.store.RecordStatus;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * What the README's "Local invocation" does against a deployed stack, against the local servers:
 * the objects under {@code events/objects/} are uploaded as {@code aws s3 cp --recursive} would
 * (same keys, content types by extension), and each {@code events/*.json}, unchanged, runs
 * through the production handler with the settings of {@code events/env.json}.
 */
@ExtendWith(LocalAwsServers.class)
class EventsIT {

    private static final Path EVENTS = Path.of("events");
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Expected(String file, String outcome, RecordStatus status, AlertState alert) {
    }

    private static final List<Expected> EXPECTED = List.of(
            new Expected("s3-put.json", "ALERTED=1", RecordStatus.ANALYSED, AlertState.SENT),
            new Expected("s3-put-html.json", "ALERTED=1", RecordStatus.ANALYSED, AlertState.SENT),
            new Expected("s3-put-key-spaces-plus.json", "ALERTED=1", RecordStatus.ANALYSED, AlertState.SENT),
            new Expected("s3-put-not-article.json", "REJECTED=1", RecordStatus.REJECTED, AlertState.NONE));

    @Test
    void theShippedEventsRunAgainstUploadedObjectsAsInTheReadme() throws Exception {
        Map<String, String> env = new HashMap<>(envJson());
        AwsClients aws = AwsClients.create(LocalAwsServers.REGION);
        String table = env.get(Settings.TABLE_NAME);
        aws.dynamo().createTable(DynamoDbSummaryStore.createTableRequest(table));
        String topicArn = aws.sns().createTopic(t -> t.name("events-it-alerts")).topicArn();
        env.put(Settings.TOPIC_ARN, topicArn);
        env.put(Settings.AWS_REGION, LocalAwsServers.REGION);

        try (S3Client uploader = TestClients.uploader(); SqsClient sqs = TestClients.sqs()) {
            String queueUrl = sqs.createQueue(q -> q.queueName("events-it-inbox")).queueUrl();
            String queueArn = sqs.getQueueAttributes(a -> a.queueUrl(queueUrl).attributeNamesWithStrings("QueueArn"))
                    .attributesAsStrings().get("QueueArn");
            aws.sns().subscribe(s -> s.topicArn(topicArn).protocol("sqs").endpoint(queueArn));

            String bucket = decode(EVENTS.resolve(EXPECTED.get(0).file())).getRecords().get(0).getS3().getBucket().getName();
            if (!uploader.listBuckets().buckets().stream().anyMatch(b -> b.name().equals(bucket))) {
                uploader.createBucket(b -> b.bucket(bucket));
            }
            Map<String, String> eTags = uploadAll(uploader, bucket);

            S3ArticleHandler handler = new S3ArticleHandler(env, aws);
            DynamoDbSummaryStore store = new DynamoDbSummaryStore(aws.dynamo(), table);
            for (Expected want : EXPECTED) {
                S3Event event = decode(EVENTS.resolve(want.file()));
                S3ObjectEntity object = event.getRecords().get(0).getS3().getObject();
                String key = object.getUrlDecodedKey();
                assertEquals(eTags.get(key), object.geteTag(), want.file() + ": the event's ETag is the uploaded object's");

                String summary = handler.handleRequest(event, null);

                assertTrue(summary.contains(want.outcome()), want.file() + ": " + summary);
                RecordState state = store.find(bucket + "/" + key + "#" + object.geteTag()).orElseThrow();
                assertEquals(want.status(), state.status(), want.file());
                assertEquals(want.alert(), state.alertState(), want.file());
            }
            List<Message> messages = receive(sqs, queueUrl, 3);
            for (Message m : messages) {
                JsonNode envelope = JSON.readTree(m.body());
                assertTrue(envelope.path("MessageAttributes").has("severity"), m.body());
            }

            // S3 delivers at least once: every event again, and no subscriber hears twice.
            for (Expected want : EXPECTED) {
                assertTrue(handler.handleRequest(decode(EVENTS.resolve(want.file())), null).contains("DUPLICATE=1"), want.file());
            }
            assertEquals(List.of(), sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages().stream().map(Message::body).toList());
        }
    }

    /** Uploads events/objects/** under the same keys, typed by extension as the AWS CLI does; returns the ETags. */
    private static Map<String, String> uploadAll(S3Client uploader, String bucket) throws IOException {
        Path root = EVENTS.resolve("objects");
        Map<String, String> eTags = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String key = root.relativize(file).toString().replace('\\', '/');
                String type = key.endsWith(".html") ? "text/html" : key.endsWith(".txt") ? "text/plain"
                        : key.endsWith(".png") ? "image/png" : "binary/octet-stream";
                String eTag = uploader.putObject(p -> p.bucket(bucket).key(key).contentType(type),
                        RequestBody.fromFile(file)).eTag();
                eTags.put(key, eTag.replace("\"", ""));
            }
        }
        return eTags;
    }

    private static List<Message> receive(SqsClient sqs, String queueUrl, int count) {
        List<Message> got = new ArrayList<>();
        for (int round = 0; round < 10 && got.size() < count; round++) {
            List<Message> batch = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
            for (Message m : batch) {
                sqs.deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
            }
            got.addAll(batch);
        }
        assertEquals(count, got.size(), "one message per alerting event");
        return got;
    }

    private static S3Event decode(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return LambdaEventSerializers.serializerFor(S3Event.class, EventsIT.class.getClassLoader()).fromJson(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> envJson() throws IOException {
        return (Map<String, String>) JSON.readValue(EVENTS.resolve("env.json").toFile(), Map.class).get("ArticleFunction");
    }
}
