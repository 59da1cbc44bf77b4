package org.newssentinel.clean;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * One pass over bytes that answers the two questions the input guard asks of every upload: is it
 * strictly valid UTF-8 (the rules of Java's REPORT decoder: no overlong forms, no surrogates,
 * nothing past U+10FFFF, no cut sequence), and does it hold characters the guard drops (C0
 * controls but tab, line feed, form feed and carriage return; DEL and the C1 block; U+FFFE and
 * U+FFFF: {@link InputGuard#isDropped}, asked of each character outside the ASCII fast path)?
 * Answering both while reading the bytes once, without decoding them, is what keeps admission
 * cheap: a strict decode allocates a full-size buffer only to throw it away, and the character
 * check on the decoded string was a second full pass.
 *
 * <p>ASCII, the bulk of any HTML page, is read and checked eight bytes at a time.
 *
 * @param valid       strictly valid UTF-8
 * @param controlFree valid and free of every character the guard drops; false when invalid
 */
record Utf8Scan(boolean valid, boolean controlFree) {

    private static final Utf8Scan INVALID = new Utf8Scan(false, false);
    private static final Utf8Scan CLEAN = new Utf8Scan(true, true);
    private static final Utf8Scan WITH_CONTROLS = new Utf8Scan(true, false);

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** Added to an ASCII byte, sets its high bit exactly when the byte is 0x20 or above. */
    private static final long PRINTABLE_OFFSET = 0x6060606060606060L;
    private static final long LOW_SEVENS = 0x7F7F7F7F7F7F7F7FL;
    private static final long TABS = 0x0909090909090909L;
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long FORM_FEEDS = 0x0C0C0C0C0C0C0C0CL;
    private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;

    static Utf8Scan of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    /** The scan of {@code bytes[from, to)}. */
    static Utf8Scan of(byte[] bytes, int from, int to) {
        int n = to;
        int i = from;
        boolean dropped = false;
        while (i < n) {
            if (i + 16 <= n) {
                // The common case first: sixteen bytes of printable ASCII (any ASCII once a dropped character was seen).
                long a = (long) LONGS.get(bytes, i);
                long b = (long) LONGS.get(bytes, i + 8);
                if (((a | b) & HIGHS) == 0 && (dropped
                        || ((~(a + PRINTABLE_OFFSET) | ~(b + PRINTABLE_OFFSET) | (a + ONES) | (b + ONES)) & HIGHS) == 0)) {
                    i += 16;
                    continue;
                }
            }
            int stop;
            if (i + 8 <= n) {
                long word = (long) LONGS.get(bytes, i);
                if ((word & HIGHS) == 0) {
                    // All ASCII: per byte, no carry crosses into the next one, so the masks are exact.
                    long belowSpace = ~(word + PRINTABLE_OFFSET) & HIGHS;
                    long del = (word + ONES) & HIGHS;
                    if ((belowSpace | del) != 0) {
                        // Usually a line feed or a tab, which stay.
                        long kept = zeroBytes(word ^ TABS) | zeroBytes(word ^ LINE_FEEDS) | zeroBytes(word ^ FORM_FEEDS)
                                | zeroBytes(word ^ RETURNS);
                        dropped |= ((belowSpace & ~kept) | del) != 0;
                    }
                    i += 8;
                    continue;
                }
                // Checked byte by byte up to the end of the word (or past it when a sequence straddles).
                stop = i + 8;
            } else {
                stop = n;
            }
            while (i < stop) {
                int b0 = bytes[i] & 0xff;
                if (b0 < 0x80) {
                    dropped |= InputGuard.isDropped((char) b0);
                    i++;
                } else if (b0 < 0xC2) {
                    return INVALID; // a stray continuation byte, or an overlong two-byte lead
                } else if (b0 < 0xE0) {
                    if (i + 1 >= n || !isContinuation(bytes[i + 1])) {
                        return INVALID;
                    }
                    dropped |= InputGuard.isDropped((char) (((b0 & 0x1F) << 6) | (bytes[i + 1] & 0x3F)));
                    i += 2;
                } else if (b0 < 0xF0) {
                    if (i + 2 >= n) {
                        return INVALID;
                    }
                    int b1 = bytes[i + 1] & 0xff;
                    int low = b0 == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
                    int high = b0 == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
                    if (b1 < low || b1 > high || !isContinuation(bytes[i + 2])) {
                        return INVALID;
                    }
                    dropped |= InputGuard.isDropped((char) (((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (bytes[i + 2] & 0x3F)));
                    i += 3;
                } else if (b0 < 0xF5) {
                    if (i + 3 >= n) {
                        return INVALID;
                    }
                    int b1 = bytes[i + 1] & 0xff;
                    int low = b0 == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
                    int high = b0 == 0xF4 ? 0x8F : 0xBF; // F4 90.. would pass U+10FFFF
                    if (b1 < low || b1 > high || !isContinuation(bytes[i + 2]) || !isContinuation(bytes[i + 3])) {
                        return INVALID;
                    }
                    i += 4;
                } else {
                    return INVALID;
                }
            }
        }
        return dropped ? WITH_CONTROLS : CLEAN;
    }

    /** The high bit of each byte of an ASCII word that is zero; exact, as no sum carries past its byte. */
    private static long zeroBytes(long asciiWord) {
        return ~((asciiWord + LOW_SEVENS) | asciiWord) & HIGHS;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
