package org.newssentinel.clean;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Other stories' headlines in scraped text: under a teaser heading ("Most read", "More from X",
 * "Related stories", in any casing) or, without one, as a run of headline-shaped lines after the
 * article has begun. Marks those lines as not kept; stateless.
 */
final class TeaserLines {

    private static final Set<String> TEASER_HEADINGS = Set.of(
            "you may also like", "you might also like", "you may like", "most popular", "most read", "most viewed",
            "popular", "related", "related articles", "related stories", "related news", "related posts",
            "read more", "read also", "also read", "see also", "more stories", "more from", "more news",
            "recommended", "recommended for you", "recommended stories", "top news", "top stories", "trending",
            "trending now", "get the latest", "latest news", "latest", "more on this story", "editor s picks",
            "editors picks", "don t miss", "what to read next", "read next", "up next", "more like this",
            "mehr zum thema", "lesen sie auch", "meistgelesen", "lire aussi", "à lire aussi", "les plus lus",
            "lea también", "leggi anche", "читайте также", "читайте по теме", "смотрите также", "читайте також");

    /** The words that join a teaser heading to the site or subject it draws from. */
    private static final Set<String> NAMING_WORDS = Set.of("from", "on", "in", "at", "about");

    private TeaserLines() {
    }

    /** A heading over other stories' headlines, in any casing, with a counter or a site's name after it. */
    static boolean isHeading(String line) {
        if (line.length() > 40) {
            return false;
        }
        // "Most popular44": scraped counters stick to the heading.
        String key = Texts.words(line);
        int end = key.length();
        while (end > 0 && (Character.isDigit(key.charAt(end - 1)) || key.charAt(end - 1) == ' ')) {
            end--;
        }
        key = key.substring(0, end);
        if (TEASER_HEADINGS.contains(key)) {
            return true;
        }
        // "Most read from Bloomberg", "More on Ukraine war": a teaser heading naming the site or subject
        // in at most four words.
        String[] words = key.split(" ");
        for (int i = Math.max(1, words.length - 5); i < words.length - 1; i++) {
            if (NAMING_WORDS.contains(words[i])) {
                String heading = String.join(" ", Arrays.copyOfRange(words, 0, i));
                return heading.equals("more") || TEASER_HEADINGS.contains(heading);
            }
        }
        return false;
    }

    /**
     * A teaser heading near the end (at most half as much article text after it as before) opens the
     * page footer: everything after it goes. Earlier, only its block goes, up to the next long
     * paragraph; a box in the middle of a short article must not take the article's second half.
     */
    static void dropBlocks(List<TextLine> lines) {
        for (int h = 0; h < lines.size(); h++) {
            if (!lines.get(h).keep || !isHeading(lines.get(h).text)) {
                continue;
            }
            int before = articleWeight(lines, 0, h);
            int after = articleWeight(lines, h + 1, lines.size());
            if (before > 0 && after * 2 <= before) {
                for (int i = h; i < lines.size(); i++) {
                    lines.get(i).keep = false;
                }
                // The footer's first teasers can stand above its heading; the article's last line is a sentence.
                for (int i = h - 1; i >= 0 && (!lines.get(i).keep || lines.get(i).isTeaserLike()); i--) {
                    lines.get(i).keep = false;
                }
                return;
            }
            lines.get(h).keep = false;
            for (int i = h + 1; i < lines.size() && !lines.get(i).isParagraph(); i++) {
                lines.get(i).keep = false;
            }
        }
    }

    private static int articleWeight(List<TextLine> lines, int from, int to) {
        int weight = 0;
        for (int i = from; i < to; i++) {
            TextLine l = lines.get(i);
            if (l.keep && l.text.length() >= 80 && l.isSentenceLike()) {
                weight += l.text.length();
            }
        }
        return weight;
    }

    /**
     * Other stories' headlines listed without a heading (or whose heading was not recognised): once the
     * article has begun, three or more teaser-shaped lines in a row, or two or more after its last
     * sentence, are a teaser list. Blank lines and dropped furniture (such as "2 hours ago") may stand
     * between them; a single such line may be a subheading and stays.
     */
    static void dropRuns(List<TextLine> lines) {
        int first = 0;
        while (first < lines.size() && !(lines.get(first).keep && lines.get(first).isParagraph())) {
            first++;
        }
        int lastSentence = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).keep && lines.get(i).isSentenceLike()) {
                lastSentence = i;
            }
        }
        int i = first + 1;
        while (i < lines.size()) {
            if (!lines.get(i).keep || !lines.get(i).isTeaserLike()) {
                i++;
                continue;
            }
            int j = i;
            int count = 0;
            while (j < lines.size() && (!lines.get(j).keep || lines.get(j).isTeaserLike())) {
                count += lines.get(j).keep ? 1 : 0;
                j++;
            }
            if (count >= 3 || (count >= 2 && i > lastSentence)) {
                for (int k = i; k < j; k++) {
                    lines.get(k).keep = false;
                }
            }
            i = j;
        }
    }
}
