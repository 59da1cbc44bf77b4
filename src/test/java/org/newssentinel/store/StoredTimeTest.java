package org.newssentinel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredTimeTest {

    @Test
    void timesAreWrittenInUtcWithMillisecondsAtFixedWidthFinerDigitsCutOff() {
        assertEquals("1970-01-01T00:00:00.000Z", StoredTime.format(Instant.EPOCH));
        assertEquals("1969-12-31T23:59:59.999Z", StoredTime.format(Instant.EPOCH.minusMillis(1)));
        assertEquals("2026-03-12T10:00:00.000Z", StoredTime.format(Instant.parse("2026-03-12T10:00:00Z")));
        assertEquals("2026-03-12T10:00:00.500Z", StoredTime.format(Instant.parse("2026-03-12T10:00:00.5Z")));
        assertEquals("2026-11-28T20:58:08.464Z", StoredTime.format(Instant.parse("2026-11-28T20:58:08.464150399Z")));
        assertEquals("2026-12-31T23:59:59.999Z", StoredTime.format(Instant.parse("2026-12-31T23:59:59.999999999Z")));
        assertEquals("0999-01-01T00:00:00.000Z", StoredTime.format(Instant.parse("0999-01-01T00:00:00Z")));
        assertEquals("9999-12-31T23:59:59.999Z", StoredTime.format(Instant.parse("9999-12-31T23:59:59.999Z")));
    }

    @Test
    void stringOrderIsTimeOrderAndParsingGivesTheTimeToTheMillisecond() {
        List<Instant> times = List.of(Instant.parse("0999-01-01T00:00:00Z"), Instant.EPOCH.minusMillis(1), Instant.EPOCH,
                Instant.parse("2026-03-12T09:59:59.999999Z"), Instant.parse("2026-03-12T10:00:00Z"),
                Instant.parse("2026-03-12T10:00:00.001Z"), Instant.parse("2026-03-12T10:00:01Z"));
        List<String> written = new ArrayList<>();
        for (Instant t : times) {
            String s = StoredTime.format(t);
            assertEquals(24, s.length(), s);
            assertEquals(t.truncatedTo(ChronoUnit.MILLIS), Instant.parse(s));
            written.add(s);
        }
        assertEquals(written.stream().sorted().toList(), written);
    }
}
