package org.newssentinel.digest;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newssentinel.summary.SafeText;

/**
 * The bodies of one digest message: an e-mail listing every alert by topic, an SMS with the
 * counts, and a default body for other protocols.
 */
public record DigestMessage(String subject, String email, String sms, String defaultBody) {

    /** SNS rejects longer subjects. */
    public static final int MAX_SUBJECT = 99;
    /** With the year always: a digest read later, or over a year's end, must not leave it to guess. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_IN_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** The tags and scores an SMS starts with ("#a 0.91 #b 0.72: ", or the older "#a #b 0.91: "); topic ids hold no ':'. */
    private static final Pattern SMS_TAGS = Pattern.compile("^#[^:]*\\d\\.\\d\\d: ");

    public static DigestMessage render(Digest d) {
        String period = WHEN.format(d.from()) + " - " + WHEN.format(d.until()) + " UTC";
        String days = days(d.from(), d.until());
        String counts = d.sections().stream()
                .map(s -> s.entries().size() + " " + s.topic())
                .collect(Collectors.joining(", "));
        String subject = clip(ascii("News Sentinel digest: " + (d.isEmpty() ? "no alerts" : counts) + ", " + days));
        StringBuilder email = new StringBuilder();
        email.append("News Sentinel digest, ").append(period).append("\n");
        email.append(plural(d.articles(), "article")).append(" alerted");
        if (d.suppressed() > 0) {
            email.append("; ").append(plural(d.suppressed(), "repeat")).append(" of stories already listed left out");
        }
        email.append(".\n");
        for (Digest.Section s : d.sections()) {
            email.append("\n== ").append(oneLine(s.label())).append(" (").append(s.topic()).append("): ")
                    .append(plural(s.entries().size(), "alert")).append(" ==\n");
            for (DigestEntry e : s.entries()) {
                email.append("\n- ").append(oneLine(e.title())).append("  [").append(scores(e, s.topic())).append("]\n");
                // The SMS's own tags would repeat the scores, as of when it was sent; what is left is
                // worth a line only when it says more than the headline above (a summary, a transliteration).
                String sms = SMS_TAGS.matcher(oneLine(e.sms())).replaceFirst("");
                String said = sms.endsWith("...") ? sms.substring(0, sms.length() - 3) : sms.endsWith("\u2026") ? sms.substring(0, sms.length() - 1) : sms;
                if (!said.isBlank() && !oneLine(e.title()).startsWith(said.strip()) && !SafeText.gsm7(e.title()).startsWith(said.strip())) {
                    email.append("  ").append(sms).append('\n');
                }
                email.append("  ").append(WHEN.format(e.at())).append(" UTC  ").append(oneLine(e.url().orElse(e.location()))).append('\n');
            }
        }
        if (d.isEmpty()) {
            email.append("\nNo watch topic fired in this period.\n");
        }
        String sms = "News Sentinel digest " + days + ": " + (d.isEmpty() ? "no alerts" : counts + " alerts");
        return new DigestMessage(subject, email.toString(), sms, subject);
    }

    /** "0.78" in the section of the topic, then the other topics the article fired with their own scores. */
    private static String scores(DigestEntry e, String topic) {
        String own = String.format(Locale.ROOT, "%.2f", e.firedTopics().get(topic));
        String others = e.firedTopics().entrySet().stream().filter(t -> !t.getKey().equals(topic))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(t -> String.format(Locale.ROOT, "%s %.2f", t.getKey(), t.getValue()))
                .collect(Collectors.joining(", "));
        return others.isEmpty() ? own : own + "; also " + others;
    }

    /** The days the period covers, with the year: "29 Nov 2026", "28 Nov - 29 Nov 2026", "28 Dec 2026 - 4 Jan 2027". */
    static String days(Instant from, Instant until) {
        // The period's end is exclusive: a digest ending at midnight covers the day before.
        Instant last = until.isAfter(from) ? until.minusMillis(1) : until;
        if (DAY.format(from).equals(DAY.format(last))) {
            return DAY.format(last);
        }
        boolean sameYear = from.atZone(ZoneOffset.UTC).getYear() == last.atZone(ZoneOffset.UTC).getYear();
        return (sameYear ? DAY_IN_YEAR.format(from) : DAY.format(from)) + " - " + DAY.format(last);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    // Article text may carry control or layout characters that would break a line-oriented e-mail.
    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", " ").replaceAll(" {2,}", " ").strip();
    }

    // SNS accepts only printable ASCII in subjects.
    private static String ascii(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.replaceAll("[^\\x20-\\x7e]", "").replaceAll(" {2,}", " ").strip();
    }

    private static String clip(String text) {
        return text.length() <= MAX_SUBJECT ? text : text.substring(0, MAX_SUBJECT - 3).stripTrailing() + "...";
    }
}
