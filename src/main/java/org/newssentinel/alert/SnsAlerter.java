package org.newssentinel.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.newssentinel.topics.TopicScore;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * Publishes one SNS message per alert with {@code MessageStructure=json}: e-mail subscribers get
 * the full body, SMS subscribers the short text, everyone else the default. Message attributes
 * carry the fired topics and top score so that subscriptions can filter.
 */
public final class SnsAlerter implements Alerter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SnsClient sns;
    private final String topicArn;

    public SnsAlerter(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public void publish(Alert alert) {
        sns.publish(request(alert, topicArn));
    }

    static PublishRequest request(Alert alert, String topicArn) {
        AlertMessage m = AlertMessage.render(alert);
        ObjectNode body = JSON.createObjectNode();
        body.put("default", m.defaultBody());
        body.put("email", m.email());
        body.put("sms", m.sms());
        double top = alert.analysis().firedTopics().stream().mapToDouble(TopicScore::score).max().orElse(0);
        String topics = JSON.createArrayNode().addAll(alert.analysis().firedTopics().stream()
                .map(t -> JSON.getNodeFactory().textNode(t.topic())).toList()).toString();
        return PublishRequest.builder()
                .topicArn(topicArn)
                .subject(m.subject())
                .messageStructure("json")
                .message(body.toString())
                .messageAttributes(Map.of(
                        "topics", MessageAttributeValue.builder().dataType("String.Array").stringValue(topics).build(),
                        "score", MessageAttributeValue.builder().dataType("Number")
                                .stringValue(String.format(Locale.ROOT, "%.3f", top)).build(),
                        "severity", MessageAttributeValue.builder().dataType("String")
                                .stringValue(top >= 0.85 ? "high" : "medium").build()))
                .build();
    }
}
