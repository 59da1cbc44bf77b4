package org.newssentinel.it;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * S3 notification events as S3 sends them (the layout of {@code sam local generate-event s3 put}),
 * turned into an {@link S3Event} by the Lambda runtime's own deserialiser.
 */
final class S3Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArrayNode records = JSON.createArrayNode();

    static S3Events event() {
        return new S3Events();
    }

    /** An ObjectCreated:Put record; the key is encoded the way S3 encodes it (form encoding, "/" kept). */
    S3Events put(String bucket, String key, long size, String eTag) {
        return record("ObjectCreated:Put", bucket, encode(key), size, eTag);
    }

    S3Events record(String eventName, String bucket, String encodedKey, long size, String eTag) {
        ObjectNode r = records.addObject();
        r.put("eventVersion", "2.1").put("eventSource", "aws:s3").put("awsRegion", LocalAwsServers.REGION)
                .put("eventTime", "2026-03-12T10:00:00.000Z").put("eventName", eventName);
        r.putObject("userIdentity").put("principalId", "EXAMPLE");
        r.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        r.putObject("responseElements").put("x-amz-request-id", "EXAMPLE123456789").put("x-amz-id-2", "EXAMPLE123/abc");
        ObjectNode s3 = r.putObject("s3");
        s3.put("s3SchemaVersion", "1.0").put("configurationId", "ArticleUploads");
        s3.putObject("bucket").put("name", bucket).put("arn", "arn:aws:s3:::" + bucket).putObject("ownerIdentity").put("principalId", "EXAMPLE");
        ObjectNode object = s3.putObject("object").put("key", encodedKey).put("size", size).put("sequencer", "0055AED6DCD90281E5");
        if (eTag != null) {
            object.put("eTag", eTag.replace("\"", ""));
        }
        return this;
    }

    S3Event build() {
        ObjectNode root = JSON.createObjectNode();
        root.set("Records", records);
        return LambdaEventSerializers.serializerFor(S3Event.class, S3Events.class.getClassLoader()).fromJson(root.toString());
    }

    static String encode(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }
}
