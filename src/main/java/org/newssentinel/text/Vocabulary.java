package org.newssentinel.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * What each word seen so far is, worked out once per thread: its lower-cased form, its Porter
 * stem, and its content term ({@link Terms}) in each language. News reuses a small vocabulary,
 * and stemming is the costliest step per word. A thread's table is emptied when it reaches
 * {@link Lexicon#MAX_WORDS} words at the start of an article, so that odd input cannot grow it
 * without limit. Not thread-safe: one per thread ({@link #forText(int)}).
 *
 * <p>Laid out for the cache: between two articles the cleaner sweeps the caches, so each word
 * looked up costs a miss per cache line touched. A word's term numbers sit in its
 * {@link Lexicon} slot, its two strings side by side in one array.
 */
final class Vocabulary {

    private static final ThreadLocal<Vocabulary> PER_THREAD = ThreadLocal.withInitial(Vocabulary::new);
    private static final int LANGUAGES = Terms.LANGUAGE_COUNT;
    /** Lexicon values of a word: its English term (-1: function word), its lower-cased form as a term, its stop bits. */
    private static final int ENGLISH_TERM = 0;
    private static final int LOWER_TERM = 1;
    private static final int STOP_IN = 2;

    /** Words as written (case kept). */
    private final Lexicon words = new Lexicon();
    /** Per word id: lower-cased form at 2 id, Porter stem at 2 id + 1. */
    private String[] forms = new String[2048];
    /** Content terms (lower-cased, English plurals folded). */
    private final Lexicon terms = new Lexicon();

    private Vocabulary() {
    }

    /**
     * Text longer than this (in characters) gets a vocabulary of its own, dropped with it: a
     * news article is far shorter, and a text of distinct made-up words must not leave a
     * thread holding them.
     */
    static final int SHARED_UP_TO = 100_000;

    /**
     * The vocabulary for a text of {@code length} characters: this thread's, emptied first when
     * it has grown to its bound (so it holds at most that bound plus one text's words).
     */
    static Vocabulary forText(int length) {
        if (length > SHARED_UP_TO) {
            return new Vocabulary();
        }
        Vocabulary v = PER_THREAD.get();
        if (v.words.size() >= Lexicon.MAX_WORDS || v.terms.size() >= Lexicon.MAX_WORDS) {
            v.words.clear();
            v.terms.clear();
            if (v.forms.length > 4 * Lexicon.MAX_WORDS) {
                v.forms = new String[2048];
            }
        }
        return v;
    }

    /**
     * The id of the word {@code text[from, to)} (as written), working out what it is when it is
     * new; {@link #term} then tells its content term.
     */
    int word(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        return word(text, from, to, h);
    }

    /** {@link #word(String, int, int)} given the word's {@code hash} ({@link Lexicon#id(String, int, int, int)}). */
    int word(String text, int from, int to, int hash) {
        int known = words.size();
        int id = words.id(text, from, to, hash);
        if (id == known) {
            if (2 * id == forms.length) {
                forms = Arrays.copyOf(forms, forms.length * 2);
            }
            String w = text.substring(from, to).toLowerCase(Locale.ROOT);
            forms[2 * id] = w;
            forms[2 * id + 1] = PorterStemmer.stem(w);
            int stops = 0;
            for (int k = 0; k < LANGUAGES; k++) {
                stops |= Terms.isStop(w, k) ? 1 << k : 0;
            }
            int english = Terms.isStop(w, Terms.ENGLISH) ? -1 : term(Terms.stem(w));
            int lower = term(w);
            words.setValue(ENGLISH_TERM, english);
            words.setValue(LOWER_TERM, lower);
            words.setValue(STOP_IN, stops);
        }
        return id;
    }

    /** Brings the table entries of the words with these hashes into cache, before they are looked up one by one. */
    void warm(int[] hashes, int count) {
        words.warm(hashes, count);
    }

    String lower(int id) {
        return forms[2 * id];
    }

    String stem(int id) {
        return forms[2 * id + 1];
    }

    /**
     * The content term of the word last given to {@link #word} in {@code language}
     * ({@link Terms#language}), as an id valid until the vocabulary is emptied; -1 for a
     * function word.
     */
    int term(int language) {
        if (language == Terms.ENGLISH) {
            return words.value(ENGLISH_TERM);
        }
        return (words.value(STOP_IN) >> language & 1) != 0 ? -1 : words.value(LOWER_TERM);
    }

    private int term(String term) {
        return terms.id(term, 0, term.length());
    }
}
