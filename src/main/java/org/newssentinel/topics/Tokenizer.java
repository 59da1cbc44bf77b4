package org.newssentinel.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newssentinel.text.Lexicon;

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
        scan(text, 0, b);
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

    /** Appends the tokens of {@code text} to {@code out}, each marked as of sentence {@code sentence}. */
    static void scan(String text, int sentence, TokenBuffer out) {
        Words words = WORDS.get();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean capital = Character.isUpperCase(text.charAt(i));
            int abbreviationEnd = dottedAbbreviationEnd(text, i);
            if (abbreviationEnd > 0) {
                StringBuilder letters = new StringBuilder();
                for (int k = start; k < abbreviationEnd; k++) {
                    if (Character.isLetter(text.charAt(k))) {
                        letters.append(text.charAt(k));
                    }
                }
                int id = words.id(letters, 0, letters.length());
                out.add(words.stems[id], words.lower[id], capital, sentence, start, abbreviationEnd);
                i = abbreviationEnd;
                continue;
            }
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int id = words.id(text, start, i);
            out.add(words.stems[id], words.lower[id], capital, sentence, start, i);
            // A possessive 's belongs to the word before it and is not a word of its own.
            if (i + 1 < n && isApostrophe(text.charAt(i)) && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                i += 2;
            }
        }
    }

    /**
     * Lower-cased forms and stems of the words seen so far, per thread: news reuses a small
     * vocabulary, and stemming is the costliest step per word. A thread's table is emptied when
     * it reaches {@link Lexicon#MAX_WORDS}, so that odd input cannot grow it without limit.
     */
    private static final ThreadLocal<Words> WORDS = ThreadLocal.withInitial(Words::new);

    /** Words as written (case kept) to their lower-cased form and stem. */
    private static final class Words {
        private final Lexicon lexicon = new Lexicon();
        String[] lower = new String[1024];
        String[] stems = new String[1024];

        int id(CharSequence text, int from, int to) {
            int known = lexicon.size();
            int id = lexicon.id(text, from, to);
            if (id == known) {
                if (known >= Lexicon.MAX_WORDS) {
                    lexicon.clear();
                    return id(text, from, to);
                }
                if (id == lower.length) {
                    lower = Arrays.copyOf(lower, id * 2);
                    stems = Arrays.copyOf(stems, id * 2);
                }
                String word = text.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
                lower[id] = word;
                stems[id] = PorterStemmer.stem(word);
            }
            return id;
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
