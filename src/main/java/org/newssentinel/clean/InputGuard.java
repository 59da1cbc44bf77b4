package org.newssentinel.clean;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.pipeline.RejectionReason;

/**
 * The gate every upload passes before extraction: size limit, inflation of compressed uploads,
 * emptiness, binary content, decoding, removal of control characters that no article text
 * contains, and the tag and text limits. Everything it refuses is refused with an {@link ArticleRejectedException} whose
 * reason and message say why; it never throws anything else. Thread-safe and stateless.
 */
public final class InputGuard {

    private final Limits limits;
    private final Inflater inflater;

    public InputGuard(Limits limits) {
        this.limits = limits;
        this.inflater = new Inflater(limits.maxInflatedBytes());
    }

    public Limits limits() {
        return limits;
    }

    /**
     * An upload past the checks on its bytes: the (inflated) bytes, and the detection of their
     * charset, which {@link #decode} completes.
     */
    record Admitted(byte[] bytes, Charsets.Detection detection) {

        /**
         * Whether a tag, comment or doctype ({@code <} and a letter, {@code !}, {@code /} or {@code ?})
         * starts within the first {@code chars} characters.
         */
        boolean hasMarkupWithin(int chars) {
            if (bytesPerChar() > 1) {
                String head = head(chars);
                for (int i = head.indexOf('<'); i >= 0 && i + 1 < head.length(); i = head.indexOf('<', i + 1)) {
                    if (isMarkupStart(head.charAt(i + 1))) {
                        return true;
                    }
                }
                return false;
            }
            // ASCII-compatible: '<' and the byte after it are what they read as.
            int from = detection.assumingValidUtf8().bomLength();
            for (int i = from, end = (int) Math.min(bytes.length - 1L, from + (long) chars); i < end; i++) {
                if (bytes[i] == '<' && isMarkupStart((char) (bytes[i + 1] & 0xff))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the ASCII text {@code mark} may occur within the first {@code chars} characters:
         * exact for ASCII-compatible charsets, always true for UTF-16 and UTF-32 (not searched).
         */
        boolean mayHold(String mark, int chars) {
            if (bytesPerChar() > 1) {
                return true;
            }
            int from = detection.assumingValidUtf8().bomLength();
            int last = (int) Math.min(bytes.length - (long) mark.length(), from + (long) chars - mark.length());
            for (int i = from; i <= last; i++) {
                if (bytes[i] == mark.charAt(0) && holdsAt(i, mark)) {
                    return true;
                }
            }
            return false;
        }

        private boolean holdsAt(int at, String mark) {
            for (int k = 1; k < mark.length(); k++) {
                if (bytes[at + k] != mark.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isMarkupStart(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '!' || c == '/' || c == '?';
        }

        /**
         * The start of the text as admitted (control characters dropped): at most {@code chars}
         * characters, from as many bytes (twice or four times as many in UTF-16 and UTF-32).
         */
        String head(int chars) {
            Charsets.Reading reading = detection.assumingValidUtf8();
            int from = reading.bomLength();
            String start = new String(bytes, from, (int) Math.min(bytes.length - from, (long) bytesPerChar() * chars),
                    reading.charset());
            String text = withoutControlCharacters(start);
            return text.length() <= chars ? text : text.substring(0, chars);
        }

        /** 4 in UTF-32, 2 in UTF-16, else 1 (ASCII-compatible: an ASCII byte is that character). */
        private int bytesPerChar() {
            String name = detection.assumingValidUtf8().charset().name();
            return name.startsWith("UTF-32") ? 4 : name.startsWith("UTF-16") ? 2 : 1;
        }
    }

    /**
     * The checks on the bytes of {@code document}: size, inflation, emptiness, binary content; and
     * the choice of charset.
     *
     * @throws ArticleRejectedException EMPTY, TOO_LARGE or NOT_AN_ARTICLE
     */
    Admitted admitBytes(RawDocument document) {
        byte[] raw = document.content();
        if (raw.length == 0) {
            throw new ArticleRejectedException(RejectionReason.EMPTY, "the file is empty");
        }
        if (raw.length > limits.maxObjectBytes()) {
            throw tooLarge(raw.length);
        }
        byte[] bytes = inflater.inflate(raw, document.contentEncoding());
        if (bytes.length == 0) {
            throw new ArticleRejectedException(RejectionReason.EMPTY, "the file is empty once inflated");
        }
        Optional<String> binary = ContentSniffer.binaryFormat(bytes);
        if (binary.isPresent()) {
            throw new ArticleRejectedException(RejectionReason.NOT_AN_ARTICLE,
                    "not an article: the content is " + binary.get() + ", not text or HTML");
        }
        return new Admitted(bytes, new Charsets.Detection(bytes, document.contentType()));
    }

    /**
     * Decodes admitted bytes to text free of control characters other than tab, line feed, form
     * feed and carriage return, and checks what is left: not blank, within the tag limit.
     *
     * <p>For a page ({@code markup}), what the extractor never reads is filtered out of the bytes
     * first ({@link MarkupFilter}), which saves decoding it, and whether the page is UTF-8 is
     * judged on what is left: a stray byte in a script or a style sheet says nothing about how the
     * text is encoded, and the filter keeps about a quarter of a news page, so the validating scan
     * reads a quarter of the bytes. When what is left is not clean UTF-8 (invalid, or holding
     * control characters), the whole page is judged and decoded as before the filter existed.
     *
     * @throws ArticleRejectedException EMPTY or TOO_LARGE
     */
    String decode(Admitted admitted, boolean markup) {
        byte[] bytes = admitted.bytes();
        String text = markup ? decodePage(admitted) : decodeWhole(bytes, admitted.detection().reading(() -> Utf8Scan.of(bytes)));
        if (isBlank(text)) {
            throw new ArticleRejectedException(RejectionReason.EMPTY, "the file holds only whitespace");
        }
        // A tag takes two characters at least ("<" and a letter): a text this short cannot hold too many.
        if (text.length() / 2 > limits.maxTags() && countTags(text, limits.maxTags()) > limits.maxTags()) {
            throw new ArticleRejectedException(RejectionReason.TOO_LARGE, "too large: the document has more than "
                    + limits.maxTags() + " tags, the limit (MAX_TAGS)");
        }
        return text;
    }

    private static String decodePage(Admitted admitted) {
        byte[] bytes = admitted.bytes();
        MarkupFilter.Filtered[] filtered = new MarkupFilter.Filtered[1];
        // Asked for only when no byte order mark or label for another charset settles the charset,
        // so there is no byte order mark to skip.
        Charsets.Reading reading = admitted.detection().reading(() -> {
            MarkupFilter.Filtered page = MarkupFilter.filter(bytes, 0);
            Utf8Scan scan = Utf8Scan.of(page.bytes(), 0, page.length());
            if (!scan.controlFree()) {
                return Utf8Scan.of(bytes);
            }
            filtered[0] = page;
            return scan;
        });
        if (filtered[0] != null && reading.controlFree()) {
            return new String(filtered[0].bytes(), 0, filtered[0].length(), StandardCharsets.UTF_8);
        }
        return decodeWhole(bytes, reading);
    }

    private static String decodeWhole(byte[] bytes, Charsets.Reading reading) {
        String decoded = new String(bytes, reading.bomLength(), bytes.length - reading.bomLength(), reading.charset());
        return reading.controlFree() ? decoded : withoutControlCharacters(decoded);
    }

    /**
     * Checks plain text against the text limit before it is cleaned: cleaning only removes lines,
     * so text over the limit stays over it, and the work is saved.
     *
     * @throws ArticleRejectedException TOO_LARGE past the limit
     */
    public String checkText(String plainText) {
        if (plainText.length() > limits.maxTextChars()) {
            throw textTooLarge(plainText.length());
        }
        return plainText;
    }

    /**
     * Checks the extracted text against the text limit, before scoring and summarising.
     *
     * @throws ArticleRejectedException TOO_LARGE past the limit
     */
    public Article checkText(Article article) {
        long chars = article.title().length();
        for (String p : article.paragraphs()) {
            chars += p.length() + 2;
        }
        if (chars > limits.maxTextChars()) {
            throw textTooLarge(chars);
        }
        return article;
    }

    private ArticleRejectedException textTooLarge(long chars) {
        return new ArticleRejectedException(RejectionReason.TOO_LARGE, "too large: the text has " + chars
                + " characters, more than the limit of " + limits.maxTextChars() + " (MAX_TEXT_CHARS)");
    }

    /**
     * Counts {@code <} followed by a letter or {@code !}: the start tags and comments a parser turns
     * into nodes (end tags make none). Stops counting past {@code max}.
     */
    static long countTags(String text, long max) {
        long tags = 0;
        for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length() && tags <= max; i = text.indexOf('<', i + 1)) {
            char next = text.charAt(i + 1);
            if (next == '!' || (next < 0x80 && Character.isLetter(next))) {
                tags++;
            }
        }
        return tags;
    }

    /**
     * Blank by any Unicode notion: besides ASCII whitespace, no-break and other Unicode spaces,
     * zero-width characters and stray byte order marks, none of which is text.
     */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
                return false;
            }
        }
        return true;
    }

    private ArticleRejectedException tooLarge(long size) {
        return new ArticleRejectedException(RejectionReason.TOO_LARGE, "too large: the file has " + size
                + " bytes, more than the limit of " + limits.maxObjectBytes());
    }

    /**
     * Drops C0 and C1 control characters (NUL, bell, escape sequences' introducer, ...) and
     * non-characters; they carry no meaning in an article and would otherwise reach records,
     * terminals and alerts. Returns the same string when there is nothing to drop.
     */
    static String withoutControlCharacters(String text) {
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            if (isDropped(text.charAt(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isDropped(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The characters no article holds: the one definition, for decoded text and for {@link Utf8Scan}. */
    static boolean isDropped(char c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
    }
}
