package org.newssentinel.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newssentinel.dedup.DuplicateDecision.Verdict;

class NearDuplicatePolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Fingerprint WIRE = Fixtures.fingerprint("colombia-pipeline-bombed.txt");
    private static final ShingledText UPDATE = Fixtures.shingled("colombia-pipeline-bombed-update.txt");
    private static final ShingledText OTHER = Fixtures.shingled("colombia-eln-suspends.txt");

    private final NearDuplicatePolicy policy = new NearDuplicatePolicy(DedupSettings.DEFAULTS);

    private static IndexedArticle alerted(String id, Duration ago, Fingerprint fp, Map<String, Double> topics) {
        return new IndexedArticle(id, NOW.minus(ago), fp, true, topics);
    }

    @Test
    void aRepeatOfAnAlertedStoryIsSuppressedWithAReasonNamingTheFirst() {
        DuplicateDecision d = policy.decide("update", UPDATE, Map.of("pipelines", 0.8), NOW,
                List.of(alerted("wire", Duration.ofHours(2), WIRE, Map.of("pipelines", 0.8))));
        assertEquals(Verdict.DUPLICATE, d.verdict());
        assertFalse(d.mayAlert());
        assertEquals(Optional.of("wire"), d.duplicateOf());
        assertEquals(WIRE.similarity(UPDATE.fingerprint()), d.similarity());
        assertEquals(String.format(java.util.Locale.ROOT, "suppressed: %.2f similar to wire alerted at 2026-11-29T10:00:00Z",
                d.similarity()), d.reason());
    }

    @Test
    void aDifferentReportOnTheSameTopicAlerts() {
        DuplicateDecision d = policy.decide("eln", OTHER, Map.of("pipelines", 0.8), NOW,
                List.of(alerted("wire", Duration.ofHours(2), WIRE, Map.of("pipelines", 0.8))));
        assertEquals(Verdict.ORIGINAL, d.verdict());
        assertTrue(d.mayAlert());
        assertEquals(Optional.empty(), d.duplicateOf());
        assertEquals("original: no near-duplicate alerted in the last 72h", d.reason());
    }

    @Test
    void aRepeatThatFiresATopicTheStoryHadNotFiredAlertsAgainLinked() {
        DuplicateDecision d = policy.decide("update", UPDATE, Map.of("pipelines", 0.8, "sanctions", 0.7), NOW,
                List.of(alerted("wire", Duration.ofHours(2), WIRE, Map.of("pipelines", 0.8))));
        assertEquals(Verdict.ESCALATION, d.verdict());
        assertTrue(d.mayAlert());
        assertEquals(Optional.of("wire"), d.duplicateOf());
        assertTrue(d.reason().startsWith("alerting again: topic sanctions is new; "), d.reason());
    }

    @Test
    void aRepeatAlertsAgainOnlyWhenAScoreRisesByTheStep() {
        List<IndexedArticle> story = List.of(alerted("wire", Duration.ofHours(2), WIRE, Map.of("pipelines", 0.6)));
        assertEquals(Verdict.DUPLICATE, policy.decide("u", UPDATE, Map.of("pipelines", 0.74), NOW, story).verdict());
        DuplicateDecision rose = policy.decide("u", UPDATE, Map.of("pipelines", 0.75), NOW, story);
        assertEquals(Verdict.ESCALATION, rose.verdict());
        assertTrue(rose.reason().startsWith("alerting again: pipelines score rose from 0.60 to 0.75"), rose.reason());
    }

    @Test
    void theStorysBestScoreAndAllItsTopicsCountNotOnlyTheFirstAlerts() {
        List<IndexedArticle> story = List.of(
                alerted("wire", Duration.ofHours(5), WIRE, Map.of("pipelines", 0.6)),
                alerted("escalated", Duration.ofHours(1), UPDATE.fingerprint(), Map.of("pipelines", 0.9, "sanctions", 0.7)));
        DuplicateDecision d = policy.decide("third", UPDATE, Map.of("pipelines", 0.8, "sanctions", 0.7), NOW, story);
        assertEquals(Verdict.DUPLICATE, d.verdict());
        assertEquals(Optional.of("wire"), d.duplicateOf(), "linked to the story's first alert");
    }

    @Test
    void articlesOutsideTheWindowNotAlertedOrTheSameRecordDoNotCount() {
        Map<String, Double> fired = Map.of("pipelines", 0.8);
        assertEquals(Verdict.ORIGINAL, policy.decide("u", UPDATE, fired, NOW,
                List.of(alerted("old", Duration.ofHours(73), WIRE, fired))).verdict());
        assertEquals(Verdict.DUPLICATE, policy.decide("u", UPDATE, fired, NOW,
                List.of(alerted("recent", Duration.ofHours(71), WIRE, fired))).verdict());
        assertEquals(Verdict.ORIGINAL, policy.decide("u", UPDATE, fired, NOW,
                List.of(new IndexedArticle("quiet", NOW.minusSeconds(60), WIRE, false, Map.of()))).verdict());
        assertEquals(Verdict.ORIGINAL, policy.decide("wire", Fixtures.shingled("colombia-pipeline-bombed.txt"), fired, NOW,
                List.of(alerted("wire", Duration.ofMinutes(1), WIRE, fired))).verdict(), "a redelivery is not its own duplicate");
    }

    @Test
    void aRepeatThatWouldNotAlertAnywayIsLinkedWithoutSayingSuppressed() {
        DuplicateDecision d = policy.decide("u", UPDATE, Map.of(), NOW,
                List.of(alerted("wire", Duration.ofHours(2), WIRE, Map.of("pipelines", 0.8))));
        assertEquals(Verdict.DUPLICATE, d.verdict());
        assertTrue(d.reason().startsWith("duplicate: "), d.reason());
    }

    @Test
    void theThresholdIsConfigurable() {
        Fingerprint wire = Fixtures.fingerprint("ecuador-quake-exports.txt");
        ShingledText rewritten = Fixtures.shingled("ecuador-quake-exports-rewritten-lead.txt");
        double s = wire.similarity(rewritten.fingerprint());
        List<IndexedArticle> story = List.of(alerted("wire", Duration.ofHours(2), wire, Map.of("pipelines", 0.8)));
        assertEquals(Verdict.DUPLICATE, policy.decide("r", rewritten, Map.of("pipelines", 0.8), NOW, story).verdict());
        NearDuplicatePolicy strict = new NearDuplicatePolicy(new DedupSettings(Math.min(1.0, s + 0.01), 0.15, Duration.ofHours(72)));
        assertEquals(Verdict.ORIGINAL, strict.decide("r", rewritten, Map.of("pipelines", 0.8), NOW, story).verdict());
        NearDuplicatePolicy exact = new NearDuplicatePolicy(new DedupSettings(1.0, 0.15, Duration.ofHours(72)));
        assertEquals(Verdict.DUPLICATE, exact.decide("copy", Fixtures.shingled("ecuador-quake-exports.txt"), Map.of("pipelines", 0.8), NOW, story).verdict(), "exact copies always");
    }

    @Test
    void aBriefWhollyContainedInTheStoryIsARepeatAndTheReasonSaysContained() {
        ShingledText story = Fixtures.shingled("ecuador-quake-exports.txt");
        ShingledText brief = Fixtures.shingled("ecuador-quake-exports-brief.txt");
        assertTrue(story.fingerprint().similarity(brief.fingerprint()) < DedupSettings.DEFAULTS.threshold(), "a brief is not similar as a whole");
        Optional<NearDuplicatePolicy.Resemblance> r = policy.resemblance(story.fingerprint(), brief);
        assertTrue(r.isPresent() && r.get().contained() && r.get().value() >= NearDuplicatePolicy.CONTAINED, r.toString());
        assertEquals(r, policy.resemblance(brief.fingerprint(), story), "the same whichever was stored");
        DuplicateDecision d = policy.decide("brief", brief, Map.of("pipelines", 0.8), NOW,
                List.of(alerted("story", Duration.ofHours(2), story.fingerprint(), Map.of("pipelines", 0.8))));
        assertEquals(Verdict.DUPLICATE, d.verdict());
        assertTrue(d.reason().matches("suppressed: (0\\.9\\d|1\\.00) contained in story alerted at 2026-11-29T10:00:00Z"), d.reason());
    }

    @Test
    void containmentIsNotTrustedForATextUnderAFifthOfTheOther() {
        List<String> story = new java.util.ArrayList<>(Fixtures.clean("ecuador-quake-toll.txt").paragraphs());
        story.addAll(Fixtures.clean("ecuador-quake-repair.txt").paragraphs());
        story.addAll(Fixtures.clean("japan-chips-yeutter.txt").paragraphs());
        List<String> line = story.subList(0, 1);
        Fingerprinter fp = new Fingerprinter();
        Fingerprint whole = fp.fingerprint(story);
        ShingledText one = fp.shingle(line);
        assertTrue(one.fingerprint().shingles() < whole.shingles() / 5.0);
        assertEquals(Optional.empty(), policy.resemblance(whole, one));
    }
}
