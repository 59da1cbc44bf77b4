package org.newssentinel.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits news text into sentences. A full stop ends a sentence unless it belongs to a known
 * abbreviation, an initial or a number; a missing space after a full stop ("$10.9bn.For") still
 * splits when a capital letter follows a lower-case word.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "inc", "ltd", "co", "corp", "no", "vs", "etc", "jr", "sr", "u.s", "u.k", "e.g", "i.e", "approx");

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                add(out, text, start, i);
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < n && (text.charAt(end) == '.' || text.charAt(end) == '"' || text.charAt(end) == '\u201d'
                        || text.charAt(end) == '\'' || text.charAt(end) == ')' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
                    end++;
                }
                if (isBoundary(text, i, end)) {
                    add(out, text, start, end);
                    start = end;
                    i = end - 1;
                }
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean isBoundary(String text, int dot, int end) {
        int n = text.length();
        if (end >= n) {
            return true;
        }
        char next = text.charAt(end);
        if (Character.isWhitespace(next)) {
            int k = end;
            while (k < n && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k >= n) {
                return true;
            }
            if (text.charAt(dot) != '.') {
                return true;
            }
            String word = wordBefore(text, dot);
            if (ABBREVIATIONS.contains(word.toLowerCase()) || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))) {
                return false;
            }
            char first = text.charAt(k);
            return Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '\u201c'
                    || first == '\'' || first == '(' || !Character.isLetter(first);
        }
        // "bn.For": no space, but a lower-case letter then a capitalised word.
        return text.charAt(dot) == '.' && dot > 0 && Character.isLowerCase(text.charAt(dot - 1))
                && Character.isUpperCase(next) && end + 1 < n && Character.isLowerCase(text.charAt(end + 1))
                && !ABBREVIATIONS.contains(wordBefore(text, dot).toLowerCase());
    }

    private static String wordBefore(String text, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetterOrDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        return text.substring(k, dot);
    }

    private static void add(List<String> out, String text, int from, int to) {
        String s = text.substring(from, to).strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
