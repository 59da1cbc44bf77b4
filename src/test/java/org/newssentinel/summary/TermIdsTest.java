package org.newssentinel.summary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newssentinel.clean.Article;
import org.newssentinel.text.ArticleText;
import org.newssentinel.text.Terms;

/** The numbered terms are exactly {@link Terms#of(String, String)}'s words, numbered by first occurrence. */
class TermIdsTest {

    private static void assertSameAsTerms(String language, List<String> paragraphs) {
        ArticleText text = ArticleText.of(Article.of("Headline", paragraphs, language));
        TermIds ids = new TermIds(text);
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < text.sentences().size(); i++) {
            String s = text.sentences().get(i);
            List<String> words = Terms.of(s, language);
            int[] expected = new int[Math.min(words.size(), TermIds.MAX_TERMS)];
            for (int k = 0; k < expected.length; k++) {
                expected[k] = numbers.computeIfAbsent(words.get(k), w -> numbers.size());
            }
            assertArrayEquals(expected, ids.of(i), s);
            assertEquals(Terms.words(s), ids.words(), s);
        }
    }

    @Test
    void englishMatchesTheTermsOfEachSentence() {
        assertSameAsTerms("en", List.of(
                "Russia's pipelines and the companies' company said gas flows had stopped.",
                "The PIPELINES of Russia\u2019s O'Neill don't rock'n'roll in 1990's or 1990'5 'quoted' words.",
                "Pipelines, pipeline and Pipeline: one term; classes, buses, analysis and status stay.",
                "Kazakhstan's oil: \u0130stanbul and \u03a3\u039f\u03a3.\u0391 are lower-cased with the sentence."));
    }

    @Test
    void otherLanguagesMatchTheTermsOfEachSentence() {
        assertSameAsTerms("fr", List.of("L'Europe et la Russie n\u00e9gocient sur le gazoduc",
                "Le gazoduc a repris aujourd'hui; l'Europe attend", "LA RUSSIE ET L'EUROPE"));
        assertSameAsTerms("de", List.of("Die Pipeline f\u00fcr Gas aus Russland", "DIE PIPELINE IST ZU"));
        assertSameAsTerms("uk", List.of("Посли у середу погодили пакет і це"));
        assertSameAsTerms("ar", List.of("العراق في النفط"));
        assertSameAsTerms("ru", List.of("\u0413\u0430\u0437\u043f\u0440\u043e\u043c \u0438 \u041d\u0430\u0444\u0442\u043e\u0433\u0430\u0437 \u043d\u0435 \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0438\u043b\u0438\u0441\u044c"));
    }

    @Test
    void keepsAtMostTheFirstTermsOfAFreakSentence() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 3 * TermIds.MAX_TERMS; i++) {
            s.append("word").append(i).append(' ');
        }
        assertSameAsTerms("en", List.of(s.toString(), "word1 and word599 again"));
        assertEquals(TermIds.MAX_TERMS, new TermIds(ArticleText.of(Article.of("", List.of(s.toString()), "en"))).of(0).length);
    }
}
