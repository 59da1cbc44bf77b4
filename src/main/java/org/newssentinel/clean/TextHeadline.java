package org.newssentinel.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the headline of scraped text: the first line that reads like one before the article's
 * first sentence, past the menus, breadcrumbs, datelines and section labels ("kickers") that can
 * stand above it. Stateless.
 */
final class TextHeadline {

    /** How many short lines (menus, labels, kickers) may stand above the headline. */
    private static final int HEAD_LINES = 20;

    /** Words a dateline is made of, besides figures: months, weekdays, clock and zone words, "updated". */
    private static final Set<String> DATE_WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
            "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
            "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
            "décembre", "am", "pm", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "et", "h", "uhr",
            "updated", "published", "posted", "last", "on", "at", "ago", "minutes", "hours", "days", "months", "st", "nd",
            "rd", "th", "le", "à");

    /**
     * Breadcrumbs and section paths: "Home > World > Europe", "News | Sport | Money", "Europe · Ukraine war".
     * Lines are whitespace-collapsed, so one space on each side is all there is.
     */
    private static final Pattern PATH_SEPARATOR = Pattern.compile(" [|>›»·•/\\\\] ");
    /**
     * Chinese and Japanese breadcrumbs and menus put no spaces round their separators ("首页>国际>正文",
     * "トップ｜国際｜経済"), or their full-width forms with spaces (＞ ｜).
     */
    private static final Pattern UNSPACED_PATH_SEPARATOR = Pattern.compile(" ?[\uff5c\uff1e] ?|[|>›»]");
    /**
     * A Chinese or Japanese breadcrumb's items ("首页", "国际新闻") are at most this long; a headline with
     * its site's name after a bar ("德鲁日巴输油管道爆炸|界面新闻") is longer.
     */
    private static final int UNSPACED_PATH_ITEM = 8;
    /** "首页 国际 财经 科技": a Chinese or Japanese menu's items, single words of at most this many characters. */
    private static final int UNSPACED_MENU_ITEM = 4;

    /**
     * A line mostly of Han or kana (no spaces between words: "德鲁日巴输油管道爆炸 匈牙利原油供应中断",
     * "ハンガリー向け原油供給が停止") is a headline at least this long: shorter lines are section labels ("国际").
     */
    private static final int UNSPACED_MIN = 6;
    /** ... and at most this long: a longer line without a full stop is a lead paragraph that lost it. */
    private static final int UNSPACED_MAX = 60;

    /** What a menu button reads, which scraping leaves in front of the menu's items. */
    private static final Set<String> MENU_LABELS = Set.of("menu", "menü", "navigation", "sections", "rubriques");

    private TextHeadline() {
    }

    /**
     * The headline is the first line that reads like one before the article's first sentence. Menus,
     * breadcrumbs and a section label ("kicker") can stand above it; they are page furniture and go.
     * A text that opens with a sentence has no headline.
     */
    static Optional<TextLine> find(List<TextLine> lines) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).keep) {
                kept.add(i);
            }
        }
        for (int k = 0; k + 1 < kept.size() && k < HEAD_LINES; k++) {
            int at = kept.get(k);
            TextLine line = lines.get(at);
            TextLine next = lines.get(kept.get(k + 1));
            boolean adjacent = kept.get(k + 1).intValue() == at + 1 && !next.blankBefore;
            if (adjacent && Character.isLowerCase(next.text.codePointAt(0))) {
                // Hard-wrapped prose, not a headline above it.
                return Optional.empty();
            }
            if (looksLikeHeadline(line, next) && !isPath(line) && !isDateline(line.text)
                    && !(adjacent && isKicker(line, next))
                    && !(adjacent && line.text.length() < TextLine.SHORT && next.isShortLabel() && !next.listItem)) {
                line.headline = true;
                for (int j = 0; j < k; j++) {
                    lines.get(kept.get(j)).keep = false;
                }
                dropHeadLabels(lines, at + 1);
                return Optional.of(line);
            }
            if (!line.isShortLabel() && !isPath(line) && !isDateline(line.text) && !isLabelWithColon(line.text)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Between the headline and the first paragraph, short lines of a few words that are not sentences
     * are the byline's company: author names, counters, "Share"; and datelines of any length. A longer
     * line that reads like a headline stays, in case the headline chosen was not the real one.
     */
    private static void dropHeadLabels(List<TextLine> lines, int from) {
        for (int i = from; i < lines.size() && !(lines.get(i).keep && lines.get(i).isParagraph()); i++) {
            TextLine l = lines.get(i);
            if (l.keep && !l.listItem && ((l.isShortLabel() && Texts.wordCount(l.text) <= 4) || isDateline(l.text))) {
                l.keep = false;
            }
        }
    }

    /** "Exclusive:", "Analysis:" on a line of its own above the headline. */
    private static boolean isLabelWithColon(String line) {
        return line.endsWith(":") && line.length() < 30 && Texts.wordCount(line) <= 3;
    }

    /** "Tuesday 4 March 2025", "June 20, 2024 4:11 PM GMT+2 Updated 5 months ago": figures and date words only. */
    static boolean isDateline(String line) {
        String words = Texts.words(line);
        if (words.isEmpty() || line.length() > 80) {
            return false;
        }
        boolean figure = false;
        for (String w : words.split(" ")) {
            if (Character.isDigit(w.charAt(0))) {
                figure = true;
            } else if (!DATE_WORDS.contains(w)) {
                return false;
            }
        }
        return figure;
    }

    /** "Ukraine war" above "EU agrees new sanctions package against Russia": a section label, not the headline. */
    private static boolean isKicker(TextLine line, TextLine next) {
        return Texts.wordCount(line.text) <= 3 && line.text.length() < 30 && !next.isSentenceLike()
                && Texts.wordCount(next.text) >= 5 && next.text.length() <= 200;
    }

    /**
     * A breadcrumb, section path or menu: items separated by punctuation or by wide whitespace, or
     * capitalised items after the menu button's own label ("Menu Home World Business").
     */
    private static boolean isPath(TextLine line) {
        return line.gapSeparated || isPath(line.text) || isLabelledMenu(line.text);
    }

    private static boolean isLabelledMenu(String line) {
        String[] words = line.split(" ");
        if (words.length < 3 || line.length() > 60 || !MENU_LABELS.contains(Texts.lower(words[0]))) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A breadcrumb or section path: two or more parts of at most three words, split by "|", ">", "·" or "/". */
    static boolean isPath(String line) {
        if (Texts.areShortItems(PATH_SEPARATOR.split(line), 2)) {
            return true;
        }
        return 2 * Texts.unspacedLetters(line) >= line.length()
                && (areShortItems(UNSPACED_PATH_SEPARATOR.split(line), 2, UNSPACED_PATH_ITEM)
                        || areShortItems(line.split(" "), 3, UNSPACED_MENU_ITEM));
    }

    /** At least {@code atLeast} items of one to {@code longest} characters. */
    private static boolean areShortItems(String[] items, int atLeast, int longest) {
        if (items.length < atLeast) {
            return false;
        }
        for (String item : items) {
            if (item.isEmpty() || item.length() > longest) {
                return false;
            }
        }
        return true;
    }

    /**
     * A headline: one line of three or more words (or, mostly in Chinese or Japanese script, which
     * puts no spaces between words, of {@link #UNSPACED_MIN} to {@link #UNSPACED_MAX} characters), no
     * closing full stop or comma, not several sentences; one that ends in "?" or "!" must be followed
     * by a longer line, as a headline is.
     */
    private static boolean looksLikeHeadline(TextLine first, TextLine next) {
        String t = first.text;
        if (t.length() > 200 || hasSentenceBreak(t)) {
            return false;
        }
        int unspaced = Texts.unspacedLetters(t);
        if (2 * unspaced >= t.length()) {
            // No spaces between the words: their count says nothing, the length does.
            if (t.length() < UNSPACED_MIN || t.length() > UNSPACED_MAX || unspaced < UNSPACED_MIN) {
                return false;
            }
        } else if (Texts.wordCount(t) < 3) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '\u2026'
                || last == '\u3002' || last == '\uff0c' || last == '\u3001' || last == '\uff1b' || last == '\uff1a') {
            return false;
        }
        if (Texts.endsLikeSentence(t)) {
            return next.text.length() > t.length();
        }
        return true;
    }

    private static boolean hasSentenceBreak(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '\u3000' && isFullWidthStop(c) && textAfterStop(t, i)) {
                return true;
            }
        }
        for (int i = 1; i + 2 < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && t.charAt(i + 1) == ' ' && Character.isUpperCase(t.charAt(i + 2))
                    && Character.isLowerCase(t.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** 。！？ and the half-width ｡: Chinese and Japanese end sentences with them, with no space after. */
    private static boolean isFullWidthStop(char c) {
        return c == '\u3002' || c == '\uff01' || c == '\uff1f' || c == '\uff61';
    }

    /**
     * Whether a sentence follows the full-width stop at {@code i}: more text after it and the quotes
     * and brackets it closes, unless that is who said the quote (「本当か？」と聞いた).
     */
    private static boolean textAfterStop(String t, int i) {
        int k = i + 1;
        while (k < t.length() && isFullWidthStop(t.charAt(k))) {
            k++;
        }
        int closed = k;
        while (k < t.length() && "\u300d\u300f\uff09\u3011\u300b\u3009\u3015\u201d\u2019\"' ".indexOf(t.charAt(k)) >= 0) {
            k++;
        }
        if (k >= t.length()) {
            return false;
        }
        char next = t.charAt(k);
        return closed == k || (next != '\u3068' && next != '\u3063');
    }
}
