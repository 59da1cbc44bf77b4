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
    /** Per distinct word: lower-cased form, Porter stem, content term number (-1: none). */
    private final String[] lower;
    private final String[] stems;
    private final int[] term;
    /** Per content term number: the distinct word it was first seen as. */
    private final int[] termWord;
    private final boolean english;

    private ArticleText(Article article, List<String> sentences, Builder b) {
        this.article = article;
        this.sentences = sentences;
        this.firstRun = b.firstRun;
        this.start = Arrays.copyOf(b.start, b.runs);
        this.end = Arrays.copyOf(b.end, b.runs);
        this.word = Arrays.copyOf(b.word, b.runs);
        this.lower = b.lower;
        this.stems = b.stems;
        this.term = b.term;
        this.termWord = Arrays.copyOf(b.termWord, b.termNumbers.size());
        this.english = b.language == Terms.ENGLISH;
    }

    /** Splits and numbers {@code article}; cost linear in its length. */
    public static ArticleText of(Article article) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : article.paragraphs()) {
            sentences.addAll(Sentences.split(paragraph, article.language()));
        }
        return build(article, List.copyOf(sentences));
    }

    /** A text that is not an article, such as a configured phrase: only a headline, not split, offsets as given. */
    public static ArticleText ofPhrase(String text) {
        return build(Article.of(text, List.of(), "und"), List.of());
    }

    private static ArticleText build(Article article, List<String> sentences) {
        int length = article.title().length();
        for (String s : sentences) {
            length += s.length();
        }
        Builder b = new Builder(sentences.size(), Terms.language(article.language()), length);
        b.scan(article.title());
        for (String s : sentences) {
            b.scan(s);
        }
        b.firstRun[b.units] = b.runs;
        b.learnAll();
        return new ArticleText(article, sentences, b);
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

    /** Number of distinct words (as written, case kept); word numbers are 0 .. this - 1, in order of first occurrence. */
    public int distinctWords() {
        return lower.length;
    }

    /** Distinct word {@code w}, lower-cased. */
    public String lower(int w) {
        return lower[w];
    }

    /** The Porter stem of distinct word {@code w} (of its lower-cased form). */
    public String stem(int w) {
        return stems[w];
    }

    /**
     * The content term ({@link Terms}, in the article's language) of distinct word {@code w} as a
     * number below {@link #distinctTerms()}, or -1 for a function word. The term of a run is
     * only its {@link Terms} word when no apostrophe joins it to the next run ("Russia's").
     */
    public int term(int w) {
        return term[w];
    }

    /** Number of distinct content terms of the article's words. */
    public int distinctTerms() {
        return termWord.length;
    }

    /** The text of content term number {@code t}. */
    public String termText(int t) {
        String lowerCased = lower[termWord[t]];
        return english ? Terms.stem(lowerCased) : lowerCased;
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

    /** Accumulates runs unit by unit, and what each new distinct word is. */
    private static final class Builder {
        final Lexicon lexicon;
        final Vocabulary vocabulary;
        final int language;
        final int[] firstRun;
        int units;
        int[] start = new int[512];
        int[] end = new int[512];
        int[] word = new int[512];
        int runs;
        /** Per distinct word: the text and the run of its first occurrence. */
        String[] seenIn = new String[256];
        int[] seenAt = new int[256];
        int[] seenHash = new int[256];
        String[] lower;
        String[] stems;
        int[] term;
        final Numbering termNumbers;
        int[] termWord = new int[256];

        Builder(int sentences, int language, int length) {
            this.language = language;
            // News has a new word every ten characters or so early on, fewer later: sized so
            // that a typical article's tables never grow.
            int expected = Math.min(4096, length / 10);
            lexicon = new Lexicon(expected);
            vocabulary = Vocabulary.forText(length);
            termNumbers = new Numbering(expected);
            firstRun = new int[sentences + 2]; // the headline, each sentence, and the end
        }

        void scan(String text) {
            firstRun[units++] = runs;
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (!Chars.isLetterOrDigit(c)) {
                    i++;
                    continue;
                }
                int s = i;
                int hash = 0;
                do {
                    hash = 31 * hash + c;
                    i++;
                } while (i < n && Chars.isLetterOrDigit(c = text.charAt(i)));
                if (runs == start.length) {
                    start = Arrays.copyOf(start, runs * 2);
                    end = Arrays.copyOf(end, runs * 2);
                    word = Arrays.copyOf(word, runs * 2);
                }
                start[runs] = s;
                end[runs] = i;
                int known = lexicon.size();
                int w = lexicon.id(text, s, i, hash);
                if (w == known) {
                    if (w == seenIn.length) {
                        seenIn = Arrays.copyOf(seenIn, w * 2);
                        seenAt = Arrays.copyOf(seenAt, w * 2);
                        seenHash = Arrays.copyOf(seenHash, w * 2);
                    }
                    seenIn[w] = text;
                    seenAt[w] = runs;
                    seenHash[w] = hash;
                }
                word[runs] = w;
                runs++;
            }
        }

        /** Looks every distinct word up in the vocabulary, once each, after the scan. */
        void learnAll() {
            int n = lexicon.size();
            lower = new String[n];
            stems = new String[n];
            term = new int[n];
            vocabulary.warm(seenHash, n);
            for (int w = 0; w < n; w++) {
                learn(w, seenIn[w], start[seenAt[w]], end[seenAt[w]], seenHash[w]);
            }
        }

        /** What distinct word {@code w}, first seen as {@code text[from, to)}, is. */
        private void learn(int w, String text, int from, int to, int hash) {
            int id = vocabulary.word(text, from, to, hash);
            lower[w] = vocabulary.lower(id);
            stems[w] = vocabulary.stem(id);
            int t = vocabulary.term(language);
            if (t < 0) {
                term[w] = -1;
                return;
            }
            int known = termNumbers.size();
            term[w] = termNumbers.number(t);
            if (term[w] == known) {
                if (known == termWord.length) {
                    termWord = Arrays.copyOf(termWord, known * 2);
                }
                termWord[known] = w;
            }
        }
    }
}
