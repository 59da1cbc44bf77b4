package org.newssentinel.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newssentinel.text.ArticleText;
import org.newssentinel.text.Chars;
import org.newssentinel.text.PorterStemmer;

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
        TokenBuffer b = new TokenBuffer();
        scan(ArticleText.ofPhrase(text), ArticleText.TITLE, b);
        List<Token> out = new ArrayList<>(b.size);
        for (int i = 0; i < b.size; i++) {
            out.add(new Token(b.stems[i], b.words[i], b.start[i], b.end[i], b.capitalised[i]));
        }
        return out;
    }

    /** The stems of a configured term or phrase, analysed exactly like article text. */
    static List<String> stems(String phrase) {
        return tokens(phrase).stream().map(Token::stem).toList();
    }

    /** Appends the tokens of {@code unit} of {@code text} to {@code out}. */
    static void scan(ArticleText text, int unit, TokenBuffer out) {
        String s = text.text(unit);
        int n = s.length();
        int i = 0; // text before this is taken
        for (int run = text.firstRun(unit), last = text.endRun(unit); run < last; run++) {
            int start = text.runStart(run);
            if (start < i) {
                continue; // part of an abbreviation or a possessive
            }
            boolean capital = Character.isUpperCase(s.charAt(start));
            // Only a single letter can start "U.S."
            int abbreviationEnd = text.runEnd(run) == start + 1 ? dottedAbbreviationEnd(s, start) : -1;
            if (abbreviationEnd > 0) {
                StringBuilder letters = new StringBuilder();
                for (int k = start; k < abbreviationEnd; k++) {
                    if (Character.isLetter(s.charAt(k))) {
                        letters.append(s.charAt(k));
                    }
                }
                String word = letters.toString().toLowerCase(Locale.ROOT);
                out.add(PorterStemmer.stem(word), word, capital, unit, start, abbreviationEnd, -1);
                i = abbreviationEnd;
                continue;
            }
            int w = text.runWord(run);
            i = text.runEnd(run);
            out.add(text.stem(w), text.lower(w), capital, unit, start, i, w);
            // A possessive 's belongs to the word before it and is not a word of its own.
            if (i + 1 < n && isApostrophe(s.charAt(i)) && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Chars.isLetterOrDigit(s.charAt(i + 2)))) {
                i += 2;
            }
        }
    }

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
