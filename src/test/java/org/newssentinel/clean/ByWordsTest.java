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

    @Test
    void aByWordThatAlsoOpensSurnamesIsKeptWhenOnlyTheRestOfASurnameFollows() {
        for (String surname : List.of("Di Stefano", "Di Maio, Roma", "di Stefano", "DI STEFANO", "Von der Leyen",
                "von der Leyen", "Von Trapp", "Di Stefano | 3 min", "Giovanni Di Stefano", "Di ")) {
            assertEquals(-1, ByWords.namesStart(surname), surname);
            assertEquals(surname, ByWords.strip(surname));
        }
    }

    @Test
    void aByWordThatAlsoOpensSurnamesGoesBeforeAFullNameAnAgencyOrAColon() {
        for (String[] c : new String[][] {{"di Marco Rossi", "Marco Rossi"}, {"Di Marco Rossi, Roma", "Marco Rossi, Roma"},
            {"Di Giovanni Di Stefano", "Giovanni Di Stefano"}, {"DI MARCO ROSSI", "MARCO ROSSI"},
            {"Von Ursula von der Leyen", "Ursula von der Leyen"}, {"Von dpa", "dpa"}, {"Von AFP", "AFP"},
            {"Di: Stefano", "Stefano"}}) {
            assertEquals(c[1], ByWords.strip(c[0]), c[0]);
        }
    }

    @Test
    void theOtherShortByWordsOpenNoSurnameAndParticlesAloneAreNoByWords() {
        for (String[] c : new String[][] {{"Door Jan van Dijk", "Jan van Dijk"}, {"Door ANP", "ANP"}, {"Af Ritzau", "Ritzau"},
            {"Por EFE", "EFE"}, {"Por Ana da Silva", "Ana da Silva"}, {"Par Charles de Gaulle", "Charles de Gaulle"},
            {"Par AFP", "AFP"}, {"Av Anna Lindh", "Anna Lindh"}, {"By Reuters", "Reuters"}}) {
            assertEquals(c[1], ByWords.strip(c[0]), c[0]);
        }
        for (String name : List.of("van Dijk", "Van Dijk", "de Gaulle", "De Luca", "Da Silva", "Del Piero", "Ter Stegen")) {
            assertEquals(name, ByWords.strip(name));
        }
    }
}
