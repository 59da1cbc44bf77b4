package org.newssentinel.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newssentinel.clean.Article;

/**
 * An article's text analysed once for every stage after cleaning: its body split into
 * {@link Sentences}, and the words (runs of letters or digits, as {@link Character#isLetterOrDigit}
 * has them) of the headline and of each sentence, each numbered by the distinct word it is.
 *
 * <p>Why: topic scoring and summarising both read every sentence word by word. Splitting once
 * and numbering each word once lets each of them work out what a word means to it (stem,
 * content term) once per distinct word instead of once per occurrence.
 *
 * <p>Texts are addressed by <em>unit</em>: {@link #TITLE} for the headline, {@code s} for
 * sentence {@code s}. Runs are numbered through the whole article in text order; offsets are
 * within the unit's text. Immutable once built, so safe to share between threads.
 */
public final class ArticleText {

    /** The unit of the headline. */
    public static final int TITLE = -1;

    private final Article article;
    private final List<String> sentences;
    /** Runs of unit u: [firstRun[u + 1], firstRun[u + 2]); units in text order, the headline first. */
    private final int[] firstRun;
    private final int[] start;
    private final int[] end;
    private final int[] word;
    private final String[] words;

    private ArticleText(Article article, List<String> sentences, int[] firstRun, int[] start, int[] end, int[] word,
                        String[] words) {
        this.article = article;
        this.sentences = sentences;
        this.firstRun = firstRun;
        this.start = start;
        this.end = end;
        this.word = word;
        this.words = words;
    }

    /** Splits and numbers {@code article}; cost linear in its length. */
    public static ArticleText of(Article article) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : article.paragraphs()) {
            sentences.addAll(Sentences.split(paragraph));
        }
        return build(article, List.copyOf(sentences));
    }

    /** A text that is not an article, such as a configured phrase: only a headline, not split, offsets as given. */
    public static ArticleText ofPhrase(String text) {
        return build(Article.of(text, List.of(), "und"), List.of());
    }

    private static ArticleText build(Article article, List<String> sentences) {
        Builder b = new Builder(sentences.size());
        b.scan(article.title());
        for (String s : sentences) {
            b.scan(s);
        }
        return b.finish(article, sentences);
    }

    public Article article() {
        return article;
    }

    public String title() {
        return article.title();
    }

    public String language() {
        return article.language();
    }

    /** The body's sentences, paragraph after paragraph. */
    public List<String> sentences() {
        return sentences;
    }

    /** The text of {@code unit}. */
    public String text(int unit) {
        return unit == TITLE ? article.title() : sentences.get(unit);
    }

    /** Number of distinct words; word numbers are 0 .. this - 1, in order of first occurrence. */
    public int distinctWords() {
        return words.length;
    }

    /** Distinct word {@code id}, as written (case kept). */
    public String word(int id) {
        return words[id];
    }

    /** First run of {@code unit}. */
    public int firstRun(int unit) {
        return firstRun[unit + 1];
    }

    /** One past the last run of {@code unit}. */
    public int endRun(int unit) {
        return firstRun[unit + 2];
    }

    /** Offset of run {@code r} in its unit's text. */
    public int runStart(int r) {
        return start[r];
    }

    /** End offset (exclusive) of run {@code r} in its unit's text. */
    public int runEnd(int r) {
        return end[r];
    }

    /** The distinct word that run {@code r} is. */
    public int runWord(int r) {
        return word[r];
    }

    /** Accumulates runs unit by unit. */
    private static final class Builder {
        private final Lexicon lexicon = new Lexicon();
        private final int[] firstRun;
        private int units;
        private int[] start = new int[512];
        private int[] end = new int[512];
        private int[] word = new int[512];
        private int runs;

        Builder(int sentences) {
            firstRun = new int[sentences + 2]; // the headline, each sentence, and the end
        }

        void scan(String text) {
            firstRun[units++] = runs;
            int n = text.length();
            int i = 0;
            while (i < n) {
                if (!Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                if (runs == start.length) {
                    start = Arrays.copyOf(start, runs * 2);
                    end = Arrays.copyOf(end, runs * 2);
                    word = Arrays.copyOf(word, runs * 2);
                }
                start[runs] = s;
                end[runs] = i;
                word[runs] = lexicon.id(text, s, i);
                runs++;
            }
        }

        ArticleText finish(Article article, List<String> sentences) {
            firstRun[units] = runs;
            String[] words = new String[lexicon.size()];
            for (int w = 0; w < words.length; w++) {
                words[w] = lexicon.word(w);
            }
            return new ArticleText(article, sentences, firstRun, Arrays.copyOf(start, runs), Arrays.copyOf(end, runs),
                    Arrays.copyOf(word, runs), words);
        }
    }
}
