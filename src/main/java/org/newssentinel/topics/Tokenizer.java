package org.newssentinel.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits text into word tokens for matching: runs of letters or digits, lower-cased and stemmed,
 * with their character offsets in the text so that matches can be marked. Hyphenated words split
 * ("US-led" gives "us", "led"); a possessive "'s" is dropped; dotted abbreviations join
 * ("U.S." gives "us"). Stateless and thread-safe.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    /**
     * A token: its stem, the word as written but lower-cased, its [start, end) offsets in the
     * text, and whether it was written capitalised.
     */
    record Token(String stem, String word, int start, int end, boolean capitalised) {
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int abbreviationEnd = dottedAbbreviationEnd(text, i);
            String word;
            if (abbreviationEnd > 0) {
                StringBuilder letters = new StringBuilder();
                for (int k = start; k < abbreviationEnd; k++) {
                    if (Character.isLetter(text.charAt(k))) {
                        letters.append(text.charAt(k));
                    }
                }
                word = letters.toString();
                i = abbreviationEnd;
            } else {
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                word = text.substring(start, i); // lower-cased and stemmed in token()
                // A possessive 's belongs to the word before it and is not a word of its own.
                if (i + 1 < n && isApostrophe(text.charAt(i)) && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                    out.add(token(word, start, i));
                    i += 2;
                    continue;
                }
            }
            out.add(token(word, start, abbreviationEnd > 0 ? abbreviationEnd : i));
        }
        return out;
    }

    /** The stems of a configured term or phrase, analysed exactly like article text. */
    static List<String> stems(String phrase) {
        return tokens(phrase).stream().map(Token::stem).toList();
    }

    private static Token token(String word, int start, int end) {
        String lower = word.toLowerCase(Locale.ROOT);
        String stem = STEMS.get(lower);
        if (stem == null) {
            stem = PorterStemmer.stem(lower);
            if (STEMS.size() < STEM_CACHE_LIMIT) {
                STEMS.put(lower, stem);
            }
        }
        return new Token(stem, lower, start, end, Character.isUpperCase(word.charAt(0)));
    }

    /**
     * Stems of words seen so far: news reuses a small vocabulary, and stemming is the costliest
     * step per word. Bounded so that odd input cannot grow it without limit; past the bound,
     * new words are simply stemmed each time.
     */
    private static final Map<String, String> STEMS = new ConcurrentHashMap<>();
    private static final int STEM_CACHE_LIMIT = 200_000;

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** For "U.S." or "U.N" (two or more single letters joined by full stops) the end offset; else -1. */
    private static int dottedAbbreviationEnd(String text, int at) {
        int n = text.length();
        int i = at;
        int letters = 0;
        while (i < n && Character.isLetter(text.charAt(i)) && (i + 1 == n || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
            letters++;
            if (i + 1 < n && text.charAt(i + 1) == '.') {
                i += 2;
            } else {
                i++;
                break;
            }
        }
        return letters >= 2 ? i : -1;
    }
}
