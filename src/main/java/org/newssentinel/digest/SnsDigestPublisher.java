package org.newssentinel.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.newssentinel.alert.SnsAlerter;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * Publishes a digest to the alerts topic as one message with {@code MessageStructure=json}
 * (e-mail, SMS and default bodies). The message attribute {@code kind}={@value #DIGEST} tells
 * it apart from per-article alerts ({@code kind=article}), so a subscription's filter policy can pick alerts, digests
 * or both; {@code topics} (String.Array) lists the topics it covers and {@code alerts} (Number)
 * how many articles it lists.
 */
public final class SnsDigestPublisher implements DigestPublisher {

    /** The message attribute that says what kind of message this is. */
    public static final String KIND = SnsAlerter.KIND;
    /** Its value on digests. */
    public static final String DIGEST = "digest";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SnsClient sns;
    private final String topicArn;

    public SnsDigestPublisher(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public void publish(Digest digest) {
        sns.publish(request(digest, topicArn));
    }

    static PublishRequest request(Digest digest, String topicArn) {
        DigestMessage m = DigestMessage.render(digest);
        ObjectNode body = JSON.createObjectNode();
        body.put("default", m.defaultBody());
        body.put("email", m.email());
        body.put("sms", m.sms());
        ArrayNode topics = JSON.createArrayNode();
        digest.sections().forEach(s -> topics.add(s.topic()));
        return PublishRequest.builder()
                .topicArn(topicArn)
                .subject(m.subject())
                .messageStructure("json")
                .message(body.toString())
                .messageAttributes(Map.of(
                        KIND, MessageAttributeValue.builder().dataType("String").stringValue(DIGEST).build(),
                        "topics", MessageAttributeValue.builder().dataType("String.Array").stringValue(topics.toString()).build(),
                        "alerts", MessageAttributeValue.builder().dataType("Number").stringValue(Integer.toString(digest.articles())).build()))
                .build();
    }
}
