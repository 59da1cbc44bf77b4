package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor();

    private static String fixture(String name) throws IOException {
        try (InputStream in = TextExtractorTest.class.getResourceAsStream("/clean/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keepsTheArticleAndItsShortQuoteLinesAndDropsEveryKindOfFurniture() throws IOException {
        Article a = extractor.extract(fixture("scraped-with-furniture.txt"));

        assertEquals("Tanker fleet grows as sanctions bite – who is buying the oil?", a.title());
        assertEquals(List.of(
                "Shipping analysts counted forty more ageing tankers in the fleet this quarter, according to a report published on Tuesday by a London consultancy.",
                "Who owns them?",
                "Most of the vessels changed hands through companies registered in the last two years, the report said, and many sail without Western insurance.",
                "Enough is enough!",
                "Port officials in two countries said they would start checking insurance papers more strictly from next month, and that ships without them would be turned away."),
                a.paragraphs());
        assertEquals(Optional.of("Maritime Monitor"), a.attribution());
        assertEquals(Optional.of("Lena Fischer"), a.byline());
        assertEquals("en", a.language());
    }

    @Test
    void aTextThatOpensWithASentenceHasNoTitleAndKeepsThatSentence() {
        Article a = extractor.extract("""
                The central bank raised its main rate by half a point on Thursday, its third rise this year.

                Economists had expected a smaller step, citing slowing growth in the second half.
                """);

        assertEquals("", a.title());
        assertEquals(List.of(
                "The central bank raised its main rate by half a point on Thursday, its third rise this year.",
                "Economists had expected a smaller step, citing slowing growth in the second half."), a.paragraphs());
    }

    @Test
    void aSingleParagraphIsTextNotATitle() {
        Article a = extractor.extract("Officials confirmed the pipeline would reopen on Friday after repairs");

        assertEquals("", a.title());
        assertEquals(List.of("Officials confirmed the pipeline would reopen on Friday after repairs"), a.paragraphs());
    }

    @Test
    void aTeaserBlockEarlyInTheTextIsDroppedUpToTheNextParagraph() {
        Article a = extractor.extract("""
                Read more

                Pipeline talks stall again
                Ministers blame each other

                The talks on the new line broke up on Monday without agreement, the third failure in a row this year, and no new date has been set for another round.

                Both sides said they remained committed to the project in principle, but would not move on the price of transit.

                Neither government commented further.
                """);

        assertEquals(List.of(
                "The talks on the new line broke up on Monday without agreement, the third failure in a row this year, and no new date has been set for another round.",
                "Both sides said they remained committed to the project in principle, but would not move on the price of transit.",
                "Neither government commented further."), a.paragraphs());
    }

    @Test
    void hardWrappedLinesJoinIntoOneParagraph() {
        Article a = extractor.extract("""
                The committee published its findings on Wednesday morning after
                a review that lasted almost two years and heard from ninety witnesses
                in four countries.
                """);

        assertEquals(List.of("The committee published its findings on Wednesday morning after a review that lasted almost"
                + " two years and heard from ninety witnesses in four countries."), a.paragraphs());
    }

    @Test
    void linkLikeLinesGo() {
        Article a = extractor.extract("""
                The regulator fined the exchange for weak checks on customers from sanctioned regions, a statement said.
                Full statement: www.regulator.example/fines
                Next story »
                """);

        assertEquals(List.of("The regulator fined the exchange for weak checks on customers from sanctioned regions, a statement said."),
                a.paragraphs());
    }

    @Test
    void aRowOfShareButtonsGoes() {
        Article a = extractor.extract("""
                The regulator fined the exchange for weak checks on customers from sanctioned regions, a statement said.

                Share on Facebook Share on Twitter Share via Email

                The exchange said it would appeal.
                """);

        assertEquals(List.of("The regulator fined the exchange for weak checks on customers from sanctioned regions, a statement said.",
                "The exchange said it would appeal."), a.paragraphs());
    }

    private static final String LEAD = "BRUSSELS (Reuters) - European Union countries on Thursday agreed a new package of"
            + " sanctions against Russia over its war in Ukraine.";

    @Test
    void aSectionLabelAboveTheHeadlineIsNotTheTitleAndDoesNotSwallowTheHeadline() {
        for (String label : List.of("Energy", "World", "Ukraine war", "EXCLUSIVE", "Russia-Ukraine war")) {
            // A three-word line with a blank line under it may be a short headline over a standfirst, so
            // only one directly on top of the headline counts as its label.
            for (String gap : label.contains("-") ? List.of("\n") : List.of("\n", "\n\n")) {
                Article a = extractor.extract(label + gap + "EU agrees new sanctions package against Russia\n\n" + LEAD
                        + "\n\nThe package adds 27 tankers to a blacklist, diplomats said.\n");

                assertEquals("EU agrees new sanctions package against Russia", a.title(), label + " with gap " + gap.length());
                assertEquals(List.of(LEAD, "The package adds 27 tankers to a blacklist, diplomats said."), a.paragraphs());
            }
        }
    }

    @Test
    void menusBreadcrumbsAndReadingTimesAboveTheHeadlineAreNotTheTitle() {
        for (String furniture : List.of("Home | News | Sport | Money | Travel", "Home > World > Europe", "Europe · Ukraine war",
                "5 min read", "Menu", "Live updates", "Skip to content\n\nEnergy")) {
            Article a = extractor.extract(furniture + "\n\nExplosion halts Druzhba oil pipeline to Hungary\n\n" + LEAD + "\n");

            assertEquals("Explosion halts Druzhba oil pipeline to Hungary", a.title(), furniture);
            assertEquals(List.of(LEAD), a.paragraphs(), furniture);
        }
    }

    @Test
    void aMenuWhoseItemsOnlyWideSpacesOrTabsSeparateIsNotTheTitle() {
        for (String menu : List.of("Home  World  Business  Energy", "Menu  Home  World  Business  Energy",
                "Home\tWorld\tBusiness\tEnergy", "Menu Home World Business Energy", "Home \u00a0World \u00a0Business")) {
            Article a = extractor.extract(menu + "\n\nEU package leaves room for Caspian oil\n\n" + LEAD + "\n");

            assertEquals("EU package leaves room for Caspian oil", a.title(), menu);
            assertEquals(List.of(LEAD), a.paragraphs(), menu);
        }
        // Title Case headlines of a few words are still headlines, and a wide gap inside a sentence is no menu.
        assertEquals("Biden Signs Pipeline Sanctions Bill", extractor.extract("Biden Signs Pipeline Sanctions Bill\n\n"
                + LEAD + "\n").title());
        assertEquals("Druzhba oil pipeline halted again after explosion",
                extractor.extract("Druzhba oil pipeline halted  again after explosion\n\n" + LEAD + "\n").title());
    }

    @Test
    void aBylineLineGivesTheNamesWithoutThePlaceOrDateAndInEveryLanguage() {
        for (String[] c : new String[][] {{"Von Anna Schmidt, Berlin", "Anna Schmidt"},
            {"By Kate Abnett and Julia Payne", "Kate Abnett, Julia Payne"}, {"מאת נועה לוי | 24.11.2026 18:45", "נועה לוי"},
            {"26 листопада 2026, 19:05 · Автор: Олена Коваленко", "Олена Коваленко"}}) {
            Article a = extractor.extract("Explosion halts Druzhba oil pipeline to Hungary\n\n" + c[0] + "\n\n" + LEAD + "\n");

            assertEquals(Optional.of(c[1]), a.byline(), c[0]);
            assertEquals(List.of(LEAD), a.paragraphs(), c[0]);
        }
    }

    @Test
    void aByWordOfAnyLanguageBeforeASingleNameIsABylineToo() {
        // One name (an agency, a desk) is no name for the visible-byline reader, which wants two words.
        for (String[] c : new String[][] {{"By Reuters", "Reuters"}, {"Written by Reuters", "Reuters"},
            {"Автор: Редакция", "Редакция"}, {"Af Ritzau", "Ritzau"}}) {
            Article a = extractor.extract("Explosion halts Druzhba oil pipeline to Hungary\n\n" + c[0] + "\n\n" + LEAD + "\n");

            assertEquals(Optional.of(c[1]), a.byline(), c[0]);
            assertEquals(List.of(LEAD), a.paragraphs(), c[0]);
        }
    }

    @Test
    void aSurnameThatOpensWithAByWordIsNoBylineLine() {
        Article surname = extractor.extract("Explosion halts Druzhba oil pipeline to Hungary\n\nDi Stefano\n\n" + LEAD + "\n");
        Article byline = extractor.extract("Explosion halts Druzhba oil pipeline to Hungary\n\nDi Marco Rossi\n\n" + LEAD + "\n");

        assertEquals(Optional.empty(), surname.byline());
        assertEquals(Optional.of("Marco Rossi"), byline.byline());
        assertEquals(List.of(LEAD), byline.paragraphs());
    }

    @Test
    void aLineOpeningWithByAndALowerCaseWordIsNoByline() {
        Article a = extractor.extract("Explosion halts Druzhba oil pipeline to Hungary\n\nby the numbers: exports fell 12% in 2025\n\n"
                + LEAD + "\n");

        assertEquals(Optional.empty(), a.byline());
        assertEquals(List.of("by the numbers: exports fell 12% in 2025", LEAD), a.paragraphs());
    }

    @Test
    void aMenuKickerBylineAndDatelineAroundTheHeadlineAllGo() throws IOException {
        Article a = extractor.extract(fixture("text/menu-kicker-byline.txt"));

        assertEquals("EU agrees new sanctions package targeting Russian LNG trade", a.title());
        assertEquals(Optional.of("Kate Abnett"), a.byline());
        assertEquals(2, a.paragraphs().size());
        assertTrue(a.paragraphs().get(0).startsWith("BRUSSELS, June 20 (Reuters)"));
    }

    @Test
    void aShortLineFollowedByMoreMenuItemsIsAMenuItemNotTheHeadline() {
        Article a = extractor.extract("""
                The Daily Planet - Back to home
                News
                Opinion

                Finland and Sweden hold first joint air defence drill as Nato allies

                Finland and Sweden have held their first joint air defence exercise since both joined Nato, rehearsing how fighter jets share radar data.
                """);

        assertEquals("Finland and Sweden hold first joint air defence drill as Nato allies", a.title());
    }

    @Test
    void aShortHeadlineAboveTheLeadIsStillTheTitleAndATwoWordLineIsNot() {
        assertEquals("Druzhba halted again", extractor.extract("Druzhba halted again\n\n" + LEAD).title());
        Article twoWords = extractor.extract("NATO expands\n\n" + LEAD);
        assertEquals("", twoWords.title());
        assertEquals(List.of("NATO expands", LEAD), twoWords.paragraphs());
    }

    @Test
    void teaserListsWithANamedHeadingOrCardTimesGoAndTheArticleStays() throws IOException {
        Article a = extractor.extract(fixture("text/teasers-mid-and-end.txt"));

        assertEquals("Chipmaker Sales Beat Estimates as Demand Rebounds in Asia", a.title());
        assertEquals(4, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.paragraphs().get(0).startsWith("(Newswire) -- The chipmaker reported"));
        assertTrue(a.paragraphs().get(1).startsWith("Revenue rose 8%"));
        assertTrue(a.paragraphs().get(2).startsWith("The chief executive said"));
        assertEquals("The shares rose about 2% in extended trading.", a.paragraphs().get(3));
    }

    private static final String MATCH = """
            Man City beat Arsenal 2-1 to go top of the Premier League

            Erling Haaland scored twice as Manchester City came from behind to beat Arsenal 2-1 at the Etihad Stadium on Sunday.

            City manager Pep Guardiola said his side had shown great character.

            """;

    @Test
    void bareTeaserHeadlinesAfterTheLastSentenceGo() {
        Article a = extractor.extract(MATCH + """
                Russia halts gas flows through Druzhba oil pipeline after drone strike

                EU agrees new sanctions on Russian oil exports and shadow fleet tankers
                """);

        assertEquals(List.of(
                "Erling Haaland scored twice as Manchester City came from behind to beat Arsenal 2-1 at the Etihad Stadium on Sunday.",
                "City manager Pep Guardiola said his side had shown great character."), a.paragraphs());
    }

    @Test
    void aTeaserStandingAboveAFooterHeadingGoesWithTheFooter() {
        Article a = extractor.extract(MATCH + """
                Russia halts gas flows through Druzhba oil pipeline after drone strike

                RELATED STORIES

                Russia halts gas flows through Druzhba oil pipeline after drone strike
                Sport · 2h
                """);

        assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
        assertEquals("City manager Pep Guardiola said his side had shown great character.", a.paragraphs().get(1));
    }

    @Test
    void oneSubheadingInsideTheArticleIsNoTeaserList() {
        Article a = extractor.extract(MATCH + """
                What the result means for the title race

                City now lead the table by a point with eleven games left, and face Liverpool at Anfield next weekend.
                """);

        assertEquals(4, a.paragraphs().size(), a.paragraphs().toString());
        assertEquals("What the result means for the title race", a.paragraphs().get(2));
    }

    @Test
    void aListTheArticleIntroducesWithAColonIsKept() {
        Article a = extractor.extract("""
                US imposes sanctions on Iranian oil network

                The U.S. Treasury on Wednesday imposed sanctions on three companies it said shipped Iranian oil to China.

                The companies sanctioned are:
                - Oceanic Star Shipping LLC
                - Blue Wave Trading FZE
                - Golden Crest Petroleum Ltd

                China said it opposed the sanctions.
                """);

        assertEquals(List.of(
                "The U.S. Treasury on Wednesday imposed sanctions on three companies it said shipped Iranian oil to China.",
                "The companies sanctioned are:", "- Oceanic Star Shipping LLC", "- Blue Wave Trading FZE",
                "- Golden Crest Petroleum Ltd", "China said it opposed the sanctions."), a.paragraphs());
    }

    @Test
    void rowsOfFiguresAreDataNotTeasers() {
        Article a = extractor.extract("""
                The agency said output fell for a third month, mainly because buyers resisted the new fixed prices set in February.

                It gave this breakdown for crude output, in mln bpd

                SAUDI ARABIA    4.9     3.7     3.8

                Iran            1.6     2.2     1.9

                Iraq            1.6     1.6     1.7

                The agency said sales might still exceed output because of stock disposals later in the year.
                """);

        assertTrue(a.paragraphs().contains("Iran 1.6 2.2 1.9"), a.paragraphs().toString());
        assertTrue(a.paragraphs().contains("It gave this breakdown for crude output, in mln bpd"), a.paragraphs().toString());
    }

    @Test
    void pathsAndTimesAreRecognisedByShapeNotBySite() {
        assertTrue(TextHeadline.isPath("Home > World > Europe"));
        assertTrue(TextHeadline.isPath("News | Sport | Money"));
        assertFalse(TextHeadline.isPath("Pipeline talks stall | Ministers blame each other for the delay"));
        assertFalse(TextHeadline.isPath("EU agrees new sanctions package against Russia"));
        assertTrue(FurniturePhrases.isTimeLine("2 hours ago"));
        assertTrue(FurniturePhrases.isTimeLine("World · 3h"));
        assertTrue(FurniturePhrases.isTimeLine("Thu, Oct 30, 2025, 10:31 PM 3 min read"));
        assertFalse(FurniturePhrases.isTimeLine("Talks resume in 2 hours"));
        assertTrue(TeaserLines.isHeading("Most Read from Bloomberg"));
        assertTrue(TeaserLines.isHeading("MORE FROM THE GUARDIAN"));
        assertFalse(TeaserLines.isHeading("Read the full report"));
    }

    @Test
    void aTextWrappedAtAFixedColumnJoinsEvenWhereTheNextLineStartsWithACapitalOrAFigure() {
        Article a = extractor.extract("""
                Kazakhstan to build Caspian oil pipeline bypassing Russia

                ASTANA, March 5 (Reuters) - Kazakhstan will build an oil pipeline
                across the Caspian Sea to Azerbaijan to reduce its dependence on
                Russian export routes, President Kassym-Jomart Tokayev said on
                Wednesday, after repeated stoppages on the CPC pipeline.

                Russia has halted flows on the CPC pipeline three times since
                2022, citing storm damage and environmental checks.
                """);

        assertEquals("Kazakhstan to build Caspian oil pipeline bypassing Russia", a.title());
        assertEquals(List.of("ASTANA, March 5 (Reuters) - Kazakhstan will build an oil pipeline across the Caspian Sea to"
                + " Azerbaijan to reduce its dependence on Russian export routes, President Kassym-Jomart Tokayev said on"
                + " Wednesday, after repeated stoppages on the CPC pipeline.",
                "Russia has halted flows on the CPC pipeline three times since 2022, citing storm damage and environmental checks."),
                a.paragraphs());
    }

    @Test
    void shortRaggedLinesOneParagraphEachStayApart() {
        Article a = extractor.extract("""
                Pipeline reopens after repairs

                Par Jean Dupont
                Filed in Budapest on 15 January 2025 at 10.05, updated at 12.30
                Officials said the line would carry oil again from Friday.
                Traders said prices fell on the news.
                Hungary welcomed the decision.
                """);

        assertEquals(List.of("Filed in Budapest on 15 January 2025 at 10.05, updated at 12.30",
                "Officials said the line would carry oil again from Friday.", "Traders said prices fell on the news.",
                "Hungary welcomed the decision."), a.paragraphs());
    }

    @Test
    void aWordHyphenatedAcrossALineBreakIsOneWordAgain() {
        Article a = extractor.extract("""
                EU agrees new sanc-
                tions package against Russia

                Brussels agreed new sanc-
                tions against Russia on Thursday, targeting the oil trade and tankers.
                """);

        assertEquals("EU agrees new sanctions package against Russia", a.title());
        assertEquals(List.of("Brussels agreed new sanctions against Russia on Thursday, targeting the oil trade and tankers."),
                a.paragraphs());
    }

    @Test
    void aSentenceBrokenAfterACommaJoinsButBulletItemsStayApart() {
        Article a = extractor.extract("""
                The Treasury imposed sanctions on three companies it said shipped Iranian oil to China on Wednesday.

                The companies sanctioned are Oceanic Star Shipping LLC,
                Blue Wave Trading FZE
                and Golden Crest Petroleum Ltd.

                Traders said the measures target:
                - Shandong Shouguang Luqing Petrochemical, a "teapot" refinery
                - Hebei Xinhai Chemical Group
                """);

        assertEquals(List.of(
                "The Treasury imposed sanctions on three companies it said shipped Iranian oil to China on Wednesday.",
                "The companies sanctioned are Oceanic Star Shipping LLC, Blue Wave Trading FZE and Golden Crest Petroleum Ltd.",
                "Traders said the measures target:",
                "- Shandong Shouguang Luqing Petrochemical, a \"teapot\" refinery",
                "- Hebei Xinhai Chemical Group"), a.paragraphs());
    }

    @Test
    void aTeaserBoxInTheMiddleOfAShortArticleTakesOnlyItsOwnLines() {
        Article a = extractor.extract("""
                Refinery fire halts fuel exports from Black Sea port

                A fire broke out at the refinery late on Monday and burned for several hours before it was put out, the \
                regional governor said, adding that nobody had been hurt and that the cause was being investigated.

                Most read
                Russia Halts Oil Pipeline Flows to Europe After Drone Strike
                NATO Allies Clash Over Defense Spending Targets Ahead of Summit

                Exports of diesel and fuel oil from the port were suspended until further notice, traders said on Tuesday.

                Repairs could take weeks.
                """);

        assertEquals(List.of(
                "A fire broke out at the refinery late on Monday and burned for several hours before it was put out, the"
                        + " regional governor said, adding that nobody had been hurt and that the cause was being investigated.",
                "Exports of diesel and fuel oil from the port were suspended until further notice, traders said on Tuesday.",
                "Repairs could take weeks."), a.paragraphs());
    }

    @Test
    void aDatelineAboveTheHeadlineIsNeitherTheTitleNorAReasonToLoseTheHeadline() {
        Article a = extractor.extract("Tuesday 4 March 2025\n\nExplosion halts Druzhba oil pipeline to Hungary\n\n" + LEAD);

        assertEquals("Explosion halts Druzhba oil pipeline to Hungary", a.title());
        assertEquals(List.of(LEAD), a.paragraphs());
        assertTrue(TextHeadline.isDateline("June 20, 2024 4:11 PM GMT+2 Updated 5 months ago"));
        assertFalse(TextHeadline.isDateline("Nato summit 2025"));
    }

    @Test
    void shortLinesOfTheArticlesOwnListStayEvenWithBlankLinesBetween() {
        Article a = extractor.extract("""
                Oscars 2025: the winners

                The Academy announced the winners of this year's awards at a ceremony in Los Angeles on Sunday night.

                Best Actor Cillian Murphy

                Best Actress Emma Stone

                Best Director Christopher Nolan

                The ceremony was watched by 19 million people in the United States, the broadcaster said.
                """);

        assertEquals(5, a.paragraphs().size(), a.paragraphs().toString());
        assertEquals("Best Actress Emma Stone", a.paragraphs().get(2));
    }

    @Test
    void aLabelEndingInAColonAboveTheHeadlineIsSkipped() {
        Article a = extractor.extract("Exclusive:\nEU agrees new sanctions package against Russia\n\n" + LEAD);

        assertEquals("EU agrees new sanctions package against Russia", a.title());
        assertEquals(List.of(LEAD), a.paragraphs());
    }

    @Test
    void aTimelineOfYearsIsTheArticlesNotTeasers() {
        Article a = extractor.extract(MATCH + """
                2016 Guardiola arrives from Bayern Munich

                2018 City win the league with a record 100 points

                2023 City complete the treble with the Champions League

                The club said it would hold a parade through the city centre if it wins the title again in May.
                """);

        assertTrue(a.paragraphs().contains("2018 City win the league with a record 100 points"), a.paragraphs().toString());
        assertEquals(6, a.paragraphs().size(), a.paragraphs().toString());
    }

    @Test
    void aBylineDatelineAndPaywallNoteBelowTheStandfirstGo() {
        Article a = extractor.extract("""
                L'OTAN renforce sa présence en mer Baltique

                Les alliés ont décidé de déployer frégates et avions de patrouille pour protéger les infrastructures sous-marines.

                Par Jean Dupont
                Publié le 15 janvier 2025 à 10h05, modifié le 15 janvier 2025 à 12h30

                Article réservé aux abonnés

                L'Alliance atlantique a annoncé mardi le lancement d'une mission de surveillance en mer Baltique, après une série d'incidents.

                Par ailleurs, la Finlande a saisi un pétrolier soupçonné de sabotage.
                """);

        assertEquals(List.of(
                "Les alliés ont décidé de déployer frégates et avions de patrouille pour protéger les infrastructures sous-marines.",
                "L'Alliance atlantique a annoncé mardi le lancement d'une mission de surveillance en mer Baltique, après une série d'incidents.",
                "Par ailleurs, la Finlande a saisi un pétrolier soupçonné de sabotage."), a.paragraphs());
        assertEquals(Optional.of("Jean Dupont"), a.byline());
    }

    @Test
    void aTickerBoxAndAnAssistanceCreditGo() {
        Article a = extractor.extract("""
                Apple Sales Beat Estimates as iPhone Demand Rebounds

                In This Article:
                AAPL +0.45%
                MSFT -0.12%

                Apple Inc. reported quarterly sales that topped analysts' estimates, helped by a rebound in iPhone demand in China.

                The shares rose about 2% in extended trading.

                --With assistance from Debby Wu.
                """);

        assertEquals(List.of(
                "Apple Inc. reported quarterly sales that topped analysts' estimates, helped by a rebound in iPhone demand in China.",
                "The shares rose about 2% in extended trading."), a.paragraphs());
    }

    @Test
    void aPressReleasesClosingSectionGoesFromItsHeadingToTheEnd() {
        Article a = extractor.extract("""
                Acme Pipelines Signs Gas Supply Deal With Baltic Utility

                HOUSTON, March 3, 2025 -- Acme Pipelines Inc. (NYSE: ACP) today announced a ten-year agreement to supply natural gas to a Baltic utility through its new subsea line.

                "This agreement secures long-term demand for the line," said Jane Roe, chief executive of Acme.

                About Acme Pipelines
                Acme Pipelines Inc. operates 4,000 miles of gas pipelines in North America and Europe. For more information, visit the company's website.

                Forward-Looking Statements
                This press release contains forward-looking statements within the meaning of the securities laws, which involve risks.

                Media Contact:
                John Doe
                press@example.com
                """);

        assertEquals(List.of(
                "HOUSTON, March 3, 2025 -- Acme Pipelines Inc. (NYSE: ACP) today announced a ten-year agreement to supply natural gas to a Baltic utility through its new subsea line.",
                "\"This agreement secures long-term demand for the line,\" said Jane Roe, chief executive of Acme."), a.paragraphs());
    }

    @Test
    void aSafeHarbourNoticeWithoutAHeadingGoesToo() {
        Article a = extractor.extract("""
                Acme Pipelines Signs Gas Supply Deal With Baltic Utility

                Acme Pipelines Inc. today announced a ten-year agreement to supply natural gas to a Baltic utility through its new subsea line.

                The first deliveries are expected in the spring of next year, once the line has been tested at full pressure.

                This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.
                """);

        assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
    }

    @Test
    void aSubheadingThatStartsWithAboutIsNoClosingSection() {
        String article = """
                Gazprom Cuts Gas Flows to Europe Again

                Gazprom cut gas flows through the remaining pipeline on Monday, citing a fault at a compressor station near the border.

                About Face
                European ministers said the cut was political, and that the fault had been known for months before the company acted.

                About 150 engineers were sent to the station on Tuesday, the company said.
                """;

        Article a = extractor.extract(article);

        assertEquals(List.of(
                "Gazprom cut gas flows through the remaining pipeline on Monday, citing a fault at a compressor station near the border.",
                "About Face",
                "European ministers said the cut was political, and that the fault had been known for months before the company acted.",
                "About 150 engineers were sent to the station on Tuesday, the company said."), a.paragraphs());
    }
    @Test
    void aLiveBlogsStampsNamingTheWriterGoAndItsTimesStayApartFromTheEntries() {
        Article a = extractor.extract("""
                Live: pipeline flows to resume

                The operator said on Tuesday that flows through the line would resume next week, after a month of repairs.

                12:10 Jane Smith
                Officials in Berlin welcomed the announcement, saying refineries in the east had been supplied.

                11:55
                Die Kommentarfunktion ist geschlossen.
                12:10 is when the pipeline reopened, according to the operator, which had kept it shut since Friday.

                Реклама
                Читайте также: Газовый спор обостряется

                Talks continue on Tuesday, and a joint statement is expected by the end of the week, officials said.
                """);

        assertEquals(List.of(
                "The operator said on Tuesday that flows through the line would resume next week, after a month of repairs.",
                "Officials in Berlin welcomed the announcement, saying refineries in the east had been supplied.",
                "11:55",
                "12:10 is when the pipeline reopened, according to the operator, which had kept it shut since Friday.",
                "Talks continue on Tuesday, and a joint statement is expected by the end of the week, officials said."),
                a.paragraphs());
    }
    @Test
    void aRussianReadAlsoHeadingTakesTheHeadlineUnderItAlong() {
        Article a = extractor.extract("""
                Нефтепровод возобновит работу

                Оператор трубопровода сообщил во вторник, что прокачка нефти возобновится на следующей неделе после ремонта.

                Читайте также:
                Газовый спор обостряется

                Чиновники в Берлине приветствовали это решение и заявили, что поставки на восточные заводы обеспечены на зиму.
                """);

        assertEquals(List.of(
                "Оператор трубопровода сообщил во вторник, что прокачка нефти возобновится на следующей неделе после ремонта.",
                "Чиновники в Берлине приветствовали это решение и заявили, что поставки на восточные заводы обеспечены на зиму."),
                a.paragraphs());
    }
}
