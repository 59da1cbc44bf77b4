package org.newssentinel.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newssentinel.topics.WatchTopic;
import org.newssentinel.topics.WatchTopics;

class DigestTest {

    static final Instant UNTIL = Instant.parse("2026-11-29T07:00:00Z");
    static final Instant FROM = UNTIL.minus(Duration.ofHours(24));
    static final List<WatchTopic> TOPICS = WatchTopics.defaults().topics();

    static DigestEntry entry(String id, int hoursAgo, Map<String, Double> fired, Optional<String> repeatOf) {
        return new DigestEntry(id, UNTIL.minus(Duration.ofHours(hoursAgo)), "Headline of " + id, "s3://uploads/" + id + ".html",
                "SMS of " + id, Optional.empty(), fired, repeatOf);
    }

    @Test
    void groupsByTopicInConfiguredOrderStrongestFirstAndLeavesRepeatsOut() {
        List<DigestEntry> alerts = List.of(
                entry("quake", 20, Map.of("pipelines", 0.71), Optional.empty()),
                entry("quake-copy", 19, Map.of("pipelines", 0.71), Optional.of("quake")),
                entry("chips", 10, Map.of("sanctions", 0.9), Optional.empty()),
                entry("both", 5, Map.of("pipelines", 0.93, "sanctions", 0.66), Optional.empty()));
        Digest d = Digest.of(FROM, UNTIL, alerts, TOPICS);
        assertEquals(List.of("pipelines", "sanctions"), d.sections().stream().map(Digest.Section::topic).toList());
        assertEquals(List.of("both", "quake"), ids(d.sections().get(0)));
        assertEquals(List.of("chips", "both"), ids(d.sections().get(1)));
        assertEquals(3, d.articles());
        assertEquals(1, d.suppressed());
        assertFalse(d.isEmpty());
    }

    @Test
    void anUpdatedArticleThatAlertedAgainIsListedOnceWithEveryTopicAtItsBest() {
        DigestEntry first = new DigestEntry("story.txt#v1", UNTIL.minus(Duration.ofHours(3)), "Caspian pipeline deal", "inbox/story.txt",
                "SMS v1", Optional.empty(), Map.of("pipelines", 0.93), Optional.empty());
        DigestEntry update = new DigestEntry("story.txt#v2", UNTIL.minus(Duration.ofHours(1)), "Caspian pipeline deal", "inbox/story.txt",
                "SMS v2", Optional.empty(), Map.of("pipelines", 0.92, "sanctions", 0.81), Optional.empty());
        // The same file later holding another story is another article.
        DigestEntry other = new DigestEntry("story.txt#v3", UNTIL, "Grain corridor reopens", "inbox/story.txt",
                "SMS v3", Optional.empty(), Map.of("pipelines", 0.7), Optional.empty());

        Digest d = Digest.of(FROM, UNTIL.plusSeconds(1), List.of(first, update, other), TOPICS);

        assertEquals(2, d.articles());
        assertEquals(List.of("story.txt#v2", "story.txt#v3"), ids(d.sections().get(0)));
        DigestEntry merged = d.sections().get(0).entries().get(0);
        assertEquals(Map.of("pipelines", 0.93, "sanctions", 0.81), merged.firedTopics());
        assertEquals("SMS v2", merged.sms());
        assertEquals(List.of("story.txt#v2"), ids(d.sections().get(1)));
    }

    @Test
    void aTopicNoLongerConfiguredStillAppearsAfterTheConfiguredOnes() {
        Digest d = Digest.of(FROM, UNTIL, List.of(entry("x", 1, Map.of("cyber", 0.8), Optional.empty()),
                entry("y", 1, Map.of("alliances", 0.8), Optional.empty())), TOPICS);
        assertEquals(List.of("alliances", "cyber"), d.sections().stream().map(Digest.Section::topic).toList());
        assertEquals("cyber", d.sections().get(1).label());
    }

    @Test
    void onlyRepeatsMakeAnEmptyDigest() {
        Digest d = Digest.of(FROM, UNTIL, List.of(entry("copy", 1, Map.of("pipelines", 0.8), Optional.of("first"))), TOPICS);
        assertTrue(d.isEmpty());
        assertEquals(1, d.suppressed());
    }

    @Test
    void theRunPublishesOnlyADigestWithSomethingInIt() {
        List<Digest> published = new ArrayList<>();
        List<Instant[]> asked = new ArrayList<>();
        AlertHistory history = (from, until) -> {
            asked.add(new Instant[] {from, until});
            return from.isBefore(FROM) ? List.of() : List.of(entry("quake", 2, Map.of("pipelines", 0.7), Optional.empty()));
        };
        DigestRun run = new DigestRun(history, published::add, TOPICS);
        Digest d = run.run(Duration.ofHours(24), UNTIL);
        assertEquals(1, published.size());
        assertEquals(d, published.get(0));
        assertEquals(FROM, asked.get(0)[0]);
        assertEquals(UNTIL, asked.get(0)[1]);
        run.run(Duration.ofHours(48), UNTIL);
        assertEquals(1, published.size(), "an empty period sends nothing");
    }

    private static List<String> ids(Digest.Section s) {
        return s.entries().stream().map(DigestEntry::id).toList();
    }
}
