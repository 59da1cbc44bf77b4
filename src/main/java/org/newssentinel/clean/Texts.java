package org.newssentinel.clean;

import java.util.List;
import java.util.Locale;

/** Small text predicates shared by the HTML and plain-text extractors. */
final class Texts {

    private Texts() {
    }

    /** Letters and digits only, lower-cased, single spaces: what is left to compare when markup and punctuation differ. */
    static String words(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /** Whitespace runs (no-break spaces included) become one space; the ends are stripped. */
    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean sameWords(String a, String b) {
        return words(a).equals(words(b));
    }

    /** Ends with sentence punctuation, optionally followed by closing quotes or brackets. */
    static boolean endsLikeSentence(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            switch (c) {
                case '"', '\'', '\u201d', '\u2019', '\u00bb', ')', ']', '\u300d', '\u300f', ' ' -> {
                    continue;
                }
                case '.', '!', '?', '\u2026', '\u3002', '\uff01', '\uff1f', ':', ';' -> {
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code parts} are at least {@code atLeast} short items (at most 25 characters and three
     * words each), as the entries of a menu or a breadcrumb are.
     */
    static boolean areShortItems(String[] parts, int atLeast) {
        if (parts.length < atLeast) {
            return false;
        }
        for (String part : parts) {
            if (part.length() > 25 || wordCount(part) > 3) {
                return false;
            }
        }
        return true;
    }

    /** The characters of all {@code paragraphs} together. */
    static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    static int wordCount(String s) {
        String w = words(s);
        return w.isEmpty() ? 0 : w.split(" ").length;
    }

    /**
     * Characters of Han or kana in {@code s}: Chinese and Japanese put no spaces between words, so
     * that {@link #wordCount} sees one or two "words" in a headline. (Korean Hangul is written with
     * spaces between words and is counted as other scripts are.)
     */
    static int unspacedLetters(String s) {
        int n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c >= '\u3040' && isUnspacedLetter(c)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Han, kana, the CJK and full-width punctuation (，。「」) or curly quotes: what a line of Chinese or
     * Japanese can end or start with where it was wrapped.
     */
    static boolean isUnspacedChar(char c) {
        if (c < '\u2018') {
            return false;
        }
        return isUnspacedLetter(c) || isFullWidthPunctuation(c) || c <= '\u201d';
    }

    /** CJK punctuation (。、「」) and full-width forms (，！？：): Chinese and Japanese marks. */
    static boolean isFullWidthPunctuation(char c) {
        return (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
    }

    private static boolean isUnspacedLetter(char c) {
        return (c >= '\u3040' && c <= '\u30ff') // hiragana, katakana
                || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\u4e00' && c <= '\u9fff') || (c >= '\uf900' && c <= '\ufaff')
                || (c >= '\uff66' && c <= '\uff9f'); // half-width katakana
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
