package org.newssentinel.clean;

import java.util.Map;
import java.util.Optional;

/**
 * The size limits every input is held to, checked before the work they protect: the object size
 * before the bytes are read or inflated, the inflated size while a gzip upload is inflated (so a
 * gzip bomb stops at the cap instead of filling the heap), and the text size before scoring and
 * summarising, and the number of tags before an HTML page is parsed (a parsed element costs a
 * hundred bytes and more, so a page of a million empty paragraphs would fill a small heap even
 * though its bytes are within the size limit). Together they keep one upload within a small,
 * fixed heap.
 *
 * @param maxObjectBytes   largest accepted upload, as stored (compressed when it is gzip)
 * @param maxInflatedBytes largest accepted content once a gzip upload is inflated
 * @param maxTextChars     largest accepted text, in characters: checked on plain text before it is
 *                         cleaned and on the text extracted from HTML before it is scored
 * @param maxTags          most tags accepted in one document, checked before parsing
 */
public record Limits(long maxObjectBytes, long maxInflatedBytes, long maxTextChars, long maxTags) {

    /** Environment variable for {@link #maxObjectBytes()}; the same one the Lambda settings read. */
    public static final String MAX_OBJECT_BYTES = "MAX_OBJECT_BYTES";
    public static final String MAX_INFLATED_BYTES = "MAX_INFLATED_BYTES";
    public static final String MAX_TEXT_CHARS = "MAX_TEXT_CHARS";
    public static final String MAX_TAGS = "MAX_TAGS";

    public static final long DEFAULT_MAX_OBJECT_BYTES = 10L * 1024 * 1024;
    public static final long DEFAULT_MAX_INFLATED_BYTES = 10L * 1024 * 1024;
    /** About ten times the longest news article we have seen; a book-length upload is not an article. */
    public static final long DEFAULT_MAX_TEXT_CHARS = 2_000_000;
    /** Ten times the tags of a heavy news page; half a million parsed elements stay well under 100 MB. */
    public static final long DEFAULT_MAX_TAGS = 500_000;

    public Limits {
        positive(maxObjectBytes, MAX_OBJECT_BYTES);
        positive(maxInflatedBytes, MAX_INFLATED_BYTES);
        positive(maxTextChars, MAX_TEXT_CHARS);
        positive(maxTags, MAX_TAGS);
    }

    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_OBJECT_BYTES, DEFAULT_MAX_INFLATED_BYTES, DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_TAGS);
    }

    /**
     * Reads the limits from environment variables, each defaulting when unset.
     *
     * @throws IllegalStateException naming the variable when a value is not a positive whole number
     */
    public static Limits from(Map<String, String> env) {
        return new Limits(
                number(env, MAX_OBJECT_BYTES, DEFAULT_MAX_OBJECT_BYTES),
                number(env, MAX_INFLATED_BYTES, DEFAULT_MAX_INFLATED_BYTES),
                number(env, MAX_TEXT_CHARS, DEFAULT_MAX_TEXT_CHARS),
                number(env, MAX_TAGS, DEFAULT_MAX_TAGS));
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        Optional<String> raw = Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            long v = Long.parseLong(raw.get());
            positive(v, name);
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number of " + (name.equals(MAX_TAGS) ? "tags"
                    : name.equals(MAX_TEXT_CHARS) ? "characters" : "bytes") + ", was \"" + raw.get() + "\"");
        }
    }

    private static void positive(long value, String name) {
        if (value < 1) {
            throw new IllegalStateException(name + " must be at least 1, was " + value);
        }
    }
}
