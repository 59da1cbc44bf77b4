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
    @ValueSource(strings = {"In This Article:", "Stocks mentioned", "Related Tickers", "AAPL +0.45%", "MSFT 512.30 -2.10 (-0.41%)",
            "^GSPC +0.3% BRK-B −1.1%", "7203.T +1.2%, SONY -0.8%"})
    void tickerBoxesAreFurniture(String line) {
        assertTrue(FurniturePhrases.isFurnitureLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--With assistance from Debby Wu.", "(With reporting by Jane Doe in Paris and Li Wei)",
            "— With additional assistance from Mark Gurman and Debby Wu", "Contributing: Jane Doe, USA TODAY",
            "Contributing reporters: Ana Ruiz, Tom Berg", "Mit Material von dpa und AFP", "(Con información de EFE)",
            "- Reporting by Kate Abnett", "Reporting: Kate Abnett and Julia Payne in Brussels"})
    void creditsToOtherReportersInTheirSeveralFormsAreFurniture(String line) {
        assertTrue(FurniturePhrases.isFurnitureLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Our Standards: The Thomson Reuters Trust Principles.", "Read our editorial standards",
            "Article réservé aux abonnés", "Cet article est réservé aux abonnés", "This story is for subscribers only.",
            "Subscriber-only content", "Dieser Artikel ist nur für Abonnenten", "Exclusivo para suscriptores",
            "Conteúdo exclusivo para assinantes", "Articolo riservato agli abbonati"})
    void trustNotesAndPaywallNotesAreFurniture(String line) {
        assertTrue(FurniturePhrases.isFurnitureLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"With assistance from China, Pakistan built the port in less than three years.",
            "With reporting by local journalists restricted, little is known about the strikes.",
            "Reporting: the ministry will publish the figures every quarter from next year.",
            "GDP +2.5% in the third quarter, the statistics office said.", "The new service is for subscribers only, the company said.",
            "Members of the alliance agreed to raise spending targets.", "The regulator asked banks to follow its principles: trust, care and transparency."})
    void sentencesThatOpenLikeCreditsQuotesOrPaywallsAreNot(String line) {
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
    @ParameterizedTest
    @ValueSource(strings = {"Comments are closed.", "Comments are closed for this article.", "Commenting is disabled for this story",
            "Comments have been turned off", "Comments on this article are now closed.", "Die Kommentarfunktion ist geschlossen.",
            "Die Kommentarfunktion für diesen Artikel wurde deaktiviert", "Kommentare sind geschlossen",
            "Les commentaires sont fermés", "Los comentarios están cerrados.", "Комментарии закрыты"})
    void closedCommentsNoticesAreFurniture(String line) {
        assertTrue(FurniturePhrases.isFurnitureLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Comments are closed to the public until the hearing ends, the court said.",
            "Die Kommentarfunktion ist geschlossen worden, weil Nutzer den Minister bedroht hatten, sagte die Redaktion.",
            "Комментарии закрыты для читателей из-за угроз в адрес министра, сообщила редакция."})
    void sentencesAboutClosedCommentsAreNot(String line) {
        assertFalse(FurniturePhrases.isFurnitureLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Реклама", "Werbung", "Publicidade", "Pubblicità", "Advertentie", "Mehr zum Thema", "Mehr zum Thema:", "Lesen Sie auch",
            "Читайте также: Газовый спор обостряется", "Читайте также", "Смотрите также: Санкции против танкеров"})
    void readAlsoAndAdvertisementLabelsInMoreLanguagesAreFurniture(String line) {
        assertTrue(FurniturePhrases.isFurnitureLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12:10 Jane Smith", "09:45 – J. Smith", "11.55 Uhr Lena Fischer", "14h30 Jean Dupont",
            "23:59 GMT Tom Berg", "7:30 PM Anna-Lena Vogt", "4:14 p.m. · Ed Alvarez"})
    void aLiveBlogsStampsThatNameTheEntrysWriterAreFurniture(String line) {
        assertTrue(FurniturePhrases.isFurnitureLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12:10 is when the pipeline reopened, the operator said.", "12:10 Jane Smith said the line reopened.",
            "12:10 Pipeline Operator Resumes Flows", "12:10 p.m. was the deadline", "24:10 Jane Smith", "12:100 Jane Smith",
            "1.500 Tonnen", "10.000 Barrel am Tag"})
    void linesThatOnlyStartWithATimeAreNotStamps(String line) {
        assertFalse(FurniturePhrases.isFurnitureLine(line), line);
    }

    /** The times that head a live blog's entries tell the updates apart; they stay as the article's subheadings do. */
    @ParameterizedTest
    @ValueSource(strings = {"12:10", "4:14 p.m.", "11.55 Uhr", "9:05 a.m. ET", "14h30", "23:59 GMT"})
    void aTimeAloneIsNotFurniture(String line) {
        assertFalse(FurniturePhrases.isFurnitureLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void aBlankLineIsNoFurnitureAndNoError(String blank) {
        assertFalse(FurniturePhrases.isFurnitureLine(blank));
    }
}
