package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ByWordsTest {

    @Test
    void everyLanguagesWordOpensABylineInAnyCaseWithOrWithoutAColon() {
        ByWords.BY_LANGUAGE.forEach((language, words) -> {
            for (String word : words) {
                for (String opening : List.of(word + " ", word.toUpperCase(Locale.ROOT) + " ", word + ": ", word + " : ")) {
                    var m = ByWords.PREFIX.matcher(opening + "Name Surname");
                    assertTrue(m.lookingAt(), language + ": " + opening);
                    assertEquals(opening.length(), m.end(), language + ": " + opening);
                }
            }
        });
    }

    @Test
    void theLongerWordIsTakenWholeAndAWordMustBeWhole() {
        var written = ByWords.PREFIX.matcher("Written by Jane Doe");
        assertTrue(written.lookingAt());
        assertEquals("Jane Doe", "Written by Jane Doe".substring(written.end()));
        var feminine = ByWords.PREFIX.matcher("Авторка: Олена Коваленко");
        assertTrue(feminine.lookingAt());
        assertEquals("Олена Коваленко", "Авторка: Олена Коваленко".substring(feminine.end()));
        for (String notByline : List.of("Byron Smith", "Bystander Jones", "By:Jane", "Standby Jane Doe", "Parliament votes")) {
            assertFalse(ByWords.PREFIX.matcher(notByline).lookingAt(), notByline);
        }
    }
}
