package org.newssentinel.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Content words of a sentence for similarity: lower-cased letter/digit runs, English stop words
 * dropped, plurals folded so that "pipelines" and "pipeline" meet.
 * Deliberately crude: it only has to make sentences about the same thing look alike.
 */
final class Terms {

    /**
     * The classic English stop-word list (as shipped with NLTK). Words such as "said" or "year"
     * are deliberately not in it: measured, dropping them makes central sentences harder to find.
     */
    private static final Set<String> STOP = Set.of(
            "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
            "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
            "itself", "they", "them", "their", "theirs", "themselves", "what", "which", "who", "whom",
            "this", "that", "these", "those", "am", "is", "are", "was", "were", "be", "been", "being",
            "have", "has", "had", "having", "do", "does", "did", "doing", "a", "an", "the", "and", "but",
            "if", "or", "because", "as", "until", "while", "of", "at", "by", "for", "with", "about",
            "against", "between", "into", "through", "during", "before", "after", "above", "below", "to",
            "from", "up", "down", "in", "out", "on", "off", "over", "under", "again", "further", "then",
            "once", "here", "there", "when", "where", "why", "how", "all", "any", "both", "each", "few",
            "more", "most", "other", "some", "such", "no", "nor", "not", "only", "own", "same", "so", "than",
            "too", "very", "s", "t", "can", "will", "just", "don", "should", "now");

    private Terms() {
    }

    /** Stemmed content words of {@code sentence}, in order, repeats kept. */
    static List<String> of(String sentence) {
        List<String> out = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && (Character.isLetterOrDigit(lower.charAt(i))
                    || (lower.charAt(i) == '\'' && i + 1 < n && Character.isLetter(lower.charAt(i + 1)) && i > s))) {
                i++;
            }
            if (i > s) {
                String w = lower.substring(s, i);
                int apostrophe = w.indexOf('\'');
                if (apostrophe > 0) {
                    w = w.substring(0, apostrophe);
                }
                if (!STOP.contains(w)) {
                    out.add(stem(w));
                }
            }
        }
        return out;
    }

    /** Word count as a reader sees it (letter/digit runs), for length preferences. */
    static int words(String sentence) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < sentence.length(); i++) {
            boolean w = Character.isLetterOrDigit(sentence.charAt(i));
            if (w && !in) {
                count++;
            }
            in = w;
        }
        return count;
    }

    /**
     * Folds plurals only ("pipelines" -> "pipeline", "companies" -> "company"). Measured on the
     * development set, stripping "-ing"/"-ed" as well merged too many unrelated words.
     */
    static String stem(String w) {
        if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
