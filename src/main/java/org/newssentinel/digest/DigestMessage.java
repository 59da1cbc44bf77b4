package org.newssentinel.digest;

import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The bodies of one digest message: an e-mail listing every alert by topic, an SMS with the
 * counts, and a default body for other protocols.
 */
public record DigestMessage(String subject, String email, String sms, String defaultBody) {

    /** SNS rejects longer subjects. */
    public static final int MAX_SUBJECT = 99;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    public static DigestMessage render(Digest d) {
        String period = WHEN.format(d.from()) + " - " + WHEN.format(d.until()) + " UTC";
        String counts = d.sections().stream()
                .map(s -> s.entries().size() + " " + s.topic())
                .collect(Collectors.joining(", "));
        String subject = clip(ascii("News Sentinel digest: " + (d.isEmpty() ? "no alerts" : counts) + ", " + period));
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
                email.append(String.format(Locale.ROOT, "%n- %s  [%.2f]%n", oneLine(e.title()), e.firedTopics().get(s.topic())));
                email.append("  ").append(oneLine(e.sms())).append('\n');
                email.append("  ").append(WHEN.format(e.at())).append(" UTC  ").append(oneLine(e.url().orElse(e.location()))).append('\n');
            }
        }
        if (d.isEmpty()) {
            email.append("\nNo watch topic fired in this period.\n");
        }
        String sms = "News Sentinel digest " + period + ": " + (d.isEmpty() ? "no alerts" : counts + " alerts");
        return new DigestMessage(subject, email.toString(), sms, subject);
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
