package org.newssentinel.clean;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The words that put a writer's name on an article ("By", "Von", "Par", "מאת", "Автор:"), per
 * language: one table for every reader of bylines, so that the author named in a page's metadata
 * ({@link MetadataExtractor}), a byline shown on a page ({@link VisibleByline}) and a byline line of
 * scraped text ({@link TextExtractor}) know the same words, and a language added here is known to
 * all three. Immutable.
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
     * No group.
     */
    static final Pattern PREFIX = Pattern.compile("^(?iu:" + alternatives() + ")\\s?:?\\s+");

    private ByWords() {
    }

    /** Every language's words, longest first, so that "written by" is tried before "by" and "авторка" before "автор". */
    private static String alternatives() {
        TreeSet<String> words = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        BY_LANGUAGE.values().forEach(words::addAll);
        return String.join("|", words);
    }
}
