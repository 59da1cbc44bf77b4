package org.newssentinel.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Content words of a sentence for similarity: lower-cased letter/digit runs, English stop words
 * dropped, light suffix stemming so that "pipelines"/"pipeline" and "sanctioned"/"sanction" meet.
 * Deliberately crude: it only has to make sentences about the same thing look alike.
 */
final class Terms {

    private static final Set<String> STOP = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had",
            "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
            "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no",
            "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out",
            "over", "own", "said", "same", "say", "says", "she", "should", "so", "some", "such", "than", "that",
            "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
            "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
            "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
            "s", "t", "mr", "mrs", "ms", "may", "might", "must", "shall", "one", "new", "year", "told", "yet",
            "however", "still", "even", "well", "much", "many");

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

    static String stem(String w) {
        if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("ing") && s.length() > 5) {
            s = undouble(s.substring(0, s.length() - 3));
        } else if (s.endsWith("ed") && s.length() > 4) {
            s = undouble(s.substring(0, s.length() - 2));
        } else if (s.endsWith("ly") && s.length() > 4) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.endsWith("e") && s.length() > 4) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** "stopp" -> "stop", so "stopped" and "stop" share a stem. */
    private static String undouble(String s) {
        int n = s.length();
        if (n >= 2 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }
}
