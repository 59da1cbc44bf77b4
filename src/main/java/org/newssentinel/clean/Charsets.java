package org.newssentinel.clean;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes article bytes to text. Precedence, as browsers and jsoup's DataUtil apply it:
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16LE, UTF-16BE);</li>
 *   <li>UTF-16 without a byte order mark, recognised from its byte pattern, when the first bytes
 *       hold control bytes (which no 8-bit text has, so no label can make them readable);</li>
 *   <li>the charset the transport declared (the S3 object's content type); a bare "UTF-16" is
 *       resolved to LE or BE from the bytes, and a UTF-8 label on bytes that are not UTF-8 is ignored;</li>
 *   <li>{@code <meta charset>}, {@code <meta http-equiv>} or an XML declaration in the first bytes
 *       (a UTF-16 declaration there is impossible, since it was readable as ASCII, and means UTF-8);</li>
 *   <li>UTF-8 when the bytes are valid UTF-8;</li>
 *   <li>a legacy Chinese, Japanese or Korean charset (GB18030, Big5, Shift_JIS, EUC-JP, EUC-KR)
 *       when one reads the bytes without malformed sequences as mostly common characters of its
 *       language ({@link EastAsianCharsets});</li>
 *   <li>otherwise a guess between windows-1251 and KOI8-R for Cyrillic text (by which reading
 *       gives the usual Russian letter frequencies) and windows-1252 for everything else.</li>
 * </ol>
 * Labels are read the WHATWG way: ISO-8859-1 and US-ASCII mean windows-1252. Thread-safe.
 */
public final class Charsets {

    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset\\s{0,5}=\\s{0,5}[\"']?([A-Za-z0-9._:-]{1,40})");
    private static final Pattern XML_ENCODING = Pattern.compile("<\\?xml[^>]{0,200}encoding=[\"']([A-Za-z0-9._:-]{1,40})");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset KOI8_R = Charset.forName("KOI8-R");
    /** The ten commonest Russian letters, about 60% of running text. */
    private static final String FREQUENT_CYRILLIC = "оеаинтсрвл";

    private Charsets() {
    }

    /** Decodes {@code bytes}; never throws, malformed sequences become U+FFFD under the chosen charset. */
    public static String decode(byte[] bytes, Optional<String> declaredContentType) {
        Reading reading = reading(bytes, declaredContentType);
        return new String(bytes, reading.bomLength(), bytes.length - reading.bomLength(), reading.charset());
    }

    /**
     * How to read some bytes: the charset, the length of a byte order mark to skip, and whether
     * the text is already known to hold none of the control characters the input guard drops
     * (known only for UTF-8, from the validating scan; false means "look").
     */
    record Reading(Charset charset, int bomLength, boolean controlFree) {
    }

    /** Chooses how to read {@code bytes}, as {@link #detect} does, judging UTF-8 validity on all of them. */
    static Reading reading(byte[] bytes, Optional<String> declaredContentType) {
        return new Detection(bytes, declaredContentType).reading(() -> Utf8Scan.of(bytes));
    }

    /** Chooses the charset for {@code bytes} following the precedence in the class comment. */
    public static Charset detect(byte[] bytes, Optional<String> declaredContentType) {
        return reading(bytes, declaredContentType).charset();
    }

    /**
     * The detection of one upload's charset, with the question "is it valid UTF-8?" left to the
     * caller: a page is judged on the bytes its reader will decode (see {@link InputGuard}), a
     * text on all of its bytes. The labels and byte patterns, which do not depend on that answer,
     * are read once however often a reading is asked for.
     */
    static final class Detection {
        private final byte[] bytes;
        private final Optional<String> declaredContentType;
        private Optional<Charset> bom;
        private Optional<Charset> utf16Pattern;
        private Optional<Charset> declared;
        private Optional<Charset> inDocument;
        /** {@link #assumingValidUtf8}, asked several times per page while it is sniffed. */
        private Reading assumingValid;

        Detection(byte[] bytes, Optional<String> declaredContentType) {
            this.bytes = bytes;
            this.declaredContentType = declaredContentType;
        }

        /**
         * The reading under {@code utf8}, a scan run only when the precedence comes to asking
         * (a byte order mark or a label for another charset settles it before that).
         */
        Reading reading(Supplier<Utf8Scan> utf8) {
            Utf8Validity validity = new Utf8Validity(utf8);
            Charset charset = detect(validity);
            return new Reading(charset, bomLength(bytes, charset), charset.equals(StandardCharsets.UTF_8) && validity.controlFree());
        }

        /**
         * The reading if the bytes were valid UTF-8. It differs from the real one only between
         * ASCII-compatible charsets (the 16- and 32-bit ones are settled before UTF-8 validity is
         * asked), so it already tells how many bytes a character takes and how ASCII reads.
         */
        Reading assumingValidUtf8() {
            if (assumingValid == null) {
                assumingValid = reading(() -> ASSUMED_VALID);
            }
            return assumingValid;
        }

        private Charset detect(Utf8Validity utf8) {
            if (bom == null) {
                bom = fromBom(bytes);
            }
            if (bom.isPresent()) {
                return bom.get();
            }
            // Plain ASCII pairs also form valid UTF-16 code units, so the byte pattern is only asked
            // about when the 8-bit reading already failed on control bytes.
            if (utf16Pattern == null) {
                utf16Pattern = hasControlBytes(bytes) ? ContentSniffer.utf16WithoutBom(bytes) : Optional.empty();
            }
            if (utf16Pattern.isPresent()) {
                return utf16Pattern.get();
            }
            // A UTF-8 label on bytes that are not UTF-8 is provably wrong (a re-saved file, a careless
            // upload tool); decoding by it would lose every non-ASCII letter, so it is ignored.
            if (declared == null) {
                declared = declaredContentType.flatMap(Charsets::fromContentType);
            }
            if (declared.isPresent() && (!declared.get().equals(StandardCharsets.UTF_8) || utf8.valid())) {
                Charset cs = declared.get();
                if (cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32")) {
                    return ContentSniffer.utf16WithoutBom(bytes).orElse(cs);
                }
                return cs;
            }
            if (inDocument == null) {
                inDocument = fromDocumentHead(bytes);
            }
            if (inDocument.isPresent() && (!inDocument.get().equals(StandardCharsets.UTF_8) || utf8.valid())) {
                return inDocument.get().name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : inDocument.get();
            }
            if (utf8.valid()) {
                return StandardCharsets.UTF_8;
            }
            return EastAsianCharsets.guess(bytes).orElseGet(() -> guessSingleByte(bytes));
        }
    }

    /** Stands for a scan not run: valid, but with nothing known about control characters. */
    private static final Utf8Scan ASSUMED_VALID = new Utf8Scan(true, false);

    static Optional<Charset> fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /** The BOM is a signature, not text: it is dropped when it matches the charset in use. */
    private static int bomLength(byte[] bytes, Charset charset) {
        Optional<Charset> bom = fromBom(bytes);
        if (bom.isEmpty() || !bom.get().equals(charset)) {
            return 0;
        }
        return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    static Optional<Charset> fromContentType(String contentType) {
        Matcher m = CHARSET_PARAM.matcher(contentType);
        return m.find() ? lookup(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> fromDocumentHead(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return lookup(xml.group(1));
        }
        int meta = head.toLowerCase(Locale.ROOT).indexOf("<meta");
        if (meta < 0) {
            return Optional.empty();
        }
        Matcher m = CHARSET_PARAM.matcher(head);
        return m.find(meta) ? lookup(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> lookup(String name) {
        String label = name.trim().toLowerCase(Locale.ROOT);
        // WHATWG Encoding: these labels mean windows-1252 on the web; ISO-8859-1 lacks the curly quotes pages use.
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")
                || label.equals("iso8859-1") || label.equals("l1")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(label));
        } catch (IllegalArgumentException unsupported) {
            return Optional.empty();
        }
    }

    private static boolean hasControlBytes(byte[] bytes) {
        for (int i = 0, n = Math.min(bytes.length, 8192); i < n; i++) {
            if (ContentSniffer.isControl(bytes[i] & 0xff)) {
                return true;
            }
        }
        return false;
    }

    /** Strict UTF-8 validation is a full pass over the bytes: done at most once per reading, and only when asked. */
    private static final class Utf8Validity {
        private final Supplier<Utf8Scan> scanner;
        private Utf8Scan scan;

        Utf8Validity(Supplier<Utf8Scan> scanner) {
            this.scanner = scanner;
        }

        boolean valid() {
            if (scan == null) {
                scan = scanner.get();
            }
            return scan.valid();
        }

        /** True only when the scan ran (a BOM skips it) and found no dropped characters. */
        boolean controlFree() {
            return scan != null && scan.controlFree();
        }
    }

    /**
     * Cyrillic single-byte text has most of its letters above 0xC0 (in both windows-1251 and KOI8-R);
     * Western text has a few accented letters among ASCII ones. Between the two Cyrillic tables,
     * which swap lower and upper case and order the letters differently, the right one is the one
     * whose reading is mostly lower case and rich in the commonest letters.
     */
    static Charset guessSingleByte(byte[] bytes) {
        int asciiLetters = 0;
        int high = 0;
        for (byte value : bytes) {
            int b = value & 0xff;
            if (b >= 0xC0) {
                high++;
            } else if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
                asciiLetters++;
            }
        }
        if (high == 0 || high < 0.3 * (high + asciiLetters)) {
            return WINDOWS_1252;
        }
        return cyrillicScore(bytes, WINDOWS_1251) >= cyrillicScore(bytes, KOI8_R) ? WINDOWS_1251 : KOI8_R;
    }

    private static double cyrillicScore(byte[] bytes, Charset charset) {
        CharBuffer text = charset.decode(ByteBuffer.wrap(bytes, 0, Math.min(bytes.length, 16384)));
        int letters = 0;
        int lower = 0;
        int frequent = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.CYRILLIC) {
                continue;
            }
            letters++;
            if (Character.isLowerCase(c)) {
                lower++;
            }
            if (FREQUENT_CYRILLIC.indexOf(c) >= 0) {
                frequent++;
            }
        }
        return letters == 0 ? 0 : (double) (lower + frequent) / letters;
    }
}
