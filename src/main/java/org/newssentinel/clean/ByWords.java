package org.newssentinel.clean;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that put a writer's name on an article ("By", "Von", "Par", "מאת", "Автор:"), per
 * language: one table for every reader of bylines, so that the author named in a page's metadata
 * ({@link MetadataExtractor}), a byline shown on a page ({@link VisibleByline}) and a byline line of
 * scraped text ({@link TextExtractor}) know the same words, and a language added here is known to
 * all three. Some by-words also open surnames (Italian "di" in "Di Maio", German "von" in "Von der
 * Leyen"): {@link #namesStart(String)} tells the two apart, and every reader strips a by-word only
 * through it. Immutable.
 */
final class ByWords {

    /** Lower case, by language (ISO 639-1). */
    static final Map<String, List<String>> BY_LANGUAGE = Map.ofEntries(
            Map.entry("en", List.of("by", "written by")),
            Map.entry("de", List.of("von")),
            Map.entry("fr", List.of("par")),
            Map.entry("es", List.of("por")),
            Map.entry("pt", List.of("por")),
            Map.entry("it", List.of("di")),
            Map.entry("nl", List.of("door")),
            Map.entry("sv", List.of("av")),
            Map.entry("no", List.of("av")),
            Map.entry("da", List.of("af")),
            Map.entry("he", List.of("מאת")),
            Map.entry("ru", List.of("автор", "авторы", "текст")),
            Map.entry("uk", List.of("автор", "авторка", "автори", "текст")),
            Map.entry("ar", List.of("بقلم", "كتب", "كتبه")));

    /**
     * A by-word opening a text, in any of the languages and any case, then an optional colon and the
     * space before the names: "By ", "von ", "Автор: ", "By : ". Only the by-word ignores case, so a
     * pattern continued after it ({@code PREFIX.pattern() + "(\\p{Lu}...)"}) keeps its own case rules.
     * No group. A match may be a surname's first word: strip only through {@link #namesStart(String)}.
     */
    static final Pattern PREFIX = Pattern.compile("^(?iu:" + alternatives() + ")\\s?:?\\s+");

    /** Lower-case particles inside names: "Ursula von der Leyen", "Luiz Inácio da Silva", "Luigi Di Maio". */
    static final Set<String> NAME_PARTICLES = Set.of(
            "van", "von", "der", "den", "de", "du", "da", "di", "del", "della", "la", "le", "al", "el", "bin", "ibn", "ter");

    /**
     * By-words that are name particles too: "Di Stefano" is a surname, "Di Marco Rossi" a byline.
     * Danish "af" is left out on purpose: "Af Ritzau" (by the news agency) is far more common on pages
     * than a Swedish "af Klint" standing alone.
     */
    private static final Set<String> SURNAME_OPENERS = BY_LANGUAGE.values().stream().flatMap(List::stream)
            .filter(NAME_PARTICLES::contains).collect(Collectors.toUnmodifiableSet());

    private ByWords() {
    }

    /**
     * Where the names begin in {@code text} when it opens with a by-word ({@link #PREFIX}), else -1.
     * A by-word that also opens surnames ("di", "von") counts only when a colon follows it or what
     * follows could not be the rest of a surname: a full name of two or more capitalised words ("Di
     * Marco Rossi" is by Marco Rossi), a lower-case word that is no particle ("Von dpa") or an acronym
     * ("Von AFP"). So "Di Stefano", "Di Maio, Roma" and "Von der Leyen" keep their first word.
     */
    static int namesStart(String text) {
        Matcher m = PREFIX.matcher(text);
        if (!m.lookingAt()) {
            return -1;
        }
        String opening = text.substring(0, m.end());
        String word = opening.strip();
        if (!SURNAME_OPENERS.contains(word.toLowerCase(Locale.ROOT)) || opening.indexOf(':') >= 0) {
            return m.end();
        }
        boolean inCapitals = word.equals(word.toUpperCase(Locale.ROOT));
        return namesFollow(text.substring(m.end()), inCapitals) ? m.end() : -1;
    }

    /** {@code text} without the by-word it opens with ({@link #namesStart(String)}), or {@code text} itself. */
    static String strip(String text) {
        int start = namesStart(text);
        return start < 0 ? text : text.substring(start);
    }

    /** Whether {@code rest}, after "di" or "von", is a writer's name rather than the rest of a surname. */
    private static boolean namesFollow(String rest, boolean byWordInCapitals) {
        String[] words = rest.strip().split("\\s+");
        String first = bare(words[0]);
        if (first.isEmpty()) {
            return false;
        }
        if (!Character.isUpperCase(first.codePointAt(0))) {
            return !NAME_PARTICLES.contains(first);
        }
        if (first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT)) && !byWordInCapitals) {
            return true;
        }
        if (!first.equals(words[0])) {
            // "Di Maio, Roma": the name ended at the comma.
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            String w = bare(words[i]);
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                return true;
            }
            if (!NAME_PARTICLES.contains(w) || !w.equals(words[i])) {
                return false;
            }
        }
        return false;
    }

    /** The word without punctuation after it: "Rossi," is "Rossi". */
    private static String bare(String word) {
        int end = word.length();
        while (end > 0 && !Character.isLetter(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(0, end);
    }

    /** Every language's words, longest first, so that "written by" is tried before "by" and "авторка" before "автор". */
    private static String alternatives() {
        TreeSet<String> words = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        BY_LANGUAGE.values().forEach(words::addAll);
        return String.join("|", words);
    }
}
