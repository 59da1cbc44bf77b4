package org.newssentinel.summary;

/**
 * The GSM 7-bit default alphabet (3GPP TS 23.038): which text fits a one-part SMS of 160
 * septets. Characters of the extension table ({@code ^ { } \ [ ~ ] | €} and form feed) are
 * encodable but cost two septets each. Stateless.
 */
public final class Gsm7 {

    /** The 128 characters of the basic table, in code order (0x1B, the escape, is a placeholder). */
    static final String BASIC = "@\u00a3$\u00a5\u00e8\u00e9\u00f9\u00ec\u00f2\u00c7\n\u00d8\u00f8\r\u00c5\u00e5"
            + "\u0394_\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e\u001b\u00c6\u00e6\u00df\u00c9"
            + " !\"#\u00a4%&'()*+,-./"
            + "0123456789:;<=>?"
            + "\u00a1ABCDEFGHIJKLMNO"
            + "PQRSTUVWXYZ\u00c4\u00d6\u00d1\u00dc\u00a7"
            + "\u00bfabcdefghijklmno"
            + "pqrstuvwxyz\u00e4\u00f6\u00f1\u00fc\u00e0";

    /** Reached through the escape: two septets each. */
    static final String EXTENSION = "\f^{}\\[~]|\u20ac";

    /** Septets in one single-part GSM-7 SMS. */
    public static final int SINGLE_PART_SEPTETS = 160;

    /** UTF-16 code units in one single-part UCS-2 SMS. */
    public static final int SINGLE_PART_UCS2 = 70;

    private Gsm7() {
    }

    /** True when {@code c} is in the basic table (one septet). */
    public static boolean isBasic(char c) {
        return c != '\u001b' && BASIC.indexOf(c) >= 0;
    }

    /** True when every character of {@code text} is in the basic or extension table. */
    public static boolean canEncode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBasic(c) && EXTENSION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Septets needed for {@code text}; only meaningful when {@link #canEncode} holds. */
    public static int septets(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        }
        return n;
    }
}
