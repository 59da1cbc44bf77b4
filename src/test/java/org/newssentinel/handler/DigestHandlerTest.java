package org.newssentinel.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.junit.jupiter.api.Test;
import org.newssentinel.digest.Digest;
import org.newssentinel.digest.DigestEntry;
import org.newssentinel.digest.DigestRun;
import org.newssentinel.topics.WatchTopics;

class DigestHandlerTest {

    private final List<Instant[]> asked = new ArrayList<>();
    private final List<Digest> sent = new ArrayList<>();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private DigestHandler handler(Clock clock) {
        DigestRun run = new DigestRun((from, until) -> {
            asked.add(new Instant[] {from, until});
            return List.of(new DigestEntry("a", until.minusSeconds(60), "Pipeline halted", "s3://b/a.txt", "sms",
                    Optional.empty(), Map.of("pipelines", 0.8), Optional.empty()));
        }, sent::add, WatchTopics.defaults().topics());
        return new DigestHandler(run, Duration.ofHours(24), clock, new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @Test
    void thePeriodEndsAtTheScheduledMinuteWhateverTheInvocationDelay() {
        ScheduledEvent event = new ScheduledEvent();
        event.setTime(new DateTime(2026, 11, 29, 7, 0, 0, 0, DateTimeZone.UTC));
        Clock late = Clock.fixed(Instant.parse("2026-11-29T07:00:41Z"), ZoneOffset.UTC);
        String result = handler(late).handleRequest(event, null);
        assertEquals(Instant.parse("2026-11-28T07:00:00Z"), asked.get(0)[0]);
        assertEquals(Instant.parse("2026-11-29T07:00:00Z"), asked.get(0)[1]);
        assertEquals(1, sent.size());
        assertEquals("{\"digest\":\"sent\",\"from\":\"2026-11-28T07:00:00Z\",\"until\":\"2026-11-29T07:00:00Z\",\"articles\":1,"
                + "\"topics\":{\"pipelines\":1}}", result);
        assertTrue(log.toString(StandardCharsets.UTF_8).contains(result));
    }

    @Test
    void withoutAnEventTimeTheClockSetsTheEndTruncatedToTheMinute() {
        handler(Clock.fixed(Instant.parse("2026-11-29T07:00:41.5Z"), ZoneOffset.UTC)).handleRequest(null, null);
        assertEquals(Instant.parse("2026-11-29T07:00:00Z"), asked.get(0)[1]);
    }

    @Test
    void thePeriodComesFromTheEnvironment() {
        assertEquals(Duration.ofHours(24), DigestHandler.period(Map.of()));
        assertEquals(Duration.ofHours(168), DigestHandler.period(Map.of("DIGEST_PERIOD_HOURS", "168")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DigestHandler.period(Map.of("DIGEST_PERIOD_HOURS", "0")));
        assertEquals("DIGEST_PERIOD_HOURS must be a whole number of hours between 1 and 720, was \"0\"", e.getMessage());
        assertThrows(IllegalStateException.class, () -> DigestHandler.period(Map.of("DIGEST_PERIOD_HOURS", "daily")));
    }
}
