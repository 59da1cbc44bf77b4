package org.newssentinel.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How every store writes a time: UTC ISO-8601 with milliseconds, fixed width
 * ({@code 2026-03-12T10:00:00.000Z}), finer digits cut off. Fixed width makes string order time
 * order, which sort keys (the topic-alert index, fingerprint bands) and the local files rely on;
 * {@link Instant#parse} reads it back, as it reads the nanosecond times earlier versions wrote. One definition for the record stores and the
 * near-duplicate indexes, so that their times compare with each other. Holds for years 1 to 9999
 * (a wider year would take a sign). Stateless and thread-safe.
 */
public final class StoredTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private StoredTime() {
    }

    /** {@code time} as stores write it; see the class contract. */
    public static String format(Instant time) {
        return FORMAT.format(time);
    }
}
