package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BlockSegmenterTest {

    @Test
    void spaceIsJavaWhitespaceAndTheSpacesThatOnlyLookLikeIt() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            boolean expected = Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u2007' || c == '\u202f';

            assertEquals(expected, BlockSegmenter.isSpace((char) c), "U+" + Integer.toHexString(c));
        }
    }
}
