package org.newssentinel.summary;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.newssentinel.topics.TopicScore;

/**
 * Composes the one-part SMS: the fired topic tags with the top score, then the headline
 * shortened on a word boundary. Accents are folded to ASCII so the text stays in the GSM-7
 * alphabet and fits 160 characters.
 */
public final class SmsText {

    public static final int MAX_LENGTH = 160;

    private SmsText() {
    }

    public static String compose(String headline, List<TopicScore> topics) {
        List<TopicScore> fired = topics.stream().filter(TopicScore::alert)
                .sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
        StringBuilder prefix = new StringBuilder();
        if (!fired.isEmpty()) {
            prefix.append('[');
            for (int i = 0; i < fired.size(); i++) {
                prefix.append(i == 0 ? "" : ",").append(fired.get(i).topic().toUpperCase(Locale.ROOT));
            }
            prefix.append(' ').append(String.format(Locale.ROOT, "%.2f", fired.get(0).score())).append("] ");
        }
        String body = toGsmSafe(headline);
        int room = MAX_LENGTH - prefix.length();
        return prefix + shorten(body, room);
    }

    static String shorten(String text, int room) {
        if (text.length() <= room) {
            return text;
        }
        int cut = text.lastIndexOf(' ', room - 3);
        if (cut < room / 2) {
            cut = room - 3;
        }
        return text.substring(0, cut).stripTrailing() + "...";
    }

    static String toGsmSafe(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder();
        for (char c : folded.toCharArray()) {
            switch (c) {
                case '\u2018', '\u2019' -> out.append('\'');
                case '\u201c', '\u201d' -> out.append('"');
                case '\u2013', '\u2014' -> out.append('-');
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append(c);
                    } else if (Character.isWhitespace(c)) {
                        out.append(' ');
                    }
                }
            }
        }
        return out.toString().replaceAll(" {2,}", " ").strip();
    }
}
