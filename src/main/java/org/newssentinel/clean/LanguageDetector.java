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
 * Korean, Han alone Chinese, and so on; for Cyrillic, the letters only some of its alphabets have:
 * і ї є ґ Ukrainian, ы э ё Russian), and, for Latin text and Cyrillic without those letters, which
 * language's commonest function words ("the", "der", "и") occur most. Returns ISO 639-1 codes.
 * Thread-safe.
 */
public final class LanguageDetector {

    /** Enough words to decide; more only costs time. */
    private static final int MAX_WORDS = 400;
    private static final int MIN_HITS = 3;
    /** Evidence enough to overrule a page's declared language. */
    private static final int PLAIN_HITS = 10;
    /** A declared language with more than this share of the leader's hits is not overruled. */
    private static final int DECLARED_SHARE_DIVISOR = 4;
    /** The languages {@link #byScript} names. */
    private static final Set<String> SCRIPT_LANGUAGES = Set.of("ja", "ko", "zh", "ar", "he", "el", "th", "hi");

    private static final Map<String, String[]> STOPWORDS = Map.ofEntries(
            Map.entry("en", new String[] {"the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "with",
                "as", "on", "are", "this", "be", "by", "have", "from", "not", "they", "which", "has", "its", "said"}),
            Map.entry("de", new String[] {"der", "die", "und", "das", "ist", "nicht", "den", "mit", "sich", "auf",
                "für", "ein", "eine", "auch", "dem", "des", "von", "zu", "im", "wird", "sind", "wie", "aus", "bei"}),
            Map.entry("fr", new String[] {"le", "la", "les", "et", "des", "est", "une", "du", "que", "pour", "dans",
                "qui", "pas", "sur", "au", "avec", "sont", "ce", "il", "elle", "mais", "aux", "ont", "par", "de", "un", "à",
                "ne", "sa", "son"}),
            Map.entry("es", new String[] {"el", "la", "los", "las", "y", "que", "del", "en", "por", "con", "una",
                "para", "es", "se", "lo", "como", "más", "pero", "sus", "fue", "este", "también", "ha", "al", "de"}),
            Map.entry("it", new String[] {"il", "che", "di", "per", "una", "sono", "della", "non", "gli", "con",
                "del", "le", "nel", "anche", "alla", "è", "più", "come", "questo", "dei", "ha", "ma", "si", "lo"}),
            Map.entry("pt", new String[] {"o", "os", "que", "não", "uma", "para", "com", "do", "da", "dos", "das",
                "em", "no", "na", "foi", "mais", "é", "ao", "pelo", "pela", "se", "mas", "como", "também", "de"}),
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
        Map<String, Integer> hits = functionWordHits(text, MAX_WORDS, null);
        return leader(hits).filter(language -> hits.get(language) >= MIN_HITS);
    }

    /**
     * The language of an article that declares {@code declared}: the declaration, unless the text
     * is plainly in another language this detector knows. Templates often carry one site-wide
     * {@code lang} ({@code en} on a German article), and the language decides how the text is
     * summarised. Plainly another: another writing system (Cyrillic text is never {@code en}, and
     * Ukrainian letters overrule a declared {@code ru}), or another language's function words
     * outnumbering the declared one's at least {@value #DECLARED_SHARE_DIVISOR} to one, at
     * {@value #PLAIN_HITS} hits or more. A declaration the detector cannot judge ({@code sr},
     * {@code nb}) always stands. Without a declaration, {@link #detect}.
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
     * By writing system, or by the language whose function words {@link #overrules overrule} the
     * declared one. Asked of every page that declares a language, so it reads less than
     * {@link #detect}: a text plainly in one language is so from its start.
     */
    private static Optional<String> plainly(String text, String declared) {
        Optional<String> byScript = byScript(text, 400);
        if (byScript.isPresent()) {
            return byScript;
        }
        Map<String, Integer> hits = functionWordHits(text, MAX_WORDS / 2, declared);
        return overrules(hits, declared);
    }

    /**
     * The language that plainly overrules {@code declared}: it has the most hits, {@value #PLAIN_HITS}
     * or more, and the declared language has at most a {@value #DECLARED_SHARE_DIVISOR}th of them.
     * Judged against the declared language, not against every other one: French shares "la", "que"
     * with Spanish and Italian and Ukrainian shares "в", "не", "на" with Russian, so a French or
     * Ukrainian text never leads every other language by far, yet it does lead English.
     */
    private static Optional<String> overrules(Map<String, Integer> hits, String declared) {
        return leader(hits)
                .filter(leader -> !leader.equals(declared) && hits.get(leader) >= PLAIN_HITS
                        && DECLARED_SHARE_DIVISOR * hits.getOrDefault(declared, 0) <= hits.get(leader));
    }

    /** The language with the most hits (on a tie, the last by code, as always); a loop, as every page asks. */
    private static Optional<String> leader(Map<String, Integer> hits) {
        String leader = null;
        int most = -1;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            int h = e.getValue();
            if (h > most || (h == most && e.getKey().compareTo(leader) > 0)) {
                leader = e.getKey();
                most = h;
            }
        }
        return Optional.ofNullable(leader);
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

    /**
     * {@value #PLAIN_HITS} hits or more, and at least twice those of any other language: enough to
     * stop counting, as no other language can then {@link #overrules overrule} this one.
     */
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
        int cyrillic = 0;
        // Letters that only some Cyrillic alphabets have: they tell the languages apart where the
        // function words overlap (Ukrainian and Russian share "в", "не", "на", "за").
        int ukrainian = 0;
        int russian = 0;
        int belarusian = 0;
        int serbian = 0;
        int macedonian = 0;
        int hardSign = 0;
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
            if (c >= '\u0400' && c <= '\u04ff') {
                cyrillic++;
                switch (Character.toLowerCase(c)) {
                    case '\u0456', '\u0457', '\u0454', '\u0491' -> ukrainian++; // і ї є ґ
                    case '\u044b', '\u044d', '\u0451' -> russian++; // ы э ё
                    case '\u044a' -> hardSign++; // ъ: rare in Russian, common in Bulgarian
                    case '\u045e' -> belarusian++; // ў
                    case '\u0458', '\u0459', '\u045a', '\u045f', '\u0452', '\u045b' -> serbian++; // ј љ њ џ ђ ћ
                    case '\u0453', '\u045c', '\u0455' -> macedonian++; // ѓ ќ ѕ
                    default -> {
                    }
                }
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
        if (cyrillic > share) {
            Optional<String> byLetters = cyrillic(cyrillic, ukrainian, russian, belarusian, serbian, macedonian, hardSign);
            if (byLetters.isPresent()) {
                return byLetters;
            }
            // No telling letter (a short text): the commoner of the two by function words, so that
            // Cyrillic text never keeps a declared Latin-script language.
            Map<String, Integer> hits = functionWordHits(text, MAX_WORDS, null);
            return Optional.of(hits.getOrDefault("uk", 0) > hits.getOrDefault("ru", 0) ? "uk" : "ru");
        }
        return Optional.empty();
    }

    /** The language of Cyrillic text by the letters only some alphabets have; empty when none of them occurs. */
    private static Optional<String> cyrillic(int letters, int ukrainian, int russian, int belarusian, int serbian, int macedonian,
                                             int hardSign) {
        if (macedonian > 0 && macedonian + serbian > ukrainian + russian) {
            return Optional.of("mk");
        }
        if (serbian > ukrainian + russian) {
            return Optional.of("sr");
        }
        if (belarusian > 0) {
            return Optional.of("be");
        }
        if (ukrainian > russian) {
            return Optional.of("uk");
        }
        if (russian > 0) {
            return Optional.of("ru");
        }
        if (hardSign > 0 && letters >= 100) {
            // A hundred letters of Russian without ы, э or ё are unheard of; Bulgarian has none of them.
            return Optional.of("bg");
        }
        return Optional.empty();
    }
}
