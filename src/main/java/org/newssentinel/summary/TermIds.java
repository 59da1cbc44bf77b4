package org.newssentinel.summary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newssentinel.text.ArticleText;
import org.newssentinel.text.Lexicon;

/**
 * The content words of an article's sentences ({@link Terms#of(String, String)}) as numbers: the
 * same word gets the same number throughout the article, numbers are handed out in order of first
 * occurrence, and each sentence keeps at most {@link #MAX_TERMS} of its words.
 *
 * <p>Why numbers from a table: the summariser compares every sentence with every other, and the
 * words of each are looked up once per article. Working out a word's content term (lower case,
 * function word or not, plural folded) is done once per distinct word per thread; each later
 * occurrence costs one probe in {@link Lexicon}, with no string cut out of the sentence.
 *
 * <p>One instance per thread, reused across articles ({@link #forArticle}), which keeps the
 * article it was last given; not thread-safe.
 */
final class TermIds {

    /** Content words of one sentence that count for similarity: a real sentence has far fewer. */
    static final int MAX_TERMS = 200;

    private static final ThreadLocal<TermIds> PER_THREAD = ThreadLocal.withInitial(TermIds::new);

    /** Words as written (case kept). */
    private final Lexicon words = new Lexicon();
    /** Per word: its English content term, or -1 for an English function word. */
    private int[] english = new int[1024];
    /** Per word: its lower-cased form as a term. */
    private int[] lower = new int[1024];
    /** Per word: bit k set when it is a function word of {@link Terms#language} k. */
    private byte[] stopIn = new byte[1024];
    /** Content terms (lower-cased, English plurals folded). */
    private final Lexicon terms = new Lexicon();
    /** Per term: its number in the current article, valid when {@code seen[term] == article}. */
    private int[] local = new int[1024];
    private int[] seen = new int[1024];
    private int article;
    private int numbered;
    private int language;
    private String languageCode;
    private ArticleText text;
    /** Per distinct word of the article: its content term, or -1. */
    private int[] termOfWord;
    private int[] buffer = new int[64];
    private int lastWords;

    private TermIds() {
    }

    /** This thread's instance, numbering from 0 again for {@code text}. */
    static TermIds forArticle(ArticleText text) {
        TermIds t = PER_THREAD.get();
        t.start(text);
        return t;
    }

    private void start(ArticleText text) {
        if (words.size() >= Lexicon.MAX_WORDS || terms.size() >= Lexicon.MAX_WORDS) {
            words.clear();
            terms.clear();
            Arrays.fill(seen, 0);
            article = 0;
        }
        if (article == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            article = 0;
        }
        article++;
        numbered = 0;
        this.text = text;
        languageCode = text.language();
        language = Terms.language(languageCode);
        // What each distinct word of the article is as a content term, worked out once per word.
        int n = text.distinctWords();
        termOfWord = new int[n];
        for (int w = 0; w < n; w++) {
            String word = text.word(w);
            int id = word(word, 0, word.length());
            termOfWord[w] = language == Terms.ENGLISH ? english[id] : (stopIn[id] >> language & 1) != 0 ? -1 : lower[id];
        }
    }

    /**
     * The numbers of the first {@link #MAX_TERMS} content words of sentence {@code s}, in
     * order, repeats kept; {@link #words()} then gives its word count ({@link Terms#words}).
     */
    int[] of(int s) {
        String sentence = text.sentences().get(s);
        // Lower-casing a whole sentence differs from lower-casing word by word only for these two
        // letters (İ becomes two characters, Σ depends on what follows), and elision in other
        // languages keeps the text after the apostrophe: the reference path handles those.
        if (sentence.indexOf('\u0130') >= 0 || sentence.indexOf('\u03a3') >= 0
                || (language != Terms.ENGLISH && sentence.indexOf('\'') >= 0)) {
            List<String> t = Terms.of(sentence, languageCode);
            int[] out = new int[Math.min(t.size(), MAX_TERMS)];
            for (int k = 0; k < out.length; k++) {
                String w = t.get(k);
                out[k] = local(terms.id(w, 0, w.length()));
            }
            lastWords = Terms.words(sentence);
            return out;
        }
        int n = sentence.length();
        int count = 0;
        int end = text.endRun(s);
        int r = text.firstRun(s);
        while (r < end) {
            int term = termOfWord[text.runWord(r)];
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
                buffer[count++] = local(term);
            }
        }
        lastWords = end - text.firstRun(s);
        return Arrays.copyOf(buffer, count);
    }

    /** The word count of the sentence last given to {@link #of(int)}. */
    int words() {
        return lastWords;
    }

    private int word(String text, int from, int to) {
        int known = words.size();
        int id = words.id(text, from, to);
        if (id == known) {
            if (id == english.length) {
                english = Arrays.copyOf(english, id * 2);
                lower = Arrays.copyOf(lower, id * 2);
                stopIn = Arrays.copyOf(stopIn, id * 2);
            }
            String w = text.substring(from, to).toLowerCase(Locale.ROOT);
            english[id] = Terms.isStop(w, Terms.ENGLISH) ? -1 : termId(Terms.stem(w));
            lower[id] = termId(w);
            int stops = 0;
            for (int k = 0; k < 4; k++) {
                stops |= Terms.isStop(w, k) ? 1 << k : 0;
            }
            stopIn[id] = (byte) stops;
        }
        return id;
    }

    private int termId(String term) {
        return terms.id(term, 0, term.length());
    }

    private int local(int term) {
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
}
