package org.newssentinel.clean;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells text from binary by content, never by name: an upload called {@code article.html} that
 * holds a PDF is a PDF. Known formats are named from their magic numbers so the rejection says
 * what the file is; anything else is judged by the share of control bytes, which text in any
 * 8-bit charset or UTF-8 almost never contains and binary data always does. UTF-16 without a
 * byte order mark is full of NUL (or other low) bytes too, so it is recognised before the verdict.
 *
 * <p>Only samples of the content are read (the start, the middle and the end), so the cost does
 * not grow with the size of the upload. Thread-safe and stateless.
 */
public final class ContentSniffer {

    private static final int SAMPLE = 8192;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long TOP_THREE_BITS = 0xE0E0E0E0E0E0E0E0L;
    private static final long DELS = 0x7F7F7F7F7F7F7F7FL;
    /** Random bytes are about 10% control bytes; text with a stray NUL here and there far fewer. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** Share of code units that must look like text for a BOM-less UTF-16 reading to be believed. */
    private static final double MIN_UTF16_TEXT_SHARE = 0.95;

    private record Magic(int offset, byte[] bytes, String format) {
    }

    private static final List<Magic> MAGIC = List.of(
            magic(0, "%PDF-", "a PDF document"),
            magic(0, bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), "a PNG image"),
            magic(0, bytes(0xFF, 0xD8, 0xFF), "a JPEG image"),
            magic(0, "GIF87a", "a GIF image"),
            magic(0, "GIF89a", "a GIF image"),
            magic(0, bytes('I', 'I', 0x2A, 0x00), "a TIFF image"),
            magic(0, bytes('M', 'M', 0x00, 0x2A), "a TIFF image"),
            magic(0, bytes(0x00, 0x00, 0x01, 0x00), "an icon image"),
            magic(4, "ftyp", "an MP4/QuickTime media file"),
            magic(0, "OggS", "an Ogg media file"),
            magic(0, "fLaC", "a FLAC audio file"),
            magic(0, bytes(0x1A, 0x45, 0xDF, 0xA3), "a Matroska/WebM video"),
            magic(0, bytes('P', 'K', 0x03, 0x04), "a ZIP archive (or a docx/xlsx/epub/jar built on ZIP)"),
            magic(0, bytes('P', 'K', 0x05, 0x06), "an empty ZIP archive"),
            magic(0, bytes('P', 'K', 0x07, 0x08), "a ZIP archive"),
            magic(0, bytes(0x1F, 0x8B), "gzip data (compressed more than once, or not inflatable)"),
            magic(4, bytes('1', 'A', 'Y', '&', 'S', 'Y'), "bzip2 data"),
            magic(0, bytes(0xFD, '7', 'z', 'X', 'Z', 0x00), "xz data"),
            magic(0, bytes(0x28, 0xB5, 0x2F, 0xFD), "zstd data"),
            magic(0, bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C), "a 7-Zip archive"),
            magic(0, bytes('R', 'a', 'r', '!', 0x1A, 0x07), "a RAR archive"),
            magic(257, "ustar", "a tar archive"),
            magic(0, bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), "an old Microsoft Office document (doc/xls/ppt)"),
            magic(0, "{\\rtf", "an RTF document"),
            magic(0, bytes(0x7F, 'E', 'L', 'F'), "an ELF executable"),
            magic(0, bytes(0xFE, 0xED, 0xFA, 0xCE), "a Mach-O executable"),
            magic(0, bytes(0xFE, 0xED, 0xFA, 0xCF), "a Mach-O executable"),
            magic(0, bytes(0xCE, 0xFA, 0xED, 0xFE), "a Mach-O executable"),
            magic(0, bytes(0xCF, 0xFA, 0xED, 0xFE), "a Mach-O executable"),
            magic(0, bytes(0xCA, 0xFE, 0xBA, 0xBE), "a Java class file or Mach-O universal binary"),
            magic(0, bytes(0x00, 'a', 's', 'm'), "a WebAssembly module"),
            magic(0, bytes(0xAC, 0xED, 0x00, 0x05), "serialized Java objects"),
            magic(0, "SQLite format 3", "an SQLite database"),
            magic(0, "wOFF", "a web font"),
            magic(0, "wOF2", "a web font"));

    private ContentSniffer() {
    }

    /**
     * Names the binary format of {@code content} (e.g. "a PDF document"), or returns empty when
     * the content may be text: UTF-8, an 8-bit charset, or UTF-16 with or without a byte order mark.
     */
    public static Optional<String> binaryFormat(byte[] content) {
        for (Magic m : MAGIC) {
            if (startsWith(content, m.offset(), m.bytes())) {
                return Optional.of(m.format());
            }
        }
        if (startsWith(content, 0, bytes('R', 'I', 'F', 'F')) && (startsWith(content, 8, bytes('W', 'E', 'B', 'P'))
                || startsWith(content, 8, bytes('W', 'A', 'V', 'E')) || startsWith(content, 8, bytes('A', 'V', 'I', ' ')))) {
            return Optional.of("a RIFF media file (WebP, WAV or AVI)");
        }
        if (isWindowsExecutable(content)) {
            return Optional.of("a Windows executable");
        }
        if (Charsets.fromBom(content).isPresent()) {
            return Optional.empty();
        }
        int length = lengthWithoutNulPadding(content);
        double share = controlShare(content, length);
        if (share <= MAX_CONTROL_SHARE || utf16WithoutBom(content).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "binary data (%.0f%% control bytes)", share * 100));
    }

    /**
     * Recognises UTF-16 text that carries no byte order mark, from the start of the content.
     * Only meaningful for content that does not read as 8-bit text: plain ASCII pairs also form
     * valid UTF-16 code units, so callers ask only when the 8-bit reading failed.
     */
    public static Optional<Charset> utf16WithoutBom(byte[] content) {
        if (Charsets.fromBom(content).isPresent() || content.length < 4) {
            return Optional.empty();
        }
        int n = Math.min(content.length, SAMPLE) & ~1;
        double le = concentrated(content, n, 1) ? textShare(content, n, StandardCharsets.UTF_16LE) : 0;
        double be = concentrated(content, n, 0) ? textShare(content, n, StandardCharsets.UTF_16BE) : 0;
        if (Math.max(le, be) < MIN_UTF16_TEXT_SHARE) {
            return Optional.empty();
        }
        return Optional.of(le >= be ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
    }

    /** True for control bytes that never occur in text: everything below space but tab, LF, VT, FF, CR and ESC. */
    static boolean isControl(int b) {
        return b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) || b == 0x7F;
    }

    private static double controlShare(byte[] content, int length) {
        if (length == 0) {
            return 0;
        }
        int control = 0;
        int seen = 0;
        // Three windows: formats with a text header (tar, some installers) are binary further in.
        int[] starts = {0, Math.max(0, length / 2 - SAMPLE / 2), Math.max(0, length - SAMPLE)};
        int coveredTo = 0;
        for (int start : starts) {
            int from = Math.max(start, coveredTo);
            int to = Math.min(length, start + SAMPLE);
            control += controlBytes(content, from, to);
            seen += Math.max(0, to - from);
            coveredTo = Math.max(coveredTo, to);
        }
        return seen == 0 ? 0 : control / (double) seen;
    }

    /**
     * The {@link #isControl control bytes} in {@code content[from, to)}. Eight bytes at a time
     * while none is below space or DEL, which in text is all but the words holding a line break.
     */
    static int controlBytes(byte[] content, int from, int to) {
        int control = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = (long) LONGS.get(content, i);
            // A byte is below 0x20 exactly when its top three bits are clear; no byte borrows into
            // the next unless one is zero, so the test is exact as to whether any byte is.
            long top = word & TOP_THREE_BITS;
            long dels = word ^ DELS;
            if (((((top - ONES) & ~top) | ((dels - ONES) & ~dels)) & HIGHS) == 0) {
                continue;
            }
            for (int k = i; k < i + 8; k++) {
                if (isControl(content[k] & 0xff)) {
                    control++;
                }
            }
        }
        for (; i < to; i++) {
            if (isControl(content[i] & 0xff)) {
                control++;
            }
        }
        return control;
    }

    /** Text files padded with zeros by an interrupted or preallocated write are still text. */
    private static int lengthWithoutNulPadding(byte[] content) {
        int end = content.length;
        while (end > 0 && content[end - 1] == 0) {
            end--;
        }
        return end;
    }

    /**
     * Alphabetic text in UTF-16 uses one or two values for the high byte of its code units (0x00
     * for ASCII, plus one for its script block: 0x04 Cyrillic, 0x03 Greek, 0x05 Hebrew, 0x06
     * Arabic); 8-bit text read in pairs spreads over dozens. Han text spreads too, so UTF-16 in
     * Chinese or Japanese is recognised only with a byte order mark.
     */
    private static boolean concentrated(byte[] content, int n, int highOffset) {
        int[] counts = new int[256];
        int units = 0;
        for (int i = highOffset; i < n; i += 2) {
            counts[content[i] & 0xff]++;
            units++;
        }
        int first = 0;
        int second = 0;
        for (int c : counts) {
            if (c > first) {
                second = first;
                first = c;
            } else if (c > second) {
                second = c;
            }
        }
        return units > 0 && (first + second) >= 0.8 * units;
    }

    private static double textShare(byte[] content, int n, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars;
        try {
            chars = decoder.decode(ByteBuffer.wrap(content, 0, n));
        } catch (CharacterCodingException e) {
            // A cut surrogate pair at the very end of the sample is not evidence against UTF-16.
            try {
                chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content, 0, Math.max(0, n - 2)));
            } catch (CharacterCodingException again) {
                return 0;
            }
        }
        if (chars.length() == 0) {
            return 0;
        }
        int texty = 0;
        int spaces = 0;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u3000') {
                spaces++;
                texty++;
            } else if (isTextCharacter(c)) {
                texty++;
            }
        }
        // Every language separates lines or words somewhere; random code units almost never do.
        if (spaces == 0 && chars.length() > 64) {
            return 0;
        }
        return texty / (double) chars.length();
    }

    private static boolean isTextCharacter(char c) {
        if (Character.isSurrogate(c)) {
            return true; // pairs were validated by the strict decoder
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.SPACE_SEPARATOR,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.FORMAT -> true;
            default -> false;
        };
    }

    private static boolean isWindowsExecutable(byte[] b) {
        if (b.length < 64 || b[0] != 'M' || b[1] != 'Z') {
            return false;
        }
        // A DOS header is mostly zeros; a text that happens to start with "MZ" has none.
        for (int i = 2; i < 64; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Magic magic(int offset, String ascii, String format) {
        return new Magic(offset, ascii.getBytes(StandardCharsets.ISO_8859_1), format);
    }

    private static Magic magic(int offset, byte[] bytes, String format) {
        return new Magic(offset, bytes, format);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
