package org.newssentinel.alert;

import java.util.Locale;
import org.newssentinel.pipeline.Analysis;
import org.newssentinel.topics.Evidence;
import org.newssentinel.topics.TermMatch;
import org.newssentinel.topics.TopicScore;

/**
 * The three bodies of one alert, rendered from one {@link Alert}: the e-mail (subject and body),
 * the SMS and the default body for other protocols.
 */
public record AlertMessage(String subject, String email, String sms, String defaultBody) {

    public static final int MAX_SUBJECT = 99;

    public static AlertMessage render(Alert alert) {
        Analysis a = alert.analysis();
        String topics = String.join(", ", a.firedTopics().stream().map(TopicScore::topic).toList());
        String subject = clip(ascii("News Sentinel [" + topics + "]: " + a.summary().headline()), MAX_SUBJECT);
        StringBuilder email = new StringBuilder();
        email.append(clean(a.summary().headline())).append("\n\n");
        email.append("Source: ").append(alert.location()).append('\n');
        a.article().url().ifPresent(u -> email.append("URL: ").append(clean(u)).append('\n'));
        a.article().publishedDate().ifPresent(d -> email.append("Published: ").append(clean(d)).append('\n'));
        email.append('\n');
        for (TopicScore t : a.firedTopics()) {
            email.append(String.format(Locale.ROOT, "%s (%s): score %.2f%n", t.label(), t.topic(), t.score()));
            email.append("  terms: ").append(String.join(", ", t.terms().stream().map(m -> m.term() + " x" + m.count()).toList())).append('\n');
            for (Evidence e : t.evidence()) {
                email.append("  - ").append(clean(e.sentence())).append('\n');
            }
        }
        email.append("\nSummary:\n");
        a.summary().sentences().forEach(s -> email.append("  ").append(clean(s)).append('\n'));
        String defaultBody = clean(a.summary().headline()) + " (" + topics + ") " + alert.location();
        return new AlertMessage(subject, email.toString(), a.summary().sms(), defaultBody);
    }

    static String termList(TopicScore t) {
        return String.join(", ", t.terms().stream().map(TermMatch::term).toList());
    }

    /** Drops control characters (other than newline handling done by callers) from article text. */
    static String clean(String text) {
        return text.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n]]", " ").replace('\n', ' ').strip();
    }

    static String ascii(String text) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.replaceAll("[^\\x20-\\x7e]", "").replaceAll(" {2,}", " ").strip();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3).stripTrailing() + "...";
    }
}
