package org.newssentinel.observe;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import org.newssentinel.json.JsonTrees;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes one JSON line per article to the function's log, which is at the same time a CloudWatch
 * Embedded Metric Format document: CloudWatch stores the line and extracts the metrics
 * {@code ArticlesProcessed}, {@code ArticlesRejected}, {@code ArticlesFailed}, {@code AlertsSent}
 * and one {@code <Stage>Ms} per stage (namespace {@value #NAMESPACE}, dimension {@code Service}),
 * plus one extra line per fired topic carrying {@code AlertsSent} by {@code Topic}.
 *
 * <p>Lines are built by Jackson, which escapes every control character, so a key or message with
 * newlines in it cannot forge a second line. Free text (the detail) is clipped. Thread-safe if the
 * sink is.
 */
public final class ArticleLog {

    public static final String NAMESPACE = "NewsSentinel";
    public static final String SERVICE = "news-sentinel";
    private static final int MAX_DETAIL = 300;
    private static final int MAX_KEY = 1100;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Consumer<String> sink;
    private final Clock clock;

    /** @param sink receives each line without its newline; in Lambda, standard output */
    public ArticleLog(Consumer<String> sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    public static ArticleLog toStandardOutput() {
        return new ArticleLog(line -> {
            System.out.println(line);
            System.out.flush();
        }, Clock.systemUTC());
    }

    public void record(ArticleEvent e) {
        long now = clock.millis();
        boolean alerted = e.outcome().equals("ALERTED");
        ObjectNode line = JSON.objectNode();
        ObjectNode aws = line.putObject("_aws");
        aws.put("Timestamp", now);
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", NAMESPACE);
        directive.putArray("Dimensions").addArray().add("Service");
        ArrayNode metrics = directive.putArray("Metrics");
        metric(metrics, "ArticlesProcessed", "Count");
        metric(metrics, "ArticlesRejected", "Count");
        metric(metrics, "ArticlesFailed", "Count");
        metric(metrics, "AlertsSent", "Count");
        e.stageMillis().keySet().forEach(stage -> metric(metrics, stageMetric(stage), "Milliseconds"));
        line.put("Service", SERVICE);
        line.put("ArticlesProcessed", countsAsProcessed(e.outcome()) ? 1 : 0);
        line.put("ArticlesRejected", e.outcome().equals("REJECTED") || e.outcome().equals("MISSING") ? 1 : 0);
        line.put("ArticlesFailed", e.outcome().equals("FAILED") || e.outcome().equals("ERROR") ? 1 : 0);
        line.put("AlertsSent", alerted ? 1 : 0);
        e.stageMillis().forEach((stage, ms) -> line.put(stageMetric(stage), ms));

        line.put("level", e.outcome().equals("ERROR") || e.outcome().equals("FAILED") ? "ERROR" : "INFO");
        line.put("message", "article " + e.outcome().toLowerCase(Locale.ROOT));
        line.put("requestId", e.requestId());
        line.put("bucket", e.bucket());
        line.put("key", clip(e.key(), MAX_KEY));
        e.versionId().ifPresent(v -> line.put("versionId", v));
        e.recordId().ifPresent(v -> line.put("recordId", clip(v, MAX_KEY + 200)));
        line.put("outcome", e.outcome());
        e.status().ifPresent(v -> line.put("status", v));
        e.reason().ifPresent(v -> line.put("reason", v));
        ObjectNode topics = line.putObject("topics");
        e.firedTopics().forEach((topic, score) -> topics.put(topic, Math.round(score * 1000) / 1000.0));
        e.alertState().ifPresent(v -> line.put("alertState", v));
        ObjectNode stages = line.putObject("stageMs");
        e.stageMillis().forEach(stages::put);
        line.put("totalMs", e.stageMillis().values().stream().mapToLong(Long::longValue).sum());
        e.detail().ifPresent(v -> line.put("detail", clip(v, MAX_DETAIL)));
        sink.accept(JsonTrees.write(line));

        if (alerted) {
            for (Map.Entry<String, Double> topic : e.firedTopics().entrySet()) {
                sink.accept(topicLine(now, topic.getKey(), e));
            }
        }
    }

    private static String topicLine(long now, String topic, ArticleEvent e) {
        ObjectNode line = JSON.objectNode();
        ObjectNode directive = line.putObject("_aws").put("Timestamp", now).putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", NAMESPACE);
        directive.putArray("Dimensions").addArray().add("Service").add("Topic");
        metric(directive.putArray("Metrics"), "AlertsSent", "Count");
        line.put("Service", SERVICE);
        line.put("Topic", topic);
        line.put("AlertsSent", 1);
        line.put("level", "INFO");
        line.put("message", "alert sent for topic");
        line.put("requestId", e.requestId());
        e.recordId().ifPresent(v -> line.put("recordId", clip(v, MAX_KEY + 200)));
        return JsonTrees.write(line);
    }

    /** Analysed and stored, whether or not it alerted; a suppressed repeat was analysed too. */
    private static boolean countsAsProcessed(String outcome) {
        return outcome.equals("ANALYSED") || outcome.equals("ALERTED") || outcome.equals("SUPPRESSED");
    }

    private static void metric(ArrayNode metrics, String name, String unit) {
        metrics.addObject().put("Name", name).put("Unit", unit);
    }

    /** {@code read} becomes {@code ReadMs}. */
    static String stageMetric(String stage) {
        return stage.isEmpty() ? "Ms" : Character.toUpperCase(stage.charAt(0)) + stage.substring(1) + "Ms";
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }
}
