package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublishedDatesTest {

    @Test
    void normalisesCommonDateFormatsAndKeepsOthersAsGiven() {
        assertEquals("2026-11-27T16:05:00Z", PublishedDates.normalise("2026-11-27T16:05:00.000Z"));
        assertEquals("2026-11-27T16:05:00", PublishedDates.normalise("2026-11-27 16:05:00"));
        assertEquals("2026-11-27", PublishedDates.normalise("2026-11-27"));
        assertEquals("27 November 2026", PublishedDates.normalise("27 November 2026"));
        // The e-mail and HTTP date (RFC 1123), with or without the weekday and the seconds.
        assertEquals("2019-11-18T16:07:38-06:00", PublishedDates.normalise("Mon, 18 Nov 2019 16:07:38 -0600"));
        assertEquals("2019-11-19T07:09:00Z", PublishedDates.normalise("19 Nov 2019 07:09 GMT"));
        assertEquals("Mon, 32 Nov 2019 16:07:38 -0600", PublishedDates.normalise("Mon, 32 Nov 2019 16:07:38 -0600"));
        assertEquals("19 Nov 2019 07:09 CET", PublishedDates.normalise("19 Nov 2019 07:09 CET"));
    }

    @Test
    void oldDatesAreDatesButYearOneAndTheEpochAreNot() {
        assertTrue(PublishedDates.isPlaceholder("0001-01-01T00:00Z"));
        assertTrue(PublishedDates.isPlaceholder("0001-01-01"));
        assertTrue(PublishedDates.isPlaceholder("1970-01-01T00:00Z"));
        assertTrue(PublishedDates.isPlaceholder("1970-01-01"));
        // An archive's scanned front page is dated as printed; a time on the first day of 1970 is a time.
        assertFalse(PublishedDates.isPlaceholder("1851-09-18"));
        assertFalse(PublishedDates.isPlaceholder("1970-01-01T14:30Z"));
        assertFalse(PublishedDates.isPlaceholder("November 19, 2019"));
    }
}
