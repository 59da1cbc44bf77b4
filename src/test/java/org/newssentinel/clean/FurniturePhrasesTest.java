package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurniturePhrasesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Advertisement", "Advertisement · Scroll to continue", "ADVERTISEMENT - SCROLL TO CONTINUE",
            "©2025 Bloomberg L.P.", "© Example Media 2024", "Copyright 2025 The Associated Press. All Rights Reserved."
                    + " This material may not be published, broadcast, rewritten or redistributed without permission.",
            "Reporting by Kate Abnett; Editing by Alex Richardson", "Additional reporting by Lena Fischer in Berlin",
            "Associated Press writer Lorne Cook in Brussels contributed to this report.",
            "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept",
            "Nous utilisons des cookies. Accepter Refuser Paramétrer", "Foto: Kay Nietfeld / dpa",
            "Lire aussi | Mer Baltique : la Finlande saisit un pétrolier", "Read more: Putin's navy in retreat"})
    void furnitureLinesAreRecognised(String line) {
        assertTrue(FurniturePhrases.isFurnitureLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Advertising revenue at Russian state television has also fallen sharply since the war began, analysts said.",
            "Copyright holders in the EU will be paid for snippets under the new rules, the Commission said.",
            "Reporting on the talks has been restricted since Monday, when journalists were asked to leave the building.",
            "The regulator said websites that tell visitors \"we use cookies\" must also offer a way to refuse them.",
            "Two reporters contributed to this report's findings on the tanker fleet, which took a year to compile and"
                    + " drew on shipping records from four countries and interviews with crew members."})
    void articleSentencesThatShareTheWordsAreNot(String line) {
        assertFalse(FurniturePhrases.isFurnitureLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 min read", "Thu, Oct 30, 2025, 10:31 PM 3 min read", "Reading time: 4 min", "Temps de Lecture 3 min.", "Lesezeit: 5 Min", "2 hours ago",
            "World · 3h", "Yesterday", "45m"})
    void readingAndPostingTimesAreTimeLines(String line) {
        assertTrue(FurniturePhrases.isTimeLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Talks resume in 2 hours", "Ceasefire holds for 3 days", "The 5 min read that changed policy"})
    void linesThatMentionTimesAreNotTimeLines(String line) {
        assertFalse(FurniturePhrases.isTimeLine(line), line);
    }
}
