package org.newssentinel.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * What each word seen so far is, worked out once per thread: its lower-cased form, its Porter
 * stem, and its content term ({@link Terms}) in each language. News reuses a small vocabulary,
 * and stemming is the costliest step per word. A thread's table is emptied when it reaches
 * {@link Lexicon#MAX_WORDS} words at the start of an article, so that odd input cannot grow it
 * without limit. Not thread-safe: one per thread ({@link #forArticle()}).
 */
final class Vocabulary {

    private static final ThreadLocal<Vocabulary> PER_THREAD = ThreadLocal.withInitial(Vocabulary::new);
    private static final int LANGUAGES = 4;

    /** Words as written (case kept). */
    private final Lexicon words = new Lexicon();
    String[] lower = new String[1024];
    String[] stems = new String[1024];
    /** Per word: its English content term, or -1 for an English function word. */
    private int[] english = new int[1024];
    /** Per word: its lower-cased form as a term. */
    private int[] lowerTerm = new int[1024];
    /** Per word: bit k set when it is a function word of {@link Terms#language} k. */
    private byte[] stopIn = new byte[1024];
    /** Content terms (lower-cased, English plurals folded). */
    private final Lexicon terms = new Lexicon();
    String[] termText = new String[1024];
    /** Per term: its number in the current article, valid when {@code seen[term] == article}. */
    private int[] local = new int[1024];
    private int[] seen = new int[1024];
    private int article;
    private int numbered;

    private Vocabulary() {
    }

    /** This thread's vocabulary, ready to number the terms of a new article from 0. */
    static Vocabulary forArticle() {
        Vocabulary v = PER_THREAD.get();
        if (v.words.size() >= Lexicon.MAX_WORDS || v.terms.size() >= Lexicon.MAX_WORDS || v.article == Integer.MAX_VALUE) {
            v.words.clear();
            v.terms.clear();
            Arrays.fill(v.seen, 0);
            v.article = 0;
        }
        v.article++;
        v.numbered = 0;
        return v;
    }

    /** The number of term {@code term} in the current article: 0, 1, ... in order of first asking. */
    int localTerm(int term) {
        if (term >= seen.length) {
            int n = Math.max(term + 1, seen.length * 2);
            seen = Arrays.copyOf(seen, n);
            local = Arrays.copyOf(local, n);
        }
        if (seen[term] != article) {
            seen[term] = article;
            local[term] = numbered++;
        }
        return local[term];
    }

    /** How many terms the current article has numbered. */
    int localTerms() {
        return numbered;
    }

    /** The id of the word {@code text[from, to)} (as written), working out what it is when it is new. */
    int word(String text, int from, int to) {
        int known = words.size();
        int id = words.id(text, from, to);
        if (id == known) {
            if (id == lower.length) {
                int n = id * 2;
                lower = Arrays.copyOf(lower, n);
                stems = Arrays.copyOf(stems, n);
                english = Arrays.copyOf(english, n);
                lowerTerm = Arrays.copyOf(lowerTerm, n);
                stopIn = Arrays.copyOf(stopIn, n);
            }
            String w = text.substring(from, to).toLowerCase(Locale.ROOT);
            lower[id] = w;
            stems[id] = PorterStemmer.stem(w);
            english[id] = Terms.isStop(w, Terms.ENGLISH) ? -1 : term(Terms.stem(w));
            lowerTerm[id] = term(w);
            int stops = 0;
            for (int k = 0; k < LANGUAGES; k++) {
                stops |= Terms.isStop(w, k) ? 1 << k : 0;
            }
            stopIn[id] = (byte) stops;
        }
        return id;
    }

    /** The content term of word {@code id} in {@code language} ({@link Terms#language}), or -1. */
    int term(int id, int language) {
        if (language == Terms.ENGLISH) {
            return english[id];
        }
        return (stopIn[id] >> language & 1) != 0 ? -1 : lowerTerm[id];
    }

    private int term(String term) {
        int known = terms.size();
        int id = terms.id(term, 0, term.length());
        if (id == known) {
            if (id == termText.length) {
                termText = Arrays.copyOf(termText, id * 2);
            }
            termText[id] = term;
        }
        return id;
    }
}
