package org.newssentinel.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A line of scraped text, whitespace collapsed, with whether a blank line precedes it and what the
 * {@link TextExtractor} passes have decided about it. Mutable, and confined to one extraction.
 */
final class TextLine {

    /** Lines shorter than this that do not end like a sentence are menu items, labels or headings. */
    static final int SHORT = 50;
    /** A line this long that ends like a sentence is a paragraph, which ends a teaser block. */
    static final int PARAGRAPH = 100;
    /** A headline of another story is at most this long; longer lines without a full stop are paragraphs. */
    private static final int TEASER_MAX = 150;

    /** Chinese or Japanese wrapped narrower than this is no prose: lines that short are labels and menus. */
    private static final int UNSPACED_WRAP_MIN = 16;
    /** Hard-wrapped text is wrapped at 100 characters or fewer. */
    private static final int WRAP_MAX = 100;

    /** "2014 Russia annexes Crimea": a timeline entry starts with its year; a headline hardly ever does. */
    private static final Pattern TIMELINE_ENTRY = Pattern.compile("(?:1[89]|20)\\d\\d\\b");
    private static final Pattern BULLET = Pattern.compile("(?:[-–—•*·▪●○◦]|\\d{1,2}[.)])\\s");
    /** Between the items of a menu laid out with whitespace: a tab, or two or more spaces. */
    private static final Pattern WIDE_GAP = Pattern.compile("\t|[ \u00a0]{2,}");

    final String text;
    final boolean blankBefore;
    boolean keep = true;
    /** The headline: never a menu item or a trailing label. */
    boolean headline;
    /** An item of a list the article introduces with a colon: never a menu or a teaser. */
    boolean listItem;
    /**
     * "Home  World  Business" as scraped: three or more short items that only wide whitespace
     * separates, which collapsing the line's whitespace would hide.
     */
    final boolean gapSeparated;

    TextLine(String text, boolean blankBefore) {
        this(text, blankBefore, false);
    }

    private TextLine(String text, boolean blankBefore, boolean gapSeparated) {
        this.text = text;
        this.blankBefore = blankBefore;
        this.gapSeparated = gapSeparated;
    }

    boolean isSentenceLike() {
        return Texts.endsLikeSentence(text);
    }

    boolean isShortLabel() {
        return text.length() < SHORT && !isSentenceLike();
    }

    boolean isParagraph() {
        return text.length() >= PARAGRAPH && isSentenceLike();
    }

    /**
     * Shaped like a headline of another story: five to twenty words, no sentence punctuation,
     * capitalised. Shorter lines ("Best Actor Cillian Murphy") are more often the article's own list.
     */
    boolean isTeaserLike() {
        int words = Texts.wordCount(text);
        return !listItem && !isSentenceLike() && words >= 5 && words <= 20 && text.length() <= TEASER_MAX
                && (Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.charAt(0)))
                && !isBulleted() && !TIMELINE_ENTRY.matcher(text).lookingAt() && !isTableRow();
    }

    /** "SAUDI ARABIA 4.9 3.7 3.8": a row of figures, or a line with no lower-case letter, is data, not a headline. */
    private boolean isTableRow() {
        if (text.chars().noneMatch(Character::isLowerCase)) {
            return true;
        }
        String[] tokens = text.split(" ");
        long figures = Arrays.stream(tokens).filter(w -> w.chars().anyMatch(Character::isDigit)).count();
        return figures * 3 > tokens.length;
    }

    /** "- item", "• item", "1. item": marked as a list item. */
    boolean isBulleted() {
        return BULLET.matcher(text).lookingAt();
    }

    /** The text's lines; a word hyphenated across a line break is joined again. Blank lines only separate. */
    static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        boolean blank = true;
        for (String raw : text.split("\r\n|\r|\n", -1)) {
            String t = Texts.collapse(raw);
            TextLine previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (t.isEmpty() || t.chars().allMatch(c -> !Character.isLetterOrDigit(c))) {
                if (!blank && previous != null && !t.isEmpty() && Texts.isFullWidthPunctuation(t.charAt(0))) {
                    // "。" or "。”" wrapped onto a line of its own ends the Chinese or Japanese line above.
                    lines.set(lines.size() - 1, new TextLine(previous.text + t, previous.blankBefore, previous.gapSeparated));
                    continue;
                }
                blank = true;
                continue;
            }
            if (!blank && previous != null && endsInBrokenWord(previous.text) && Character.isLowerCase(t.codePointAt(0))) {
                // "sanc-" over "tions": a word hyphenated across a line break is one word again.
                lines.set(lines.size() - 1, new TextLine(previous.text.substring(0, previous.text.length() - 1) + t,
                        previous.blankBefore, previous.gapSeparated));
            } else {
                lines.add(new TextLine(t, blank, isGapSeparated(raw)));
            }
            blank = false;
        }
        return joinUnspacedWrap(lines);
    }

    /**
     * Chinese and Japanese hard-wrapped at a fixed number of characters: each full line runs on into
     * the next with no space between (none was lost at the break), so the paragraph is joined again
     * before any line is judged: 36 characters of Chinese fill a 72-column line but would pass for a
     * menu item or a label by their count. A line runs on when it is within a character of the
     * {@link #unspacedWrapWidth wrap width} and it and the next line meet in Chinese or Japanese.
     */
    private static List<TextLine> joinUnspacedWrap(List<TextLine> lines) {
        int width = unspacedWrapWidth(lines);
        if (width == 0) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            TextLine first = lines.get(i);
            if (!runsOnUnspaced(lines, i, width)) {
                out.add(first);
                continue;
            }
            StringBuilder b = new StringBuilder(first.text);
            while (runsOnUnspaced(lines, i, width)) {
                b.append(lines.get(++i).text);
            }
            out.add(new TextLine(b.toString(), first.blankBefore, false));
        }
        return out;
    }

    /**
     * The length of a Chinese or Japanese text's full lines when it is hard-wrapped, else 0: the longest
     * line that meets the next in those scripts, when another such line is as long (within one
     * character), it is a line's length rather than a label's, and one of them holds a comma or full
     * stop as prose does (a list of other stories' headlines of like length does not).
     */
    private static int unspacedWrapWidth(List<TextLine> lines) {
        int width = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (meetUnspaced(lines, i)) {
                width = Math.max(width, lines.get(i).text.length());
            }
        }
        if (width < UNSPACED_WRAP_MIN || width > WRAP_MAX) {
            return 0;
        }
        int full = 0;
        boolean prose = false;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String t = lines.get(i).text;
            if (t.length() >= width - 1 && meetUnspaced(lines, i)) {
                full++;
                prose |= t.indexOf('\uff0c') >= 0 || t.indexOf('\u3001') >= 0 || t.indexOf('\u3002') >= 0;
            }
        }
        return full >= 2 && prose ? width : 0;
    }

    private static boolean runsOnUnspaced(List<TextLine> lines, int i, int width) {
        return i + 1 < lines.size() && lines.get(i).text.length() >= width - 1 && meetUnspaced(lines, i);
    }

    /**
     * Line {@code i} and the next, with no blank line between, meet in Chinese or Japanese script or
     * punctuation, and line {@code i} does not end a sentence (one paragraph a line is not wrapped).
     */
    private static boolean meetUnspaced(List<TextLine> lines, int i) {
        String t = lines.get(i).text;
        TextLine next = lines.get(i + 1);
        return !next.blankBefore && Texts.isUnspacedChar(t.charAt(t.length() - 1)) && Texts.isUnspacedChar(next.text.charAt(0))
                && !Texts.endsLikeSentence(t);
    }

    private static boolean isGapSeparated(String raw) {
        return Texts.areShortItems(WIDE_GAP.split(raw.strip()), 3);
    }

    private static boolean endsInBrokenWord(String t) {
        int n = t.length();
        return n >= 3 && t.charAt(n - 1) == '-' && Character.isLowerCase(t.charAt(n - 2)) && Character.isLetter(t.charAt(n - 3));
    }
}
