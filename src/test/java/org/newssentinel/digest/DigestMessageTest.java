package org.newssentinel.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.model.PublishRequest;

class DigestMessageTest {

    private static final Digest DIGEST = Digest.of(DigestTest.FROM, DigestTest.UNTIL, List.of(
            new DigestEntry("quake", DigestTest.UNTIL.minusSeconds(3600), "Ecuador halts crude exports after quake\u2028",
                    "s3://uploads/quake.txt", "Ecuador suspends oil exports; pipeline damaged.", Optional.of("https://example.org/q"),
                    Map.of("pipelines", 0.714), Optional.empty()),
            DigestTest.entry("copy", 2, Map.of("pipelines", 0.7), Optional.of("quake")),
            DigestTest.entry("chips", 3, Map.of("sanctions", 0.9), Optional.empty())), DigestTest.TOPICS);

    @Test
    void theEmailListsEachTopicsAlertsWithScoreSummaryTimeAndLink() {
        DigestMessage m = DigestMessage.render(DIGEST);
        assertEquals("News Sentinel digest: 1 pipelines, 1 sanctions, 28 Nov - 29 Nov 2026", m.subject());
        String email = m.email();
        assertTrue(email.startsWith("News Sentinel digest, 28 Nov 2026 07:00 - 29 Nov 2026 07:00 UTC\n"
                + "2 articles alerted; 1 repeat of stories already listed left out.\n"), email);
        assertTrue(email.contains("- Ecuador halts crude exports after quake  [0.71]\n"
                + "  Ecuador suspends oil exports; pipeline damaged.\n"
                + "  29 Nov 2026 06:00 UTC  https://example.org/q\n"), email);
        assertTrue(email.contains("(sanctions): 1 alert ==\n"), email);
        assertTrue(email.contains("s3://uploads/chips.html"), "without a URL the upload's location is given");
        assertTrue(!email.contains("copy"), "the suppressed repeat is not listed");
        assertEquals("News Sentinel digest 28 Nov - 29 Nov 2026: 1 pipelines, 1 sanctions alerts", m.sms());
    }

    @Test
    void aMultiTopicArticleShowsItsScoreInTheSectionAndEveryOtherTopicsOwnScore() {
        String title = "NATO allies agree to protect Baltic pipelines and sanction shadow fleet tankers";
        Digest d = Digest.of(DigestTest.FROM, DigestTest.UNTIL, List.of(
                new DigestEntry("multi", DigestTest.UNTIL.minusSeconds(60), title, "alerts/a08-multi.txt",
                        "#alliances #pipelines #sanctions 0.90: " + title, Optional.empty(),
                        Map.of("alliances", 0.90, "pipelines", 0.81, "sanctions", 0.78), Optional.empty()),
                new DigestEntry("cyr", DigestTest.UNTIL.minusSeconds(120), "ЄС ухвалив пакет санкцій", "alerts/uk.txt",
                        "#sanctions 0.75: YeS ukhvaliv paket sanktsiy", Optional.empty(), Map.of("sanctions", 0.75), Optional.empty())),
                DigestTest.TOPICS);
        String email = DigestMessage.render(d).email();
        assertTrue(email.contains("- " + title + "  [0.78; also alliances 0.90, pipelines 0.81]\n  29 Nov 2026 06:59 UTC"), email);
        assertTrue(email.contains("- " + title + "  [0.81; also alliances 0.90, sanctions 0.78]\n"), email);
        assertTrue(!email.contains("0.90:"), "the SMS's shared score is not repeated: " + email);
        assertTrue(email.contains("  [0.75]\n  29 Nov 2026 06:58 UTC"), "the SMS's transliteration of the headline is not repeated: " + email);
    }

    @Test
    void thePeriodAlwaysCarriesTheYear() {
        assertEquals("29 Nov 2026", DigestMessage.days(Instant.parse("2026-11-29T06:00:00Z"), Instant.parse("2026-11-29T07:30:00Z")));
        assertEquals("28 Nov 2026", DigestMessage.days(Instant.parse("2026-11-28T00:00:00Z"), Instant.parse("2026-11-29T00:00:00Z")),
                "the end is exclusive");
        assertEquals("31 Dec 2026 - 1 Jan 2027", DigestMessage.days(Instant.parse("2026-12-31T07:00:00Z"),
                Instant.parse("2027-01-01T07:00:00Z")));
        Digest old = Digest.of(Instant.parse("2025-10-25T20:58:00Z"), Instant.parse("2026-11-29T20:58:00Z"), List.of(), DigestTest.TOPICS);
        assertTrue(DigestMessage.render(old).email().startsWith("News Sentinel digest, 25 Oct 2025 20:58 - 29 Nov 2026 20:58 UTC\n"));
    }

    @Test
    void theSnsMessageIsMarkedAsADigestForFilterPolicies() throws Exception {
        PublishRequest r = SnsDigestPublisher.request(DIGEST, "arn:aws:sns:us-east-1:123456789012:alerts");
        assertEquals("json", r.messageStructure());
        assertEquals("digest", r.messageAttributes().get("kind").stringValue());
        assertEquals("String", r.messageAttributes().get("kind").dataType());
        assertEquals("[\"pipelines\",\"sanctions\"]", r.messageAttributes().get("topics").stringValue());
        assertEquals("String.Array", r.messageAttributes().get("topics").dataType());
        assertEquals("2", r.messageAttributes().get("alerts").stringValue());
        JsonNode body = new ObjectMapper().readTree(r.message());
        assertEquals(DigestMessage.render(DIGEST).email(), body.get("email").asText());
        assertTrue(body.hasNonNull("default") && body.hasNonNull("sms"));
        assertTrue(r.subject().length() <= 99 && r.subject().chars().allMatch(c -> c >= 0x20 && c < 0x7f));
    }
}
