package org.newssentinel.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits news text into sentences.
 *
 * <p>Contract: {@link #split(String)} returns the sentences of the text in order, each stripped,
 * with runs of whitespace (line breaks included) collapsed to one space; never null, empty for
 * blank text. A blank line always ends a sentence. A {@code . ! ? …} ends a sentence when what
 * follows is not lower case, except after a title ("Mr.", "Gen."), a month or "No." before a
 * number, an initial ("George W. Bush") or a dotted abbreviation ("U.S.") unless a typical
 * sentence opener ("The", "He", "But" ...) follows. Numbers ("$1.2bn", "3.5%") never split. A
 * missing space after a full stop ("$10.9bn.For the full year") splits when a capitalised word
 * follows a word of two or more characters. Chinese and Japanese {@code 。！？} end a sentence
 * whatever follows, with no space after them, except a quote that goes on with its speaker: in
 * Japanese ({@code 「本当か？」と聞いた。}), or in Chinese a short clause that ends in a verb of saying
 * ({@code “我们正在协调。”他说。}). Closing quotes and brackets ({@code 」』）} too) stay with
 * the sentence they close. A line starting with a list bullet ("- ", "• ") starts a sentence. In German, French,
 * Spanish and Italian ({@link #split(String, String)}) their own abbreviations count too ("ca.",
 * "Mio.", "z. B.", "M.", "env."), a single lower-case letter before a period is an abbreviation
 * ("u. a.", "p. ex.") and, in German, a number before a period is an ordinal in front of a month or
 * a word such as "Jahrhundert" ("am 27. September"). Linear time: each period costs a set look-up
 * of the word before it. Stateless and thread-safe.
 */
public final class Sentences {

    /** A speaker after a Chinese quote ("外交部发言人汪文斌表示。") is at most this many characters. */
    private static final int SPEAKER_TAIL_MAX = 12;

    /** What the split stops at among ASCII characters: whitespace and sentence terminators. */
    private static final boolean[] ASCII_SPACE_OR_TERMINATOR = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_SPACE_OR_TERMINATOR[c] = isSpace(c) || isTerminator(c);
        }
    }

    private Sentences() {
    }

    /** The sentences of English {@code text}; see the class contract. */
    public static List<String> split(String text) {
        return split(text, SentenceRules.ENGLISH);
    }

    /**
     * The sentences of {@code text} in {@code language} (ISO 639-1): as {@link #split(String)},
     * with that language's abbreviations where it has its own ({@link SentenceRules}), else English ones.
     */
    public static List<String> split(String text, String language) {
        return split(text, SentenceRules.of(language));
    }

    private static List<String> split(String text, SentenceRules rules) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        // The last whitespace seen that a sentence cannot keep as it is: any but a plain space,
        // or a space after a space. A sentence with none after its start is a plain cut.
        int lastDirty = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 128 && !ASCII_SPACE_OR_TERMINATOR[c]) {
                i++; // most characters: one look-up
                continue;
            }
            if (c <= ' ' || c >= '\u0080') {
                if (c == '\n' && (blankLineAt(text, i) || bulletAfter(text, i))) {
                    add(out, text, start, i, lastDirty);
                    start = i + 1;
                    i++;
                    continue;
                }
                if (isSpace(c) && (c != ' ' || (i > 0 && text.charAt(i - 1) == ' '))) {
                    lastDirty = i;
                }
            }
            if (!isTerminator(c)) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < n && isTerminator(text.charAt(runEnd))) {
                runEnd++;
            }
            int end = runEnd;
            while (end < n && isCloser(text.charAt(end))) {
                end++;
            }
            if (isBoundary(text, i, runEnd, end, rules)) {
                // Terminators and closers skipped to end are no whitespace: lastDirty is up to date.
                add(out, text, start, end, lastDirty);
                start = end;
            }
            i = end;
        }
        add(out, text, start, n, lastDirty);
        return out;
    }

    /**
     * Whether {@code sentence} ends as a sentence does here: with a {@code . ! ? …} or {@code 。！？},
     * after which only closing quotes, brackets and whitespace may follow ("He left.", "\u201cNo.\u201d",
     * "(In 2019.)", "「本当か？」").
     * A line ending in anything else, a closing quote included ("\u201cThe Gordon problem\u201d"), is a
     * fragment: a heading, a label, a list item.
     */
    public static boolean endsSentence(String sentence) {
        int i = sentence.length();
        while (i > 0 && (isCloser(sentence.charAt(i - 1)) || isSpace(sentence.charAt(i - 1)))) {
            i--;
        }
        return i > 0 && isTerminator(sentence.charAt(i - 1));
    }

    private static boolean isBoundary(String text, int first, int runEnd, int end, SentenceRules rules) {
        int n = text.length();
        int k = end;
        while (k < n && isSpace(text.charAt(k))) {
            k++;
        }
        if (k >= n) {
            return true;
        }
        char next = text.charAt(k);
        if (isFullWidthTerminator(text.charAt(runEnd - 1))) {
            // Chinese and Japanese put no space after a sentence; a quote it closes ends it too,
            // unless what follows says who said it: 「本当か？」と聞いた。 “……。”他说。
            return end == runEnd || (next != '\u3068' && next != '\u3063' && !isSpeakerTail(text, k));
        }
        boolean gap = k > end;
        boolean singleDot = runEnd - first == 1 && text.charAt(first) == '.';
        if (Character.isLowerCase(next)) {
            return false;
        }
        if (!gap) {
            // Attached text: only "word.Capitalised" (a lost space) is a sentence break; this keeps
            // numbers ("1.2"), dotted abbreviations ("U.S.") and domain names together.
            int cap = isOpeningQuote(next) ? k + 1 : k;
            if (!(cap + 1 < n && Character.isUpperCase(text.charAt(cap)) && Character.isLowerCase(text.charAt(cap + 1)))) {
                return false;
            }
            if (!singleDot || end > runEnd) {
                return true;
            }
            String word = wordBefore(text, first);
            if (word.length() < 2 || word.indexOf('.') >= 0) {
                return false;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (rules.titles().contains(lower) || rules.beforeNumber().contains(lower) || rules.ambiguous().contains(lower)) {
                return startsWithOpener(text, cap, rules);
            }
            return true;
        }
        if (!singleDot || end > runEnd) {
            return true;
        }
        String word = wordBefore(text, first);
        String lower = word.toLowerCase(Locale.ROOT);
        if (rules.titles().contains(lower)) {
            return false;
        }
        if (rules.beforeNumber().contains(lower) && Character.isDigit(next)) {
            return false;
        }
        if (rules.ambiguous().contains(lower) || isInitials(word)
                || (rules.letterAbbreviations() && word.length() == 1 && Character.isLowerCase(word.charAt(0)))) {
            return startsWithOpener(text, k, rules);
        }
        if (!rules.afterOrdinal().isEmpty() && isOrdinal(word) && rules.afterOrdinal().contains(wordAt(text, k))) {
            return false;
        }
        return true;
    }

    /**
     * "他说。", "发言人表示。" after a closing quote: a short clause, no punctuation in it, that ends in
     * a verb of saying and a full stop. Only asked after a full-width stop and a closing quote.
     */
    private static boolean isSpeakerTail(String text, int from) {
        int limit = Math.min(text.length(), from + SPEAKER_TAIL_MAX + 1);
        for (int j = from; j < limit; j++) {
            char c = text.charAt(j);
            if (isFullWidthTerminator(c)) {
                return j > from && endsInVerbOfSaying(text, from, j);
            }
            if (!Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /** 说 道 称 表示 问 (and their traditional forms), 指出, 强调: how Chinese says who spoke. */
    private static boolean endsInVerbOfSaying(String text, int from, int end) {
        if ("\u8bf4\u8aaa\u9053\u79f0\u7a31\u793a\u95ee\u554f".indexOf(text.charAt(end - 1)) >= 0) {
            return true;
        }
        return end - from >= 2 && (text.startsWith("\u6307\u51fa", end - 2) || text.startsWith("\u5f3a\u8c03", end - 2)
                || text.startsWith("\u5f37\u8abf", end - 2));
    }

    /** "W" or "J.R": single capitals, optionally joined by dots. */
    private static boolean isInitials(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean letterSlot = i % 2 == 0;
            if (letterSlot ? !Character.isUpperCase(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    /** "27" in "am 27. September": one to three digits. */
    private static boolean isOrdinal(String word) {
        if (word.isEmpty() || word.length() > 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithOpener(String text, int k, SentenceRules rules) {
        String w = wordAt(text, k);
        return !w.isEmpty() && rules.openers().contains(w);
    }

    /** The letters from {@code k} on, lower-cased; bounded so that a pathological run stays cheap. */
    private static String wordAt(String text, int k) {
        int e = k;
        int limit = Math.min(text.length(), k + 24);
        while (e < limit && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(k, e).toLowerCase(Locale.ROOT);
    }

    /**
     * The token before the terminator at {@code dot}: letters, digits and inner dots ("U.S").
     * Looks back a bounded distance so that pathological input ("Ab.Ab.Ab...") stays linear.
     */
    private static String wordBefore(String text, int dot) {
        int k = dot;
        int limit = Math.max(0, dot - 24);
        while (k > limit) {
            char p = text.charAt(k - 1);
            if (Character.isLetterOrDigit(p) || (p == '.' && k - 2 >= 0 && Character.isLetter(text.charAt(k - 2)))) {
                k--;
            } else {
                break;
            }
        }
        return text.substring(k, dot);
    }

    /** A line that starts with a list bullet is a new sentence even without a blank line. */
    private static boolean bulletAfter(String text, int i) {
        int k = i + 1;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k + 1 >= text.length() || !isSpace(text.charAt(k + 1))) {
            return false;
        }
        char c = text.charAt(k);
        return c == '\u2022' || c == '-' || c == '*' || c == '\u2013' || c == '\u00b7' || c == '\u25aa';
    }

    private static boolean blankLineAt(String text, int i) {
        for (int k = i + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!isSpace(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isTerminator(char c) {
        // One comparison spares ASCII and other alphabetic text the full-width checks.
        return c < '\u3000' ? c == '.' || c == '!' || c == '?' || c == '\u2026' : isFullWidthTerminator(c);
    }

    /** 。！？ and the half-width ｡: Chinese and Japanese sentence ends. */
    private static boolean isFullWidthTerminator(char c) {
        return c == '\u3002' || c == '\uff01' || c == '\uff1f' || c == '\uff61';
    }

    private static boolean isCloser(char c) {
        if (c < '\u3000') {
            return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']' || c == '\u00bb';
        }
        // 」』） 】》〉〕 and the half-width ｣.
        return c == '\u300d' || c == '\u300f' || c == '\uff09' || c == '\u3011' || c == '\u300b' || c == '\u3009'
                || c == '\u3015' || c == '\uff63';
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\'' || c == '\u2018' || c == '(' || c == '\u00ab';
    }

    private static boolean isSpace(char c) {
        // Printable ASCII is never space: spares the Unicode table look-up for nearly every character.
        if (c > ' ' && c < '\u0080') {
            return false;
        }
        return Character.isWhitespace(c) || c == '\u00a0';
    }

    /**
     * Adds {@code text[from, to)} stripped and with whitespace collapsed; {@code lastDirty} is
     * the last position before {@code to} (or past it) of whitespace that collapsing changes.
     */
    private static void add(List<String> out, String text, int from, int to, int lastDirty) {
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return;
        }
        // Cleaned text usually has single plain spaces already: then the sentence is a plain cut.
        // The split's scan has told where the last whitespace to collapse is; only when it lies
        // past this sentence's end (trailing whitespace) is the sentence read again to know.
        boolean plain = lastDirty <= from;
        if (!plain && lastDirty >= to) {
            plain = true;
            for (int i = from + 1; i < to && plain; i++) {
                char c = text.charAt(i);
                plain = c == ' ' ? text.charAt(i - 1) != ' ' : !isSpace(c);
            }
        }
        if (plain) {
            out.add(text.substring(from, to));
            return;
        }
        StringBuilder b = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        out.add(b.toString());
    }
}
