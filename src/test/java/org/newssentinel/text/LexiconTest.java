package org.newssentinel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void numbersDistinctWordsInOrderOfFirstSightFromRangesOfText() {
        Lexicon lexicon = new Lexicon(4);
        String text = "gas pipeline Gas gas pipeline";
        assertEquals(0, lexicon.id(text, 0, 3));
        assertEquals(1, lexicon.id(text, 4, 12));
        assertEquals(2, lexicon.id(text, 13, 16), "case is kept");
        assertEquals(0, lexicon.id(text, 17, 20));
        assertEquals(1, lexicon.id("pipeline", 0, 8));
        assertEquals(3, lexicon.id(text, 4, 7), "a prefix is another word");
        assertEquals("Gas", lexicon.word(2));
        assertEquals(4, lexicon.size());
    }

    @Test
    void keepsEveryWordAndItsValuesAcrossGrowth() {
        Lexicon lexicon = new Lexicon(2);
        for (int i = 0; i < 5000; i++) {
            String w = "w" + i;
            assertEquals(i, lexicon.id(w, 0, w.length()));
            lexicon.setValue(0, i * 7);
            lexicon.setValue(Lexicon.VALUES - 1, -i);
        }
        for (int i = 4999; i >= 0; i--) {
            String w = "w" + i;
            assertEquals(i, lexicon.id(w, 0, w.length()));
            assertEquals(i * 7, lexicon.value(0));
            assertEquals(-i, lexicon.value(Lexicon.VALUES - 1));
            assertEquals(w, lexicon.word(i));
        }
        lexicon.clear();
        assertEquals(0, lexicon.id("w4999", 0, 5));
        assertEquals(0, lexicon.value(0), "a new word's values start at 0");
    }

    @Test
    void numberingCountsDistinctIntsInOrderOfFirstSight() {
        Numbering numbering = new Numbering(1);
        int[] keys = {70000, 3, 70000, 0, 3, 123456789};
        int[] expected = {0, 1, 0, 2, 1, 3};
        for (int i = 0; i < keys.length; i++) {
            assertEquals(expected[i], numbering.number(keys[i]));
        }
        for (int k = 0; k < 1000; k++) {
            assertEquals(4 + k, numbering.number(1_000_000 + k * 31));
        }
        assertEquals(3, numbering.number(123456789));
        assertEquals(1004, numbering.size());
    }

    @Test
    void numberingStaysLinearForManySpreadKeys() {
        // Keys far apart once all landed in the first 65536 slots: quadratic probing on large articles.
        // A hang guard with room for a loaded machine: linear takes milliseconds, the old probing minutes.
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
            Numbering numbering = new Numbering(16);
            for (int k = 0; k < 300_000; k++) {
                assertEquals(k, numbering.number(k * 65_536 + k % 7));
            }
        });
    }

    @Test
    void warmingLeavesIdsAndValuesAsTheyWereForAnyHashesAfterGrowthAndClearing() {
        Lexicon lexicon = new Lexicon(2);
        String text = "oil gas oil pipeline";
        int[] hashes = {"oil".hashCode(), "gas".hashCode(), "pipeline".hashCode(), "absent".hashCode(),
                Integer.MIN_VALUE, -1, 0};
        lexicon.warm(hashes, hashes.length); // empty table
        assertEquals(0, lexicon.id(text, 0, 3));
        lexicon.setValue(1, 42);
        assertEquals(1, lexicon.id(text, 4, 7));
        for (int i = 0; i < 100; i++) {
            lexicon.id("w" + i, 0, ("w" + i).length());
        }
        lexicon.warm(hashes, hashes.length);
        assertEquals(0, lexicon.id(text, 8, 11));
        assertEquals(42, lexicon.value(1));
        assertEquals(1, lexicon.id("gas", 0, 3));
        assertEquals(102, lexicon.id(text, 12, 20), "a new word still gets the next id");
        lexicon.clear();
        lexicon.warm(hashes, 3);
        assertEquals(0, lexicon.id(text, 12, 20));
    }
}
