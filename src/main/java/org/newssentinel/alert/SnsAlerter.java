package org.newssentinel.alert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newssentinel.json.JsonTrees;
import org.newssentinel.topics.TopicScore;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * Publishes one SNS message per alert with {@code MessageStructure=json}: e-mail subscribers get
 * the {@code email} body, SMS subscribers the {@code sms} text, every other protocol the
 * {@code default}. Message attributes let subscriptions filter (README, "SNS message and filter
 * policies"):
 * <ul>
 *   <li>{@value #TOPICS}: {@code String.Array} of the topic ids that fired, highest score first;</li>
 *   <li>{@value #SCORE}: {@code Number}, the highest score (0..1);</li>
 *   <li>{@value #SEVERITY}: {@code String}, {@code high} from a score of {@value #HIGH_SEVERITY}, else {@code medium};</li>
 *   <li>{@value #KIND}: {@code String}, {@code article} (a digest would say {@code digest}).</li>
 * </ul>
 * A failed publish is thrown (after the SDK's retries) so the caller can hand the alert back.
 */
public final class SnsAlerter implements Alerter {

    public static final String TOPICS = "topics";
    public static final String SCORE = "score";
    public static final String SEVERITY = "severity";
    public static final String KIND = "kind";
    public static final double HIGH_SEVERITY = 0.85;
    /**
     * SNS takes 256 KB per message, all bodies together: each body is cut well before (a char is at
     * most 3 UTF-8 bytes, 6 once escaped in JSON only for control characters, which the bodies do not hold).
     */
    static final int MAX_EMAIL_CHARS = 50_000;
    static final int MAX_OTHER_CHARS = 5_000;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

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

    /** The exact request published for an alert. */
    public static PublishRequest request(Alert alert, String topicArn) {
        AlertMessage m = AlertMessage.render(alert);
        ObjectNode body = JSON.objectNode();
        body.put("default", cut(m.defaultBody(), MAX_OTHER_CHARS));
        body.put("email", cut(m.email(), MAX_EMAIL_CHARS));
        body.put("sms", cut(m.sms(), MAX_OTHER_CHARS));
        List<TopicScore> fired = alert.analysis().firedTopics();
        double top = fired.stream().mapToDouble(TopicScore::score).max().orElse(0);
        ArrayNode topics = JSON.arrayNode();
        fired.forEach(t -> topics.add(t.topic()));
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        attributes.put(TOPICS, attribute("String.Array", JsonTrees.write(topics)));
        attributes.put(SCORE, attribute("Number", String.format(Locale.ROOT, "%.3f", top)));
        attributes.put(SEVERITY, attribute("String", top >= HIGH_SEVERITY ? "high" : "medium"));
        attributes.put(KIND, attribute("String", "article"));
        return PublishRequest.builder()
                .topicArn(topicArn)
                .subject(m.subject())
                .messageStructure("json")
                .message(JsonTrees.write(body))
                .messageAttributes(attributes)
                .build();
    }

    private static String cut(String body, int max) {
        if (body.length() <= max) {
            return body;
        }
        int end = Character.isHighSurrogate(body.charAt(max - 1)) ? max - 1 : max;
        return body.substring(0, end) + "\n[... cut: the full record is in the table]\n";
    }

    private static MessageAttributeValue attribute(String type, String value) {
        return MessageAttributeValue.builder().dataType(type).stringValue(value).build();
    }
}
