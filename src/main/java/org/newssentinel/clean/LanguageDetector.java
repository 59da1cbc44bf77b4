package org.newssentinel.clean;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses the language of article text, and checks a page's declared one. Two signals, both
 * cheap and dependable on a few hundred words: the writing system (kana means Japanese, Hangul
 * Korean, Han alone Chinese, and so on), and, for Latin and Cyrillic text, which language's
 * commonest function words ("the", "der", "и") occur most. Returns ISO 639-1 codes. Thread-safe.
 */
public final class LanguageDetector {

    /** Enough words to decide; more only costs time. */
    private static final int MAX_WORDS = 400;
    private static final int MIN_HITS = 3;
    /** Evidence enough to overrule a page's declared language. */
    private static final int PLAIN_HITS = 10;
    /** The languages {@link #byScript} names. */
    private static final Set<String> SCRIPT_LANGUAGES = Set.of("ja", "ko", "zh", "ar", "he", "el", "th", "hi");

    private static final Map<String, String[]> STOPWORDS = Map.ofEntries(
            Map.entry("en", new String[] {"the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "with",
                "as", "on", "are", "this", "be", "by", "have", "from", "not", "they", "which", "has", "its", "said"}),
            Map.entry("de", new String[] {"der", "die", "und", "das", "ist", "nicht", "den", "mit", "sich", "auf",
                "für", "ein", "eine", "auch", "dem", "des", "von", "zu", "im", "wird", "sind", "wie", "aus", "bei"}),
            Map.entry("fr", new String[] {"le", "la", "les", "et", "des", "est", "une", "du", "que", "pour", "dans",
                "qui", "pas", "sur", "au", "avec", "sont", "ce", "il", "elle", "mais", "aux", "ont", "par"}),
            Map.entry("es", new String[] {"el", "la", "los", "las", "y", "que", "del", "en", "por", "con", "una",
                "para", "es", "se", "lo", "como", "más", "pero", "sus", "fue", "este", "también", "ha", "al"}),
            Map.entry("it", new String[] {"il", "che", "di", "per", "una", "sono", "della", "non", "gli", "con",
                "del", "le", "nel", "anche", "alla", "è", "più", "come", "questo", "dei", "ha", "ma", "si", "lo"}),
            Map.entry("pt", new String[] {"o", "os", "que", "não", "uma", "para", "com", "do", "da", "dos", "das",
                "em", "no", "na", "foi", "mais", "é", "ao", "pelo", "pela", "se", "mas", "como", "também"}),
            Map.entry("nl", new String[] {"de", "het", "een", "en", "van", "niet", "dat", "is", "op", "met", "voor",
                "zijn", "ook", "aan", "maar", "bij", "wordt", "er", "naar", "heeft", "worden", "werd", "dit"}),
            Map.entry("sv", new String[] {"och", "att", "det", "som", "en", "är", "på", "för", "med", "har", "inte",
                "av", "till", "den", "om", "var", "men", "ett", "också", "från", "efter", "kan", "sig"}),
            Map.entry("da", new String[] {"og", "at", "det", "som", "en", "er", "på", "for", "med", "har", "ikke",
                "af", "til", "den", "om", "var", "men", "et", "også", "fra", "efter", "kan", "sig", "de"}),
            Map.entry("pl", new String[] {"i", "w", "nie", "na", "się", "z", "że", "do", "to", "jest", "o", "jak",
                "ale", "przez", "po", "od", "są", "za", "dla", "tak", "oraz", "już", "był", "jego"}),
            Map.entry("tr", new String[] {"ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "daha", "çok",
                "gibi", "olan", "en", "ama", "sonra", "kadar", "değil", "ise", "her", "şekilde"}),
            Map.entry("id", new String[] {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari",
                "dalam", "akan", "pada", "juga", "ke", "karena", "ada", "oleh", "mereka", "bisa", "atau"}),
            Map.entry("ru", new String[] {"и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "к", "у",
                "за", "от", "но", "так", "для", "он", "она", "же", "его", "все", "был", "также"}),
            Map.entry("uk", new String[] {"і", "в", "не", "на", "що", "з", "та", "це", "як", "до", "у", "за",
                "від", "але", "для", "він", "вона", "його", "її", "також", "був", "які", "й", "є"}));

    /** Each function word to the languages it belongs to. */
    private static final Map<String, String[]> WORD_TO_LANGUAGES = new HashMap<>();
    /** Longer words are no function word of any language here: not looked up. */
    private static final int LONGEST_FUNCTION_WORD;

    static {
        int longest = 0;
        for (Map.Entry<String, String[]> e : STOPWORDS.entrySet()) {
            for (String w : e.getValue()) {
                WORD_TO_LANGUAGES.merge(w, new String[] {e.getKey()}, (a, b) -> {
                    String[] both = Arrays.copyOf(a, a.length + 1);
                    both[a.length] = b[0];
                    return both;
                });
                longest = Math.max(longest, w.length());
            }
        }
        LONGEST_FUNCTION_WORD = longest;
    }

    /**
     * The function words this detector counts for {@code language} (ISO 639-1), lower case; empty
     * for a language it tells by writing system or does not know. Shared so that the summariser
     * knows the same languages' function words without a second list to keep in step.
     */
    public static Set<String> functionWords(String language) {
        String[] words = STOPWORDS.get(language);
        return words == null ? Set.of() : Set.of(words);
    }

    /** The language of {@code text}, or empty when the text is too short or matches nothing known. */
    public Optional<String> detect(String text) {
        Optional<String> byScript = byScript(text, 5000);
        if (byScript.isPresent()) {
            return byScript;
        }
        return functionWordHits(text, MAX_WORDS, null).entrySet().stream()
                .filter(e -> e.getValue() >= MIN_HITS)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    /**
     * The language of an article that declares {@code declared}: the declaration, unless the text
     * is plainly in another language this detector knows. Templates often carry one site-wide
     * {@code lang} ({@code en} on a German article), and the language decides how the text is
     * summarised; a declaration the detector cannot judge ({@code sr}, {@code nb}) always stands.
     * Without a declaration, {@link #detect}.
     */
    public Optional<String> resolve(Optional<String> declared, String text) {
        if (declared.isEmpty()) {
            return detect(text);
        }
        if (!knows(declared.get())) {
            return declared;
        }
        Optional<String> plain = plainly(text, declared.get());
        return plain.isPresent() && !plain.get().equals(declared.get()) ? plain : declared;
    }

    private static boolean knows(String language) {
        return STOPWORDS.containsKey(language) || SCRIPT_LANGUAGES.contains(language);
    }

    /**
     * By writing system, or by the language whose function words {@link #leadsPlainly lead plainly}.
     * Asked of every page that declares a language, so it reads less than {@link #detect}: a text
     * plainly in one language is so from its start.
     */
    private static Optional<String> plainly(String text, String declared) {
        Optional<String> byScript = byScript(text, 400);
        if (byScript.isPresent()) {
            return byScript;
        }
        Map<String, Integer> hits = functionWordHits(text, MAX_WORDS / 2, declared);
        // At most one language can lead plainly.
        return hits.keySet().stream().filter(language -> leadsPlainly(hits, language)).findFirst();
    }

    /**
     * Hits of each language's function words among the first {@code maxWords} words; counting stops
     * early once {@code settles} (when not null) plainly leads, as it does from the start of most texts.
     */
    private static Map<String, Integer> functionWordHits(String text, int maxWords, String settles) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        int i = 0;
        int n = text.length();
        while (i < n && words < maxWords) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                String[] langs = i - start > LONGEST_FUNCTION_WORD ? null
                        : WORD_TO_LANGUAGES.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (langs != null) {
                    for (String lang : langs) {
                        hits.merge(lang, 1, Integer::sum);
                    }
                    if (settles != null && leadsPlainly(hits, settles)) {
                        break;
                    }
                }
            }
        }
        return hits;
    }

    /** {@value #PLAIN_HITS} hits or more, and at least twice those of any other language: the one rule for "plainly". */
    private static boolean leadsPlainly(Map<String, Integer> hits, String language) {
        int own = hits.getOrDefault(language, 0);
        if (own < PLAIN_HITS) {
            return false;
        }
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (!e.getKey().equals(language) && 2 * e.getValue() > own) {
                return false;
            }
        }
        return true;
    }

    /** Writing systems used by one language (or one dominant one), decided from the first {@code maxChars} characters. */
    private static Optional<String> byScript(String text, int maxChars) {
        int kana = 0;
        int hangul = 0;
        int han = 0;
        int arabic = 0;
        int hebrew = 0;
        int greek = 0;
        int thai = 0;
        int devanagari = 0;
        int letters = 0;
        for (int i = 0, n = Math.min(text.length(), maxChars); i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            if (c < '\u0370') {
                // Latin and its extensions: none of the scripts counted here, and most of the letters of
                // most articles, so the script look-up (a binary search) is skipped for them.
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case HAN -> han++;
                case ARABIC -> arabic++;
                case HEBREW -> hebrew++;
                case GREEK -> greek++;
                case THAI -> thai++;
                case DEVANAGARI -> devanagari++;
                default -> {
                }
            }
        }
        if (letters == 0) {
            return Optional.empty();
        }
        double share = 0.3 * letters;
        if (kana > 0.05 * letters) {
            return Optional.of("ja");
        }
        if (hangul > share) {
            return Optional.of("ko");
        }
        if (han > share) {
            return Optional.of("zh");
        }
        if (arabic > share) {
            return Optional.of("ar");
        }
        if (hebrew > share) {
            return Optional.of("he");
        }
        if (greek > share) {
            return Optional.of("el");
        }
        if (thai > share) {
            return Optional.of("th");
        }
        if (devanagari > share) {
            return Optional.of("hi");
        }
        return Optional.empty();
    }
}
