package org.newssentinel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {

    /** Words and stems from Porter's paper and his published vocabulary/output lists. */
    @ParameterizedTest
    @CsvSource({
        "caresses, caress", "ponies, poni", "ties, ti", "caress, caress", "cats, cat",
        "feed, feed", "agreed, agre", "plastered, plaster", "bled, bled", "motoring, motor", "sing, sing",
        "hopping, hop", "falling, fall", "hissing, hiss", "filing, file", "happy, happi", "sky, sky",
        "relational, relat", "conditional, condit", "generalizations, gener", "oscillators, oscil",
        "hopefulness, hope", "adjustment, adjust", "replacement, replac", "adoption, adopt",
        "effective, effect", "controlling, control", "roll, roll",
    })
    void stemsAsPublished(String word, String stem) {
        assertEquals(stem, PorterStemmer.stem(word));
    }

    @ParameterizedTest
    @CsvSource({
        "sanction, sanction", "sanctions, sanction", "sanctioned, sanction", "sanctioning, sanction",
        "ally, alli", "allies, alli", "allied, alli", "pipeline, pipelin", "pipelines, pipelin",
        "embargo, embargo", "embargoes, embargo",
    })
    void foldsTheTopicVocabulary(String word, String stem) {
        assertEquals(stem, PorterStemmer.stem(word));
    }

    @ParameterizedTest
    @CsvSource({"eu, eu", "1987, 1987", "x2, x2", "naïve, naïve"})
    void leavesShortWordsNumbersAndNonAsciiAlone(String word, String stem) {
        assertEquals(stem, PorterStemmer.stem(word));
    }
}
