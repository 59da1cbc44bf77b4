package org.newssentinel.alert;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newssentinel.clean.Article;
import org.newssentinel.pipeline.Analysis;
import org.newssentinel.summary.SafeText;
import org.newssentinel.summary.SmsText;
import org.newssentinel.topics.Evidence;
import org.newssentinel.topics.TermMatch;
import org.newssentinel.topics.TopicScore;

/**
 * The bodies of one alert, all rendered from one {@link Alert} by {@link #render}.
 *
 * <p>Contract: {@code subject} is printable ASCII on one line, shorter than 100 characters (the
 * SNS e-mail subject limit); {@code email} is plain text with the title, publisher, publication
 * date, the source object (e.g. {@code s3://bucket/key}) and the article's URL when known, each
 * fired topic with its score, matched terms and evidence, and the summary; {@code sms} is a single SMS part (see
 * {@link SmsText}); {@code defaultBody} is a one-paragraph version for every other protocol.
 * Text from the article passes {@link SafeText#clean} first, so control characters, bidi
 * controls and markup never reach any body.
 */
public record AlertMessage(String subject, String email, String sms, String defaultBody) {

    /** Longest subject rendered: SNS rejects e-mail subjects of 100 characters or more. */
    public static final int MAX_SUBJECT = 99;

    /** Renders every body of {@code alert}. */
    public static AlertMessage render(Alert alert) {
        Analysis a = alert.analysis();
        List<TopicScore> fired = a.firedTopics();
        String headline = SafeText.clean(a.summary().headline());
        String location = SafeText.clean(alert.location());
        Optional<String> url = a.article().url().map(SafeText::clean).filter(u -> !u.isEmpty());
        String scores = String.join(", ", fired.stream()
                .map(t -> SafeText.clean(t.topic()) + " " + score(t)).toList());
        return new AlertMessage(
                subject(fired, a.summary().headline(), a.article(), alert.location(), url),
                email(a, fired, headline, location, url),
                SmsText.compose(a.summary().headline(), a.topics()),
                defaultBody(a, scores, headline, location, url));
    }

    private static String subject(List<TopicScore> fired, String headline, Article article, String location, Optional<String> url) {
        String topics = String.join(", ", fired.stream().map(t -> SafeText.ascii(t.topic()) + " " + score(t)).toList());
        String prefix = topics.isEmpty() ? "News Sentinel: " : "News Sentinel [" + topics + "]: ";
        if (prefix.length() > MAX_SUBJECT / 2) {
            prefix = clip(prefix.substring(0, prefix.length() - 3), MAX_SUBJECT / 2) + "]: ";
        }
        // SNS takes only ASCII subjects. A headline in a script with no transliteration here
        // (Arabic, Hebrew, Chinese) would come out as its punctuation alone, a stray quote: say
        // instead what the article is and where it comes from; the e-mail body has the headline.
        String title = mostlyWritable(headline) ? SafeText.ascii(headline) : "";
        return clip(prefix + (title.isEmpty() ? untitled(article, location, url) : title), MAX_SUBJECT);
    }

    /**
     * True when ASCII keeps the headline readable: no word loses letters, or the words that would
     * vanish (a Chinese phrase before an English headline) are few beside those kept. Half a
     * headline ("Gazprom" of "Gazprom 与中国签署协议") would mislead.
     */
    private static boolean mostlyWritable(String headline) {
        int kept = 0;
        int lost = 0;
        for (String word : SafeText.clean(headline).split(" ")) {
            if (SafeText.losesLetters(word)) {
                lost++;
            } else if (word.chars().anyMatch(Character::isLetterOrDigit)) {
                kept++;
            }
        }
        return lost == 0 ? kept > 0 : kept >= 3 && kept >= 3 * lost;
    }

    /** "Arabic article from example.com" for a subject without a headline; every part ASCII. */
    private static String untitled(Article article, String location, Optional<String> url) {
        String language = article.language().isEmpty() || article.language().equals("und") ? ""
                : Locale.forLanguageTag(article.language()).getDisplayLanguage(Locale.ENGLISH);
        String what = language.isEmpty() || !language.chars().allMatch(c -> c < 0x80) || language.equals(article.language())
                ? "article" : language + " article";
        String from = article.siteName().filter(n -> !SafeText.losesLetters(n)).map(SafeText::ascii).filter(n -> !n.isEmpty())
                .or(() -> url.flatMap(AlertMessage::host))
                .orElseGet(() -> fileName(location));
        return from.isEmpty() ? what : what + " from " + from;
    }

    /** The last part of a path or {@code s3://} location, in ASCII (percent-escapes and all), or "". */
    private static String fileName(String location) {
        String name = location.substring(location.lastIndexOf('/') + 1);
        return SafeText.losesLetters(name) ? "" : SafeText.ascii(name);
    }

    private static String email(Analysis a, List<TopicScore> fired, String headline, String location, Optional<String> url) {
        Article article = a.article();
        StringBuilder b = new StringBuilder();
        b.append(headline.isEmpty() ? "(untitled article)" : headline).append("\n\n");
        line(b, "Publisher", publisher(article, url));
        article.byline().map(SafeText::clean).filter(s -> !s.isEmpty()).ifPresent(s -> line(b, "By", s));
        line(b, "Published", article.publishedDate().map(SafeText::clean).filter(s -> !s.isEmpty()).orElse("unknown"));
        url.ifPresent(u -> line(b, "Article", u));
        line(b, "Source", location);
        b.append('\n');
        if (!fired.isEmpty()) {
            b.append("Why it fired\n");
            for (TopicScore t : fired) {
                b.append(String.format(Locale.ROOT, "- %s (%s): score %s\n",
                        SafeText.clean(t.label()), SafeText.clean(t.topic()), score(t)));
                if (!t.terms().isEmpty()) {
                    b.append("  Terms: ").append(String.join(", ", t.terms().stream().map(AlertMessage::term).toList())).append('\n');
                }
                if (!t.actors().isEmpty()) {
                    b.append("  Actors: ").append(String.join(", ", t.actors().stream().map(SafeText::clean).toList())).append('\n');
                }
                for (Evidence e : t.evidence()) {
                    b.append("  * ").append(SafeText.clean(e.sentence())).append('\n');
                }
            }
            b.append('\n');
        }
        b.append("Summary\n");
        for (String s : a.summary().sentences()) {
            b.append("- ").append(SafeText.clean(s)).append('\n');
        }
        return b.toString();
    }

    private static String defaultBody(Analysis a, String scores, String headline, String location, Optional<String> url) {
        StringBuilder b = new StringBuilder("News Sentinel alert");
        if (!scores.isEmpty()) {
            b.append(" (").append(scores).append(')');
        }
        b.append(": ").append(headline.isEmpty() ? "(untitled article)" : headline);
        List<String> summary = a.summary().sentences().stream().map(SafeText::clean).filter(s -> !s.isEmpty()).toList();
        if (!summary.isEmpty()) {
            b.append(" - ").append(String.join(" ", summary));
        }
        url.ifPresent(u -> b.append(" Article: ").append(u));
        b.append(" Source: ").append(location);
        return b.toString();
    }

    /** Who published it: the site name, else the attribution, else the URL's host. */
    private static String publisher(Article article, Optional<String> url) {
        return article.siteName().map(SafeText::clean).filter(s -> !s.isEmpty())
                .or(() -> article.attribution().map(SafeText::clean).filter(s -> !s.isEmpty()))
                .or(() -> url.flatMap(AlertMessage::host))
                .orElse("unknown");
    }

    private static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(URI.create(url).getHost());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String term(TermMatch m) {
        return SafeText.clean(m.term()) + (m.count() > 1 ? " x" + m.count() : "");
    }

    private static String score(TopicScore t) {
        return String.format(Locale.ROOT, "%.2f", t.score());
    }

    private static void line(StringBuilder b, String name, String value) {
        b.append(name).append(": ").append(value).append('\n');
    }

    /** At most {@code max} characters, cut on a word boundary with "..." when it must be cut. */
    private static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 3);
        if (cut < max / 2) {
            cut = max - 3;
        }
        return text.substring(0, cut).stripTrailing() + "...";
    }
}
