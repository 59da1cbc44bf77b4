package org.newssentinel.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newssentinel.clean.Article;
import org.newssentinel.text.Sentences;
import org.newssentinel.topics.Evidence;
import org.newssentinel.topics.TermMatch;
import org.newssentinel.topics.TopicScore;

class SummarizerTest {

    private static final List<String> PARAGRAPHS = List.of(
            "The Nord Stream gas pipeline was shut for ten days of maintenance, the operator said on Monday.",
            "Gas prices in Europe rose sharply after the pipeline shutdown was announced by the operator.",
            "Gas prices in Europe rose sharply after the pipeline shutdown was announced by the operator on Monday.",
            "Analysts said the maintenance of the pipeline could be extended if turbines were not returned.",
            "The weather in Berlin was mild for the season. Football fans gathered in the city centre for a match.",
            "Germany has filled its gas storage to 65% ahead of winter, the economy ministry said.",
            "The operator said gas flows through the pipeline would resume once maintenance ended.");

    private static Article article(String title) {
        return Article.of(title, PARAGRAPHS, "en");
    }

    private static List<String> allSentences() {
        List<String> out = new ArrayList<>();
        PARAGRAPHS.forEach(p -> out.addAll(Sentences.split(p)));
        return out;
    }

    @Test
    void givesTheRequestedNumberOfArticleSentencesInArticleOrder() {
        for (int n = 1; n <= 5; n++) {
            Summary s = new Summarizer(n).summarize(article("Pipeline shut"), List.of());
            assertEquals(n, s.sentences().size(), "length for n=" + n);
            List<String> all = allSentences();
            int last = -1;
            for (String sentence : s.sentences()) {
                int at = all.indexOf(sentence);
                assertTrue(at >= 0, "verbatim article sentence: " + sentence);
                assertTrue(at > last, "article order");
                last = at;
            }
        }
    }

    @Test
    void aSentenceThatAnnouncesAListAndTheListsItemsAreNoSummary() {
        Article listing = Article.of("Treasury sanctions three shippers", List.of(
                "The U.S. Treasury on Wednesday imposed sanctions on three companies it said shipped Iranian oil to China.",
                "The companies sanctioned are:", "- Oceanic Star Shipping LLC", "- Blue Wave Trading FZE",
                "- Golden Crest Petroleum Ltd", "China said it opposed the sanctions."), "en");

        Summary s = new Summarizer(3).summarize(listing, List.of());

        assertEquals(List.of("The U.S. Treasury on Wednesday imposed sanctions on three companies it said shipped Iranian oil to China.",
                "China said it opposed the sanctions."), s.sentences());
    }

    @Test
    void aShortArticleFillsUpWithShortSentencesButNotWithQuotedHeadingsOrBracketedLabels() {
        String lede = "The pipeline operator halted gas flows through the Baltic link on Monday after a pressure drop.";
        Article shortPiece = Article.of("", List.of(lede, "\u201cThe pressure problem\u201d", "Repairs began.",
                "(Graphic: gas flows in 2019 - here)"), "en");

        Summary s = new Summarizer(3).summarize(shortPiece, List.of());

        assertEquals(List.of(lede, "Repairs began."), s.sentences());
    }

    @Test
    void aTextOfFragmentsOnlyStillGetsASummary() {
        Summary s = new Summarizer(2).summarize(Article.of("", List.of("Pipeline blast", "Gas flows halted"), "en"), List.of());

        assertEquals(2, s.sentences().size());
    }

    @Test
    void prefersCentralSentencesOverAsides() {
        Summary s = new Summarizer(3).summarize(article("Pipeline shut"), List.of());
        assertFalse(s.sentences().stream().anyMatch(x -> x.contains("Football") || x.contains("weather")), s.sentences().toString());
    }

    @Test
    void neverKeepsTwoNearDuplicates() {
        Summary s = new Summarizer(6).summarize(article("Pipeline shut"), List.of());
        long copies = s.sentences().stream().filter(x -> x.startsWith("Gas prices in Europe rose sharply")).count();
        assertEquals(1, copies, s.sentences().toString());
    }

    @Test
    void shortArticleGivesWhatItHas() {
        Article one = Article.of("", List.of("Only one sentence here about the pipeline."), "en");
        Summary s = new Summarizer(3).summarize(one, List.of());
        assertEquals(List.of("Only one sentence here about the pipeline."), s.sentences());
    }

    @Test
    void headlineIsTheTitleWhenThereIsOne() {
        Summary s = new Summarizer(2).summarize(article("Nord Stream shut for maintenance"), List.of());
        assertEquals("Nord Stream shut for maintenance", s.headline());
        assertFalse(s.sentences().contains("Nord Stream shut for maintenance"));
    }

    @Test
    void headlineIsTheFirstSummarySentenceWithoutTitle() {
        Summary s = new Summarizer(2).summarize(article(""), List.of());
        assertEquals(s.sentences().get(0), s.headline());
    }

    @Test
    void titleRepeatedAsFirstLineIsNotASummarySentence() {
        List<String> paragraphs = new ArrayList<>(List.of("Nord Stream pipeline shut"));
        paragraphs.addAll(PARAGRAPHS);
        Summary s = new Summarizer(7).summarize(Article.of("Nord Stream pipeline shut", paragraphs, "en"), List.of());
        assertFalse(s.sentences().contains("Nord Stream pipeline shut"), s.sentences().toString());
    }

    @Test
    void keepsEvidenceOfAFiredTopicEvenWhenItIsNotCentral() {
        String aside = "Germany has filled its gas storage to 65% ahead of winter, the economy ministry said.";
        Summary plain = new Summarizer(2).summarize(article("Pipeline shut"), List.of());
        assertFalse(plain.sentences().contains(aside), "precondition: the aside is not central");
        TopicScore storage = topic("storage", 0.9, true, aside);
        Summary s = new Summarizer(2).summarize(article("Pipeline shut"), List.of(storage));
        assertEquals(2, s.sentences().size());
        assertTrue(s.sentences().contains(aside), s.sentences().toString());
    }

    @Test
    void evidenceOfATopicThatDidNotFireIsNotForced() {
        String aside = "Germany has filled its gas storage to 65% ahead of winter, the economy ministry said.";
        Summary s = new Summarizer(2).summarize(article("Pipeline shut"), List.of(topic("storage", 0.2, false, aside)));
        assertFalse(s.sentences().contains(aside));
    }

    @Test
    void oneEvidenceSentencePerFiredTopicWhenLengthAllows() {
        String storage = "Germany has filled its gas storage to 65% ahead of winter, the economy ministry said.";
        String football = "Football fans gathered in the city centre for a match.";
        Summary s = new Summarizer(2).summarize(article("Pipeline shut"),
                List.of(topic("storage", 0.9, true, storage), topic("sport", 0.8, true, football)));
        assertEquals(List.of(football, storage), s.sentences(), "both topics kept, in article order");
    }

    @Test
    void hugeArticleIsBoundedAndFast() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            paragraphs.add("Station s" + i + " near town t" + (i * 7) + " reported " + (i % 13) + " leaks to regulator r" + (i % 29)
                    + " and operator o" + (i % 31) + " in district d" + (i % 41) + ".");
        }
        // A hang guard, not a speed test (bench/summaries/Speed.java measures the cost): the graph is
        // capped, so this takes milliseconds, and the bound leaves room for a loaded machine.
        Summary s = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> new Summarizer(3).summarize(Article.of("Long", paragraphs, "en"), List.of()));
        assertEquals(3, s.sentences().size());
    }

    @Test
    void evidenceFarBeyondTheGraphCapIsStillKept() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            paragraphs.add("Station s" + i + " near town t" + (i * 7) + " reported " + (i % 13) + " leaks to regulator r" + (i % 29) + ".");
        }
        String late = "The pipeline operator confirmed a rupture near the border crossing.";
        paragraphs.add(1500, late);
        Summary s = new Summarizer(3).summarize(Article.of("Long", paragraphs, "en"), List.of(topic("pipelines", 0.9, true, late)));
        assertEquals(3, s.sentences().size());
        assertTrue(s.sentences().contains(late), s.sentences().toString());
        assertEquals(late, s.sentences().get(2), "article order: the late sentence comes last");
    }

    @Test
    void evidenceThatRepeatsAChosenSentenceReplacesItAndTheLengthIsKept() {
        String repeat = "Gas prices in Europe rose sharply after the pipeline shutdown was announced by the operator.";
        for (int n = 2; n <= 4; n++) {
            Summary s = new Summarizer(n).summarize(article("Pipeline shut"), List.of(topic("prices", 0.9, true, repeat)));
            assertEquals(n, s.sentences().size(), s.sentences().toString());
            assertTrue(s.sentences().contains(repeat), s.sentences().toString());
            assertEquals(1, s.sentences().stream().filter(x -> x.startsWith("Gas prices in Europe rose sharply")).count(),
                    s.sentences().toString());
        }
    }

    @Test
    void rejectsZeroSentences() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Summarizer(0));
    }

    private static TopicScore topic(String id, double score, boolean alert, String evidence) {
        return new TopicScore(id, id, score, alert, List.of(new TermMatch(id, 1)), List.of(),
                List.of(new Evidence(evidence, 1.0, List.of())));
    }


    @Test
    void ranksBestFirstKeepingArticleOrderOnTies() {
        java.util.Random random = new java.util.Random(7);
        for (int n : new int[] {0, 1, 2, 3, 7, 64, 301}) {
            double[] score = new double[n];
            for (int i = 0; i < n; i++) {
                score[i] = random.nextInt(5) / 4.0; // many ties
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                expected.add(i);
            }
            expected.sort((a, b) -> Double.compare(score[b], score[a])); // List.sort is stable
            assertEquals(expected, java.util.Arrays.stream(Summarizer.bestFirst(score)).boxed().toList(), "n=" + n);
        }
    }

    @Test
    void titleRepeatedInOtherCaseAndPunctuationIsNotASummarySentenceButLongerTextIs() {
        List<String> paragraphs = new ArrayList<>(List.of("NORD STREAM: pipeline “shut”!", "Nord Stream pipeline shut down again for checks."));
        paragraphs.addAll(PARAGRAPHS);
        Summary s = new Summarizer(7).summarize(Article.of("Nord Stream pipeline shut", paragraphs, "en"), List.of());
        assertFalse(s.sentences().contains("NORD STREAM: pipeline “shut”!"), s.sentences().toString());
        assertTrue(s.sentences().contains("Nord Stream pipeline shut down again for checks."), s.sentences().toString());
    }

    @Test
    void functionWordsOfTheArticlesLanguageDoNotMakeASentenceCentral() {
        // Two sentences of Ukrainian function words share more words with each other than the news
        // sentences share with each other: counted as content, they were the centre of the graph.
        List<String> paragraphs = List.of(
                "Уряд погодив новий пакет санкцій проти імпорту нафти.",
                "Він сказав, що це і так було, та й не на це.",
                "Пакет санкцій проти імпорту нафти набуде чинності в понеділок.",
                "Це не те, що він і вона хотіли, та й не на це.",
                "Імпорт нафти до країни впав на третину за рік.");
        Summary s = new Summarizer(1).summarize(Article.of("Санкції", paragraphs, "uk"), List.of());
        assertTrue(s.sentences().get(0).contains("санкцій"), s.sentences().toString());
    }
}
