package org.newssentinel.topics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newssentinel.text.ArticleText;

/**
 * An article analysed once for every topic: the headline's and the body sentences' tokens in one
 * stream, each with its sentence and offsets, and the positions of every stem. Building it costs
 * time in the article's length only; topics then look positions up instead of rescanning text.
 */
final class ArticleTokens {

    /** Sentence index of headline tokens. */
    static final int TITLE = ArticleText.TITLE;

    final String title;
    final List<String> sentences;
    final String[] stems;
    final String[] words;
    final boolean[] capitalised;
    final int[] sentence;
    final int[] start;
    final int[] end;
    final int bodyLength;
    private final Map<String, int[]> positions;
    private final Set<String> asked;

    private ArticleTokens(String title, List<String> sentences, TokenBuffer tokens, int distinctWords, Set<String> asked) {
        this.title = title;
        this.sentences = sentences;
        int n = tokens.size;
        stems = Arrays.copyOf(tokens.stems, n);
        words = Arrays.copyOf(tokens.words, n);
        capitalised = Arrays.copyOf(tokens.capitalised, n);
        sentence = Arrays.copyOf(tokens.sentence, n);
        start = Arrays.copyOf(tokens.start, n);
        end = Arrays.copyOf(tokens.end, n);
        int body = 0;
        for (int i = 0; i < n; i++) {
            if (sentence[i] != TITLE) {
                body++;
            }
        }
        bodyLength = body;
        positions = positions(tokens, distinctWords, asked);
        this.asked = asked;
    }

    /**
     * Positions by stem, built from positions by distinct word: one map entry per distinct word
     * rather than a look-up per token. Words that share a stem ("Pipeline", "pipelines") and
     * joined abbreviations are merged in position order. Only the stems in {@code asked} are
     * kept: the topics ask for a few dozen of an article's hundreds.
     */
    private static Map<String, int[]> positions(TokenBuffer tokens, int distinctWords, Set<String> asked) {
        int n = tokens.size;
        int[] first = new int[distinctWords + 1];
        for (int i = 0; i < n; i++) {
            if (tokens.word[i] >= 0) {
                first[tokens.word[i] + 1]++;
            }
        }
        for (int w = 0; w < distinctWords; w++) {
            first[w + 1] += first[w];
        }
        int[] byWord = new int[first[distinctWords]];
        int[] fill = Arrays.copyOf(first, distinctWords);
        for (int i = 0; i < n; i++) {
            if (tokens.word[i] >= 0) {
                byWord[fill[tokens.word[i]]++] = i;
            }
        }
        Map<String, int[]> at = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int w = tokens.word[i];
            if (w >= 0 && first[w] == fill[w]) {
                continue; // a word whose positions are in already
            }
            if (!asked.contains(tokens.stems[i])) {
                if (w >= 0) {
                    fill[w] = first[w];
                }
                continue;
            }
            if (w < 0) {
                at.merge(tokens.stems[i], new int[] {i}, ArticleTokens::merge);
            } else if (first[w] < fill[w]) {
                // The word's first token: all its positions at once (the fill marks it done).
                at.merge(tokens.stems[i], Arrays.copyOfRange(byWord, first[w], fill[w]), ArticleTokens::merge);
                fill[w] = first[w];
            }
        }
        return at;
    }

    /** Two ascending lists of distinct positions as one. */
    private static int[] merge(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            out[k++] = a[i] < b[j] ? a[i++] : b[j++];
        }
        while (i < a.length) {
            out[k++] = a[i++];
        }
        while (j < b.length) {
            out[k++] = b[j++];
        }
        return out;
    }

    /** The tokens of {@code text}, with positions for the stems in {@code asked} (those {@link #positions(String)} may be asked for). */
    static ArticleTokens of(ArticleText text, Set<String> asked) {
        TokenBuffer tokens = new TokenBuffer();
        Tokenizer.scan(text, TITLE, tokens);
        for (int s = 0; s < text.sentences().size(); s++) {
            Tokenizer.scan(text, s, tokens);
        }
        return new ArticleTokens(text.title(), text.sentences(), tokens, text.distinctWords(), asked);
    }

    int size() {
        return stems.length;
    }

    /** The distinct stems of the article, for the presearch. */
    Iterable<String> distinctStems() {
        return positions.keySet();
    }

    private static final int[] NONE = new int[0];

    /** Ascending token positions at which {@code stem} occurs; {@code stem} must be one of those asked for in {@link #of}. */
    int[] positions(String stem) {
        if (!asked.contains(stem)) {
            // An omission in what the scorer says it asks would read as "never occurs": fail loudly instead.
            throw new IllegalArgumentException("no positions kept for \"" + stem + "\": not among the stems asked for");
        }
        return positions.getOrDefault(stem, NONE);
    }

    /** Whether the phrase occurs starting at token {@code at}, within one sentence. */
    boolean phraseAt(CompiledTopic.Phrase phrase, int at) {
        String[] want = phrase.stems();
        if (at < 0 || at + want.length > stems.length) {
            return false;
        }
        for (int k = 0; k < want.length; k++) {
            if (!stems[at + k].equals(want[k]) || sentence[at + k] != sentence[at]) {
                return false;
            }
            String exact = phrase.exact()[k];
            if (exact != null && !exact.equals(words[at + k])) {
                return false;
            }
        }
        return true;
    }

}
