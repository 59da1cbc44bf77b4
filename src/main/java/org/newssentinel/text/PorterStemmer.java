package org.newssentinel.text;

/**
 * The Porter (1980) suffix-stripping stemmer for English, as published by M. F. Porter
 * ("An algorithm for suffix stripping", Program 14(3)). A few hundred lines of our own instead
 * of Lucene's analysers, which would add several megabytes to the Lambda jar for the same result.
 *
 * <p>Input must be lower case; words of one or two letters, or of more than fifty, are returned unchanged. Stateless and
 * thread-safe.
 */
public final class PorterStemmer {

    private static final int MAX_WORD = 50;

    private PorterStemmer() {
    }

    public static String stem(String word) {
        // No English word is longer than about 45 letters; a longer token is junk, and stemming it
        // would cost time quadratic in its length and stack depth linear in it (a run of y's).
        if (word.length() <= 2 || word.length() > MAX_WORD) {
            return word;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return word; // numbers, mixed tokens, non-ASCII: leave them exactly as written
            }
        }
        Word w = new Word(word);
        w.step1a();
        w.step1b();
        w.step1c();
        w.step2();
        w.step3();
        w.step4();
        w.step5();
        return w.toString();
    }

    /** A mutable word being stemmed; {@code len} is the current end. */
    private static final class Word {
        private final char[] b;
        private int len;

        Word(String s) {
            b = s.toCharArray();
            len = b.length;
        }

        @Override
        public String toString() {
            return new String(b, 0, len);
        }

        private boolean consonant(int i) {
            return switch (b[i]) {
                case 'a', 'e', 'i', 'o', 'u' -> false;
                case 'y' -> i == 0 || !consonant(i - 1);
                default -> true;
            };
        }

        /** The measure m of b[0, end): the number of VC sequences. */
        private int measure(int end) {
            int n = 0;
            int i = 0;
            while (i < end && consonant(i)) {
                i++;
            }
            while (i < end) {
                while (i < end && !consonant(i)) {
                    i++;
                }
                if (i >= end) {
                    break;
                }
                while (i < end && consonant(i)) {
                    i++;
                }
                n++;
            }
            return n;
        }

        private boolean hasVowel(int end) {
            for (int i = 0; i < end; i++) {
                if (!consonant(i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean doubleConsonant(int end) {
            return end >= 2 && b[end - 1] == b[end - 2] && consonant(end - 1);
        }

        /** *o: the stem ends consonant-vowel-consonant, the last not w, x or y. */
        private boolean cvc(int end) {
            if (end < 3 || !consonant(end - 1) || consonant(end - 2) || !consonant(end - 3)) {
                return false;
            }
            char c = b[end - 1];
            return c != 'w' && c != 'x' && c != 'y';
        }

        private boolean endsWith(String suffix) {
            int n = suffix.length();
            if (n > len) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (b[len - n + i] != suffix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private void setEnd(String suffix, String replacement) {
            int stem = len - suffix.length();
            for (int i = 0; i < replacement.length(); i++) {
                b[stem + i] = replacement.charAt(i);
            }
            len = stem + replacement.length();
        }

        /** Replaces {@code suffix} when the stem before it has measure > {@code minMeasure}. */
        private boolean replace(String suffix, String replacement, int minMeasure) {
            if (!endsWith(suffix)) {
                return false;
            }
            if (measure(len - suffix.length()) > minMeasure) {
                setEnd(suffix, replacement);
            }
            return true;
        }

        void step1a() {
            if (endsWith("sses")) {
                setEnd("sses", "ss");
            } else if (endsWith("ies")) {
                setEnd("ies", "i");
            } else if (endsWith("ss")) {
                return;
            } else if (endsWith("s")) {
                setEnd("s", "");
            }
        }

        void step1b() {
            if (endsWith("eed")) {
                if (measure(len - 3) > 0) {
                    setEnd("eed", "ee");
                }
                return;
            }
            boolean stripped = false;
            if (endsWith("ed") && hasVowel(len - 2)) {
                setEnd("ed", "");
                stripped = true;
            } else if (endsWith("ing") && hasVowel(len - 3)) {
                setEnd("ing", "");
                stripped = true;
            }
            if (!stripped) {
                return;
            }
            if (endsWith("at") || endsWith("bl") || endsWith("iz")) {
                b[len] = 'e';
                len++;
            } else if (doubleConsonant(len) && b[len - 1] != 'l' && b[len - 1] != 's' && b[len - 1] != 'z') {
                len--;
            } else if (measure(len) == 1 && cvc(len)) {
                b[len] = 'e';
                len++;
            }
        }

        void step1c() {
            if (endsWith("y") && hasVowel(len - 1)) {
                b[len - 1] = 'i';
            }
        }

        private static final String[][] STEP2 = {
            {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
            {"abli", "able"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
            {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
            {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
        };

        private static final String[][] STEP3 = {
            {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
        };

        private static final String[] STEP4 = {
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
            "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
        };

        void step2() {
            for (String[] rule : STEP2) {
                if (replace(rule[0], rule[1], 0)) {
                    return;
                }
            }
        }

        void step3() {
            for (String[] rule : STEP3) {
                if (replace(rule[0], rule[1], 0)) {
                    return;
                }
            }
        }

        void step4() {
            // The longest matching suffix decides, as in the published rule list ("ement" before "ment" before "ent").
            for (String suffix : STEP4) {
                if (!endsWith(suffix)) {
                    continue;
                }
                int stem = len - suffix.length();
                if (suffix.equals("ion") && (stem == 0 || (b[stem - 1] != 's' && b[stem - 1] != 't'))) {
                    continue;
                }
                if (measure(stem) > 1) {
                    len = stem;
                }
                return;
            }
        }

        void step5() {
            if (endsWith("e")) {
                int m = measure(len - 1);
                if (m > 1 || (m == 1 && !cvc(len - 1))) {
                    len--;
                }
            }
            if (measure(len) > 1 && doubleConsonant(len) && b[len - 1] == 'l') {
                len--;
            }
        }
    }
}
