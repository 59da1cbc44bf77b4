package org.newssentinel.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newssentinel.clean.LanguageDetector;

/**
 * Content words of a sentence for similarity: lower-cased letter/digit runs, English stop words
 * dropped, plurals folded so that "pipelines" and "pipeline" meet.
 * Deliberately crude: it only has to make sentences about the same thing look alike.
 */
public final class Terms {

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

    /** Languages with their own function words, in the order of {@link #language(String)}'s numbers. */
    private static final List<String> LANGUAGES = List.of(
            "de", "fr", "es", "ru", "uk", "it", "pt", "nl", "sv", "da", "pl", "tr", "id", "ar", "he");

    /** How many languages have their own function words (numbers 0 .. this - 1). */
    static final int LANGUAGE_COUNT = LANGUAGES.size();

    /**
     * Function words of other languages: for each language the language detector knows by its
     * function words, those words, and for the most frequent ones in the news more of them.
     * Arabic and Hebrew are told by their script, so only these lists have their words. English
     * is the default.
     */
    private static final Map<String, Set<String>> OTHER_STOP = withDetectorWords(Map.of(
            "de", """
                    der die das den dem des ein eine einen einem einer eines und oder aber auch als am an auf aus bei bis
                    durch für gegen im in ist sind war waren wird werden wurde wurden hat haben hatte hatten mit nach nicht
                    noch nur ob so sich sie er es wir ihr ihre ihren sein seine seinen um unter über vom von vor wie zu zum
                    zur dass daß kein keine mehr schon sehr diese dieser dieses man sagte""",
            "fr", """
                    le la les l un une des du de d et ou mais en au aux à a ce cette ces se sa son ses leur leurs il elle ils
                    elles on nous vous je qui que qu quoi dont où ne pas plus par pour sur dans avec sans sous est sont était
                    été être avoir a ont avait fait comme tout tous très aussi y s n c j m t selon""",
            "es", """
                    el la los las lo un una unos unas y o pero de del al a en con por para sin sobre entre es son era fue
                    han ha había ser estar está están se su sus le les que qué quien como más muy ya no sí este esta estos
                    estas ese esa eso también según dijo""",
            "ru", """
                    и в во не что он она оно они на я с со как а то все всё так его её ее их но да ты к у же вы за бы по
                    только от из о об для при без до над под это этот эта эти тот та те был была было были быть есть ли или
                    уже еще ещё также который которая которые которых чтобы если после между более сказал заявил""",
            "uk", """
                    і й та в у на не що з із зі як до за від але для він вона воно вони його її їх це цей ця ці той та ті
                    був була було були бути є також які який яка яке щоб якщо після між більш ще вже або чи через під над
                    при без про по""",
            "ar", """
                    في من إلى الى على عن أن إن ان أو او ثم مع هذا هذه ذلك تلك التي الذي الذين كان كانت يكون قد لا ما لم لن
                    بين بعد قبل حتى كل غير عند منذ هو هي هم أنه أنها وقد وفي ومن وهو وهي وإن وأن إلا لكن كما خلال حول ضد
                    عبر نحو أي أيضا لدى إذا""",
            "he", """
                    של את על עם כי גם זה זו זאת היא הוא הם הן לא אם או כל אל מן יש אין כך אך רק עוד בין לפי אחרי לפני מאז
                    כדי אשר שלא היה הייתה היו יותר אבל"""));

    /** Number of {@link #language(String)} for English and every language without its own list. */
    public static final int ENGLISH = -1;

    private Terms() {
    }

    /** {@link #ENGLISH}, or the number (below {@link #LANGUAGE_COUNT}) of a language with its own function words. */
    public static int language(String code) {
        return LANGUAGES.indexOf(code);
    }

    /** Whether the lower-cased word {@code w} is a function word of {@code language} (see {@link #language(String)}). */
    static boolean isStop(String w, int language) {
        return language == ENGLISH ? STOP.contains(w) : OTHER_STOP.get(LANGUAGES.get(language)).contains(w);
    }

    /** {@link #of(String, String)} for English. */
    static List<String> of(String sentence) {
        return of(sentence, "en");
    }

    /**
     * Content words of {@code sentence} in {@code language} (ISO 639-1; English rules for any
     * language without a list here), in order, repeats kept; English plurals folded.
     */
    public static List<String> of(String sentence, String language) {
        Set<String> stop = OTHER_STOP.getOrDefault(language, STOP);
        boolean english = stop == STOP;
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
                    // "Russia's" -> "russia", but French and Italian elide before: "l'Europe" -> "europe".
                    w = english ? w.substring(0, apostrophe) : w.substring(apostrophe + 1);
                }
                if (!stop.contains(w)) {
                    out.add(english ? stem(w) : w);
                }
            }
        }
        return out;
    }

    /** Word count as a reader sees it (letter/digit runs), for length preferences. */
    public static int words(String sentence) {
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

    private static Map<String, Set<String>> withDetectorWords(Map<String, String> own) {
        Map<String, Set<String>> all = new java.util.HashMap<>();
        for (String language : LANGUAGES) {
            Set<String> words = new java.util.HashSet<>(LanguageDetector.functionWords(language));
            String list = own.get(language);
            if (list != null) {
                words.addAll(java.util.Arrays.asList(list.strip().split("\\s+")));
            }
            all.put(language, Set.copyOf(words));
        }
        return Map.copyOf(all);
    }
}
