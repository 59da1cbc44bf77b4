package org.newssentinel.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newssentinel.text.ArticleText;
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
        ArticleText phrase = ArticleText.ofPhrase(text);
        TokenBuffer b = new TokenBuffer();
        scan(phrase, ArticleText.TITLE, forms(phrase), b);
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

    /** Per distinct word of an {@link ArticleText}: its lower-cased form and its stem. */
    record Forms(String[] lower, String[] stems) {
    }

    /** The forms of every distinct word of {@code text}, each worked out once per thread. */
    static Forms forms(ArticleText text) {
        Words words = WORDS.get();
        int n = text.distinctWords();
        String[] lower = new String[n];
        String[] stems = new String[n];
        for (int w = 0; w < n; w++) {
            String word = text.word(w);
            int id = words.id(word, 0, word.length());
            lower[w] = words.lower[id];
            stems[w] = words.stems[id];
        }
        return new Forms(lower, stems);
    }

    /** Appends the tokens of {@code unit} of {@code text} to {@code out}. */
    static void scan(ArticleText text, int unit, Forms forms, TokenBuffer out) {
        String s = text.text(unit);
        int n = s.length();
        int run = text.firstRun(unit);
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean capital = Character.isUpperCase(s.charAt(i));
            int abbreviationEnd = dottedAbbreviationEnd(s, i);
            if (abbreviationEnd > 0) {
                StringBuilder letters = new StringBuilder();
                for (int k = start; k < abbreviationEnd; k++) {
                    if (Character.isLetter(s.charAt(k))) {
                        letters.append(s.charAt(k));
                    }
                }
                Words words = WORDS.get();
                int id = words.id(letters.toString(), 0, letters.length());
                out.add(words.stems[id], words.lower[id], capital, unit, start, abbreviationEnd);
                i = abbreviationEnd;
                continue;
            }
            // A token starts where a run of letters or digits does: find that run.
            while (text.runStart(run) < start) {
                run++;
            }
            int w = text.runWord(run);
            i = text.runEnd(run);
            out.add(forms.stems[w], forms.lower[w], capital, unit, start, i);
            // A possessive 's belongs to the word before it and is not a word of its own.
            if (i + 1 < n && isApostrophe(s.charAt(i)) && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
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

        int id(String text, int from, int to) {
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
                String word = text.substring(from, to).toLowerCase(Locale.ROOT);
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
