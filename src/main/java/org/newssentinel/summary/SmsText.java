package org.newssentinel.summary;

import java.util.List;
import java.util.Locale;
import org.newssentinel.topics.TopicScore;

/**
 * Composes the one-part SMS of an article: the fired topics as tags, each with its score, then
 * the headline shortened on a word boundary, e.g. {@code "#pipelines 0.91 #sanctions 0.72:
 * Gazprom halts ..."}.
 *
 * <p>Contract: the result is always a single SMS part. It is written in the GSM-7 basic table
 * and at most {@value Gsm7#SINGLE_PART_SEPTETS} characters, Cyrillic and Greek transliterated and
 * unwritable symbols dropped; only when transliteration would lose letters (a headline in, say,
 * Chinese or Arabic) is the original kept, and then the text is at most
 * {@value Gsm7#SINGLE_PART_UCS2} UTF-16 units (UCS-2). Control characters, bidi controls and
 * markup never reach it. Empty when there is neither a headline nor a fired topic.
 */
public final class SmsText {

    /** The GSM-7 single-part limit, in characters (every character written is one septet). */
    public static final int MAX_LENGTH = Gsm7.SINGLE_PART_SEPTETS;

    private SmsText() {
    }

    /** The SMS for {@code headline} given the article's topic scores (only fired ones are tagged). */
    public static String compose(String headline, List<TopicScore> topics) {
        List<TopicScore> fired = topics.stream().filter(TopicScore::alert)
                .sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
        boolean ucs2 = SafeText.losesLetters(headline);
        int limit = ucs2 ? Gsm7.SINGLE_PART_UCS2 : Gsm7.SINGLE_PART_SEPTETS;
        String body = ucs2 ? SafeText.clean(headline) : SafeText.gsm7(headline);
        String prefix = prefix(fired, limit / 2);
        if (body.isEmpty()) {
            return prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 2);
        }
        return prefix + shorten(body, limit - prefix.length(), ucs2);
    }

    /**
     * "#a 0.91 #b 0.72: ", each tag with its own score, strongest first, as many as fit in
     * {@code room} and "+N" for the rest: a shared score after several tags would read as every
     * topic's.
     */
    private static String prefix(List<TopicScore> fired, int room) {
        if (fired.isEmpty()) {
            return "";
        }
        StringBuilder tags = new StringBuilder();
        for (int shown = 0; shown < fired.size(); shown++) {
            TopicScore t = fired.get(shown);
            String score = String.format(Locale.ROOT, " %.2f", t.score());
            String tag = "#" + SafeText.gsm7(t.topic()).replace(' ', '-');
            String more = shown + 1 < fired.size() ? " +" + (fired.size() - shown - 1) : "";
            if (shown == 0 && tag.length() + score.length() + more.length() + 2 > room) {
                tag = tag.substring(0, Math.max(2, room - score.length() - more.length() - 2));
            }
            if (shown > 0 && tags.length() + 1 + tag.length() + score.length() + more.length() + 2 > room) {
                tags.append(" +").append(fired.size() - shown);
                break;
            }
            tags.append(shown > 0 ? " " : "").append(tag).append(score);
        }
        return tags + ": ";
    }

    /**
     * {@code text} cut to {@code room} characters on a word boundary, or in Chinese and Japanese,
     * which have no spaces, after a clause mark (，、；。), marked with an ellipsis.
     */
    static String shorten(String text, int room, boolean ucs2) {
        if (text.length() <= room) {
            return text;
        }
        String ellipsis = ucs2 ? "\u2026" : "...";
        int max = room - ellipsis.length();
        int cut = text.lastIndexOf(' ', max);
        if (cut < max / 2) {
            cut = afterClauseMark(text, max);
        }
        if (cut < max / 2) {
            cut = max;
            if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
        }
        String head = text.substring(0, cut).stripTrailing();
        while (!head.isEmpty() && ",;:-\uff0c\u3001\uff1b\uff1a".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).stripTrailing();
        }
        return head + ellipsis;
    }

    /** Just after the last ，、；。！？ in the first {@code max} characters, or -1. */
    private static int afterClauseMark(String text, int max) {
        for (int i = max - 1; i >= 0; i--) {
            if ("\uff0c\u3001\uff1b\u3002\uff01\uff1f".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
