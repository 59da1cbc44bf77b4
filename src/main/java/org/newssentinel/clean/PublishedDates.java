package org.newssentinel.clean;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Publication dates as pages give them: normalised to ISO-8601 where they can be, and told apart from placeholders. */
final class PublishedDates {

    private static final Pattern ISO_LIKE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The e-mail and HTTP date of RFC 1123 (in meta tags and feeds): "Mon, 18 Nov 2019 16:07:38 -0600". */
    private static final Pattern RFC_1123_LIKE = Pattern.compile(
            "(?:[A-Z][a-z]{2}, )?\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}(?::\\d{2})? (?:GMT|[+-]\\d{4})");
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS][.SS][.S]xx");
    private static final DateTimeFormatter SPACE_SEPARATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private PublishedDates() {
    }

    /**
     * ISO-8601 when the value is one of the common machine formats (ISO-like or RFC 1123), always
     * with seconds (java.time's own toString drops zero seconds, so one field would come in two
     * shapes); otherwise the value as the page gave it.
     */
    static String normalise(String raw) {
        String s = raw.strip();
        // Checked by pattern first: a failed java.time parse throws, and exceptions are slow.
        if (!ISO_LIKE.matcher(s).lookingAt()) {
            if (RFC_1123_LIKE.matcher(s).matches()) {
                try {
                    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME));
                } catch (DateTimeParseException notOne) {
                    return s;
                }
            }
            return s;
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_OFFSET_DATE_TIME, OFFSET_WITHOUT_COLON}) {
            try {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.parse(s, f));
            } catch (DateTimeParseException next) {
                // try the next format
            }
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE_TIME, SPACE_SEPARATED}) {
            try {
                return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.parse(s, f));
            } catch (DateTimeParseException next) {
                // try the next format
            }
        }
        try {
            return LocalDate.parse(s.substring(0, 10)).toString();
        } catch (DateTimeParseException notADate) {
            return s;
        }
    }

    /**
     * A date no article was published on: what a CMS prints when the real one is missing, the
     * first day of year 1 (.NET's and Go's zero time) or the first instant of 1970 (a Unix time of 0).
     */
    static boolean isPlaceholder(String normalised) {
        if (!ISO_LIKE.matcher(normalised).lookingAt()) {
            return false;
        }
        int year = Integer.parseInt(normalised.substring(0, 4));
        return year < 1000 || normalised.equals("1970-01-01") || normalised.startsWith("1970-01-01T00:00Z")
                || normalised.startsWith("1970-01-01T00:00:00Z") || normalised.equals("1970-01-01T00:00")
                || normalised.equals("1970-01-01T00:00:00");
    }
}
