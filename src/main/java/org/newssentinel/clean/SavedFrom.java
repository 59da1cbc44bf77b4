package org.newssentinel.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address a browser saved a page from, as it notes it in a comment at the top of the file:
 * {@code <!-- saved from url=(0051)https://example.com/path -->} (the "mark of the web" that
 * Internet Explorer, Edge and Chrome write). The number in brackets is the address's length; a
 * comment whose number does not match, or whose address is not {@code http} or {@code https}, is
 * no such note and names nothing.
 *
 * <p>Why from the raw start of the file: the markup filter drops comments before parsing, so the
 * parsed page never holds it; and only the first {@value #WITHIN} characters are read, as browsers
 * write it before the page's own markup. Stateless.
 */
final class SavedFrom {

    /** How far into the file the comment is looked for: browsers put it at the top, after the doctype. */
    static final int WITHIN = 4096;

    static final String MARK = "saved from url=(";
    /** Anchored at the mark: the length, the address, and the comment's end. */
    private static final Pattern NOTE = Pattern.compile("saved from url=\\((\\d{1,5})\\)(\\S+)\\s*-->");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");

    private SavedFrom() {
    }

    /**
     * The address in the saved-from comment among the first {@value #WITHIN} characters of {@code start},
     * unresolved and unchecked beyond its scheme and stated length; empty when there is none.
     */
    static Optional<String> url(String start) {
        int mark = start.indexOf(MARK);
        if (mark < 0 || mark >= WITHIN || !start.startsWith("<!--", commentStart(start, mark))) {
            return Optional.empty();
        }
        Matcher note = NOTE.matcher(start).region(mark, Math.min(start.length(), WITHIN));
        if (!note.lookingAt()) {
            return Optional.empty();
        }
        String address = note.group(2);
        return Integer.parseInt(note.group(1)) == address.length() && WEB_ADDRESS.matcher(address).matches()
                ? Optional.of(address) : Optional.empty();
    }

    /** Where "<!--" must begin for the mark at {@code mark} to open its comment: only spaces between them. */
    private static int commentStart(String start, int mark) {
        int i = mark;
        while (i > 0 && Character.isWhitespace(start.charAt(i - 1))) {
            i--;
        }
        return i - 4;
    }
}
