package org.newssentinel.summary;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newssentinel.text.ArticleText;
import org.newssentinel.text.Terms;

/**
 * The content words of an article's sentences ({@link Terms#of(String, String)}) as numbers: the
 * same word gets the same number throughout the article, numbers are handed out in order of first
 * occurrence in the sentences asked for, and each sentence keeps at most {@link #MAX_TERMS} of
 * its words. The words' terms come from the {@link ArticleText}, worked out once per distinct
 * word; only the runs of each sentence are walked here. One per article; not thread-safe.
 */
final class TermIds {

    /** Content words of one sentence that count for similarity: a real sentence has far fewer. */
    static final int MAX_TERMS = 200;

    private final ArticleText text;
    private final boolean english;
    /** Per term of the article (and then per term found only by the reference path): its number, or -1. */
    private int[] number;
    private int numbered;
    /** Terms by text, built only when a sentence needs the reference path. */
    private Map<String, Integer> byText;
    private int[] buffer = new int[64];
    private int lastWords;

    TermIds(ArticleText text) {
        this.text = text;
        english = Terms.language(text.language()) == Terms.ENGLISH;
        number = new int[text.distinctTerms()];
        Arrays.fill(number, -1);
    }

    /**
     * The numbers of the first {@link #MAX_TERMS} content words of sentence {@code s} of the
     * article, in order, repeats kept; {@link #words()} then gives its word count
     * ({@link Terms#words}).
     */
    int[] of(int s) {
        String sentence = text.sentences().get(s);
        // Lower-casing a whole sentence differs from lower-casing word by word only for these two
        // letters (İ becomes two characters, Σ depends on what follows), and elision in other
        // languages keeps the text after the apostrophe: the reference path handles those.
        if (sentence.indexOf('\u0130') >= 0 || sentence.indexOf('\u03a3') >= 0
                || (!english && sentence.indexOf('\'') >= 0)) {
            return reference(sentence);
        }
        int n = sentence.length();
        int count = 0;
        int end = text.endRun(s);
        int r = text.firstRun(s);
        while (r < end) {
            int term = text.term(text.runWord(r));
            int i = text.runEnd(r++);
            // "Russia's": an apostrophe followed by a letter joins the runs into one word, whose
            // term is its first run in English; the rest are not words of their own.
            while (i + 1 < n && sentence.charAt(i) == '\'' && Character.isLetter(sentence.charAt(i + 1))) {
                i = text.runEnd(r++);
            }
            if (term >= 0 && count < MAX_TERMS) {
                if (count == buffer.length) {
                    buffer = Arrays.copyOf(buffer, count * 2);
                }
                buffer[count++] = number(term);
            }
        }
        lastWords = end - text.firstRun(s);
        return Arrays.copyOf(buffer, count);
    }

    /** The word count of the sentence last given to {@link #of(int)}. */
    int words() {
        return lastWords;
    }

    private int[] reference(String sentence) {
        if (byText == null) {
            byText = new HashMap<>();
            for (int t = 0; t < text.distinctTerms(); t++) {
                byText.put(text.termText(t), t);
            }
        }
        List<String> terms = Terms.of(sentence, text.language());
        int[] out = new int[Math.min(terms.size(), MAX_TERMS)];
        for (int k = 0; k < out.length; k++) {
            out[k] = number(byText.computeIfAbsent(terms.get(k), w -> byText.size()));
        }
        lastWords = Terms.words(sentence);
        return out;
    }

    private int number(int term) {
        if (term >= number.length) {
            int old = number.length;
            number = Arrays.copyOf(number, Math.max(term + 1, old * 2));
            Arrays.fill(number, old, number.length, -1);
        }
        if (number[term] < 0) {
            number[term] = numbered++;
        }
        return number[term];
    }
}
