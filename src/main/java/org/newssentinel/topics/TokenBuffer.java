package org.newssentinel.topics;

import java.util.Arrays;

/**
 * Tokens as parallel arrays, appended by {@link Tokenizer#scan}: one record per token would cost
 * an object each, and articles have hundreds of tokens. Not thread-safe.
 */
final class TokenBuffer {

    String[] stems = new String[256];
    String[] words = new String[256];
    boolean[] capitalised = new boolean[256];
    int[] sentence = new int[256];
    int[] start = new int[256];
    int[] end = new int[256];
    /** The distinct word of the article's text the token is, or -1 (a joined abbreviation). */
    int[] word = new int[256];
    int size;

    void add(String stem, String lower, boolean capital, int sentenceIndex, int from, int to, int distinctWord) {
        if (size == stems.length) {
            int n = size * 2;
            stems = Arrays.copyOf(stems, n);
            words = Arrays.copyOf(words, n);
            capitalised = Arrays.copyOf(capitalised, n);
            sentence = Arrays.copyOf(sentence, n);
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            word = Arrays.copyOf(word, n);
        }
        stems[size] = stem;
        words[size] = lower;
        capitalised[size] = capital;
        sentence[size] = sentenceIndex;
        start[size] = from;
        end[size] = to;
        word[size] = distinctWord;
        size++;
    }
}
