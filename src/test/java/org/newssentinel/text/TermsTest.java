package org.newssentinel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void englishDropsFunctionWordsAndFoldsPlurals() {
        assertEquals(List.of("russia", "pipeline", "company", "company", "said", "gas", "flow", "stopped"),
                Terms.of("Russia's pipelines and the companies' company said gas flows had stopped."));
    }

    @Test
    void otherLanguagesUseTheirOwnFunctionWordsAndNoEnglishStemming() {
        assertEquals(List.of("газпром", "нафтогаз", "договорились", "транзите"),
                Terms.of("Газпром и Нафтогаз не договорились о транзите", "ru"));
        assertEquals(List.of("europe", "russie", "négocient", "gazoduc"),
                Terms.of("L'Europe et la Russie négocient sur le gazoduc", "fr"));
        assertEquals(List.of("pipeline", "gas", "russland"), Terms.of("Die Pipeline für Gas aus Russland", "de"));
    }

    @Test
    void unknownLanguageFallsBackToEnglish() {
        assertEquals(List.of("sanction", "bank"), Terms.of("The sanctions on banks", "und"));
    }

    @Test
    void everyLanguageTheDetectorKnowsHasItsFunctionWords() {
        // Ukrainian, Italian and Arabic had none: their function words counted as content and made
        // long sentences look central.
        assertEquals(List.of("посли", "середу", "погодили", "пакет", "санкцій", "росії"),
                Terms.of("Посли у середу погодили пакет санкцій і це для Росії", "uk"));
        assertEquals(List.of("gasdotto", "russia", "chiuso"), Terms.of("Il gasdotto della Russia è chiuso", "it"));
        assertEquals(List.of("العراق", "النفط", "أنابيب"), Terms.of("العراق في النفط من أنابيب", "ar"));
        assertEquals(List.of("סנקציות", "נפט"), Terms.of("סנקציות על נפט של", "he"));
        assertEquals(List.of("de", "gasleiding"), Terms.of("De gasleiding", "en"));
    }
}
