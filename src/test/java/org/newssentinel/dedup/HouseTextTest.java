package org.newssentinel.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newssentinel.dedup.DuplicateDecision.Verdict;

/**
 * Two short reports from one site that both carry the site's long house paragraphs: the shared
 * paragraphs make the texts look alike as bags of shingles, yet the stories differ.
 */
class HouseTextTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final List<String> HOUSE = List.of(
            "About Caspian Energy Monitor: the Monitor is an independent newsroom covering oil, gas and power across the Caspian region and "
                    + "Central Asia, with correspondents in Tbilisi, Almaty and Ashgabat whose reports are read by traders and diplomats worldwide.",
            "The Monitor is paid for by its readers. It accepts no money from governments, energy companies or lobby groups and keeps every "
                    + "article free to read; if you value independent reporting on energy, please consider a monthly contribution.",
            "Corrections: the Monitor corrects errors promptly. Write to the standards editor if you believe an article contains a factual "
                    + "error; complaints are answered within five working days and corrections are published beneath the article.");

    private final NearDuplicatePolicy policy = new NearDuplicatePolicy(DedupSettings.DEFAULTS);

    private static List<String> page(String... story) {
        List<String> paragraphs = new ArrayList<>(List.of(story));
        paragraphs.addAll(HOUSE);
        return paragraphs;
    }

    @Test
    void twoBriefsSharingOnlyTheSitesHouseParagraphsAreDifferentStories() {
        Fingerprinter fp = new Fingerprinter();
        Fingerprint blast = fp.fingerprint(page(
                "A blast near Atyrau stopped crude flows on the pipeline to the Russian port of Novorossiysk on Monday, the operator said.",
                "Repairs should take about two days."));
        ShingledText route = fp.shingle(page(
                "Turkmenistan will study a gas pipeline under the Caspian Sea to Azerbaijan, its foreign ministry said on Friday.",
                "The line would bypass Iran."));
        assertTrue(blast.similarity(route.fingerprint()) >= DedupSettings.DEFAULTS.threshold(), "the house text alone makes them look alike");
        DuplicateDecision d = policy.decide("route", route, Map.of("pipelines", 0.8), NOW,
                List.of(new IndexedArticle("blast", NOW.minus(Duration.ofHours(1)), blast, true, Map.of("pipelines", 0.8))));
        assertEquals(Verdict.ORIGINAL, d.verdict(), d.reason());
    }

    @Test
    void theSitesCopyOfAWireStoryIsStillARepeatOfTheWireWhicheverCameFirst() {
        Fingerprinter fp = new Fingerprinter();
        List<String> wire = List.of(
                "A blast near Atyrau stopped crude flows on the pipeline to the Russian port of Novorossiysk on Monday, the operator said.",
                "The consortium said repairs should take about two days and that tankers already loaded at the port were not affected.",
                "Kazakhstan ships most of its oil exports through the line, which crosses southern Russia to the Black Sea coast.",
                "Police said they were investigating the cause of the blast and had not ruled out sabotage.");
        List<String> site = page(wire.toArray(String[]::new));
        Map<String, Double> fired = Map.of("pipelines", 0.8);
        IndexedArticle storedWire = new IndexedArticle("wire", NOW.minus(Duration.ofHours(1)), fp.fingerprint(wire), true, fired);
        assertEquals(Verdict.DUPLICATE, policy.decide("site", fp.shingle(site), fired, NOW, List.of(storedWire)).verdict());
        IndexedArticle storedSite = new IndexedArticle("site", NOW.minus(Duration.ofHours(1)), fp.fingerprint(site), true, fired);
        assertEquals(Verdict.DUPLICATE, policy.decide("wire", fp.shingle(wire), fired, NOW, List.of(storedSite)).verdict());
    }

    @Test
    void anUpdatedBriefWithARewrittenFirstParagraphStillRepeatsTheBrief() {
        Fingerprinter fp = new Fingerprinter();
        Fingerprint first = fp.fingerprint(page(
                "A blast near Atyrau stopped crude flows on the pipeline to the Russian port of Novorossiysk on Monday, the operator said.",
                "The consortium said repairs should take about two days and that tankers already loaded at the port were not affected."));
        ShingledText updated = fp.shingle(page(
                "Crude flows to Novorossiysk remained halted on Tuesday after Monday's explosion near Atyrau, according to the operator.",
                "The consortium said repairs should take about two days and that tankers already loaded at the port were not affected."));
        Map<String, Double> fired = Map.of("pipelines", 0.8);
        DuplicateDecision d = policy.decide("updated", updated, fired, NOW,
                List.of(new IndexedArticle("first", NOW.minus(Duration.ofHours(1)), first, true, fired)));
        assertEquals(Verdict.DUPLICATE, d.verdict(), d.reason());
    }
}
