package org.newssentinel.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newssentinel.aws.AwsClients;
import org.newssentinel.config.Settings;
import org.newssentinel.digest.Digest;
import org.newssentinel.digest.DigestRun;
import org.newssentinel.digest.SnsDigestPublisher;
import org.newssentinel.digest.StoreAlertHistory;
import org.newssentinel.store.DynamoDbSummaryStore;
import org.newssentinel.topics.WatchTopic;
import org.newssentinel.topics.WatchTopics;

/**
 * Lambda entry point for the scheduled digest (an EventBridge schedule, daily by default): reads
 * the alerts of the period that ends at the scheduled time from the records table (one Query per
 * watch topic on its topic/time index), groups them by topic and publishes one digest message to
 * the alerts topic, marked {@code kind=digest}. Nothing is sent for a period without alerts.
 * A failure to read or publish is thrown, so that the schedule's retry runs it again.
 *
 * <p>The period ends at the event's scheduled time truncated to the minute (the clock's time when
 * the event has none), so consecutive daily runs cover consecutive days, without gaps or overlaps,
 * whatever the invocation delay. Its length is {@value #PERIOD_HOURS} hours (default 24).
 */
public final class DigestHandler implements RequestHandler<ScheduledEvent, String> {

    /** Length of the digest period, in whole hours (1..720). */
    public static final String PERIOD_HOURS = "DIGEST_PERIOD_HOURS";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DigestRun run;
    private final Duration period;
    private final Clock clock;
    private final PrintStream log;

    /** Used by Lambda: clients, settings and watch topics are built once per container. */
    public DigestHandler() {
        this(System.getenv(), AwsClients.create(Settings.from(System.getenv()).region()), Clock.systemUTC());
    }

    /** The production wiring around given clients, configured from {@code env} as Lambda's environment would. */
    public DigestHandler(Map<String, String> env, AwsClients aws, Clock clock) {
        this(wire(env, aws), period(env), clock, System.out);
    }

    /** For tests and other hosts: every collaborator supplied. */
    public DigestHandler(DigestRun run, Duration period, Clock clock, PrintStream log) {
        this.run = Objects.requireNonNull(run, "run");
        this.period = Objects.requireNonNull(period, "period");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        Instant scheduled = Optional.ofNullable(event).map(ScheduledEvent::getTime).map(t -> Instant.ofEpochMilli(t.getMillis()))
                .orElseGet(clock::instant);
        Instant until = scheduled.truncatedTo(ChronoUnit.MINUTES);
        Digest digest = run.run(period, until);
        ObjectNode line = JSON.createObjectNode().put("digest", digest.isEmpty() ? "empty, not sent" : "sent")
                .put("from", digest.from().toString()).put("until", digest.until().toString())
                .put("articles", digest.articles());
        ObjectNode topics = line.putObject("topics");
        digest.sections().forEach(s -> topics.put(s.topic(), s.entries().size()));
        log.println(line);
        return line.toString();
    }

    private static DigestRun wire(Map<String, String> env, AwsClients aws) {
        Settings settings = Settings.from(env);
        WatchTopics topics = S3ArticleHandler.watchTopics(settings);
        return new DigestRun(
                new StoreAlertHistory(new DynamoDbSummaryStore(aws.dynamo(), settings.requireTableName()),
                        topics.topics().stream().map(WatchTopic::id).toList()),
                new SnsDigestPublisher(aws.sns(), settings.requireTopicArn()),
                topics.topics());
    }

    static Duration period(Map<String, String> env) {
        String raw = Optional.ofNullable(env.get(PERIOD_HOURS)).map(String::strip).orElse("");
        if (raw.isEmpty()) {
            return Duration.ofHours(24);
        }
        try {
            long hours = Long.parseLong(raw);
            if (hours >= 1 && hours <= 720) {
                return Duration.ofHours(hours);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(PERIOD_HOURS + " must be a whole number of hours between 1 and 720, was \"" + raw + "\"");
    }
}
