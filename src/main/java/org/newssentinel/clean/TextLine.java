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
            if (t.isEmpty() || t.chars().allMatch(c -> !Character.isLetterOrDigit(c))) {
                blank = true;
                continue;
            }
            TextLine previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (!blank && previous != null && endsInBrokenWord(previous.text) && Character.isLowerCase(t.codePointAt(0))) {
                // "sanc-" over "tions": a word hyphenated across a line break is one word again.
                lines.set(lines.size() - 1, new TextLine(previous.text.substring(0, previous.text.length() - 1) + t,
                        previous.blankBefore, previous.gapSeparated));
            } else {
                lines.add(new TextLine(t, blank, isGapSeparated(raw)));
            }
            blank = false;
        }
        return lines;
    }

    private static boolean isGapSeparated(String raw) {
        return Texts.areShortItems(WIDE_GAP.split(raw.strip()), 3);
    }

    private static boolean endsInBrokenWord(String t) {
        int n = t.length();
        return n >= 3 && t.charAt(n - 1) == '-' && Character.isLowerCase(t.charAt(n - 2)) && Character.isLetter(t.charAt(n - 3));
    }
}
