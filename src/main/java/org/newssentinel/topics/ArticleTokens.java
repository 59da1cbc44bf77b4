package org.newssentinel.topics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private ArticleTokens(String title, List<String> sentences, TokenBuffer tokens) {
        this.title = title;
        this.sentences = sentences;
        int n = tokens.size;
        stems = Arrays.copyOf(tokens.stems, n);
        words = Arrays.copyOf(tokens.words, n);
        capitalised = Arrays.copyOf(tokens.capitalised, n);
        sentence = Arrays.copyOf(tokens.sentence, n);
        start = Arrays.copyOf(tokens.start, n);
        end = Arrays.copyOf(tokens.end, n);
        Map<String, int[]> at = new HashMap<>(n);
        int body = 0;
        for (int i = 0; i < n; i++) {
            // Each entry: [count, position, position, ...], grown by doubling.
            int[] list = at.get(stems[i]);
            if (list == null) {
                list = new int[3];
                at.put(stems[i], list);
            } else if (list[0] + 1 == list.length) {
                list = Arrays.copyOf(list, list.length * 2);
                at.put(stems[i], list);
            }
            list[++list[0]] = i;
            if (sentence[i] != TITLE) {
                body++;
            }
        }
        bodyLength = body;
        at.replaceAll((stem, list) -> Arrays.copyOfRange(list, 1, list[0] + 1));
        positions = at;
    }

    static ArticleTokens of(ArticleText text) {
        TokenBuffer tokens = new TokenBuffer();
        Tokenizer.scan(text, TITLE, tokens);
        for (int s = 0; s < text.sentences().size(); s++) {
            Tokenizer.scan(text, s, tokens);
        }
        return new ArticleTokens(text.title(), text.sentences(), tokens);
    }

    int size() {
        return stems.length;
    }

    /** The distinct stems of the article, for the presearch. */
    Iterable<String> distinctStems() {
        return positions.keySet();
    }

    private static final int[] NONE = new int[0];

    /** Ascending token positions at which {@code stem} occurs. */
    int[] positions(String stem) {
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
