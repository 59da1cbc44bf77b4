package org.newssentinel.dedup;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The fingerprint of one article's text: a hash of its normalised tokens (equal only for exact
 * copies) and a MinHash signature over its word shingles (equal positions estimate how much of
 * the text two articles share). Immutable; build with {@link Fingerprinter}.
 *
 * <p>The signature is split into {@link #BANDS} bands of {@link #ROWS} values; two articles whose
 * shingle sets have Jaccard similarity {@code s} share at least one band with probability
 * {@code 1 - (1 - s^2)^32}: 0.95 at s = 0.3, 0.9999 at s = 0.5, and 0.08 at s = 0.05 (unrelated
 * reports on one subject). The bands are therefore the lookup keys ({@link #lookupKeys()}), and
 * {@link #similarity} is applied to the few articles they return. Bands of two rows rather than
 * four cost twice the keys but also find cut-down copies (a brief of a long story), whose
 * similarity is low although the brief is wholly contained in the story. The {@link Opening}
 * (keys of the text's first paragraphs) lets the policy tell a repeat from another story that
 * only shares a site's house paragraphs.
 */
public final class Fingerprint {

    /** Number of MinHash values. Part of the stored format: changing it needs a new {@link #SCHEME}. */
    public static final int HASHES = 64;
    public static final int BANDS = 32;
    public static final int ROWS = HASHES / BANDS;
    /**
     * Names the tokenisation, shingle size and hash family, so fingerprints of another scheme are
     * never compared. {@code mh2} is {@code mh1} with the opening added; {@link #decode} reads both.
     */
    public static final String SCHEME = "mh2";
    private static final String SCHEME_WITHOUT_OPENING = "mh1";

    private final String contentHash;
    private final int[] minHashes;
    private final int shingles;
    private final boolean hasShingles;
    private final Opening opening;

    Fingerprint(String contentHash, int[] minHashes, int shingles, Opening opening) {
        Objects.requireNonNull(contentHash, "contentHash");
        this.opening = Objects.requireNonNull(opening, "opening");
        if (minHashes.length != HASHES) {
            throw new IllegalArgumentException("a fingerprint has " + HASHES + " MinHash values, got " + minHashes.length);
        }
        if (shingles < 0) {
            throw new IllegalArgumentException("a shingle count cannot be negative: " + shingles);
        }
        this.contentHash = contentHash;
        this.shingles = shingles;
        this.hasShingles = shingles > 0;
        // Without shingles the values mean nothing; one canonical form keeps equals() and encode() consistent.
        this.minHashes = hasShingles ? minHashes.clone() : new int[HASHES];
    }

    /** Keys of the text's opening paragraphs; {@link Opening#UNKNOWN} for a fingerprint stored without them. */
    public Opening opening() {
        return opening;
    }

    /** Number of distinct word shingles in the text. */
    public int shingles() {
        return shingles;
    }

    /** Hex hash of the normalised token stream: equal for copies that differ only in case, spacing or punctuation. */
    public String contentHash() {
        return contentHash;
    }

    /**
     * Estimated share of word shingles the two texts have in common (Jaccard similarity), 0..1;
     * exactly 1 for exact copies. The standard error of the estimate is about
     * {@code sqrt(s(1-s)/64)}: ±0.06 at s = 0.5, ±0.04 at s = 0.9.
     */
    public double similarity(Fingerprint other) {
        if (contentHash.equals(other.contentHash)) {
            return 1.0;
        }
        if (!hasShingles || !other.hasShingles) {
            return 0.0;
        }
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minHashes[i] == other.minHashes[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /**
     * Estimated share of the shorter text's shingles that the other text also has, 0..1: near 1
     * when one text is a cut-down copy of the other, whatever their Jaccard similarity. Derived
     * from {@link #similarity} and the two shingle counts, so it is as noisy as that estimate
     * multiplied by the length ratio; meaningful only for texts of comparable length.
     */
    public double containment(Fingerprint other) {
        double j = similarity(other);
        if (j == 1.0 || j == 0.0) {
            return j;
        }
        double shared = j * (shingles + other.shingles) / (1 + j);
        return Math.min(1.0, shared / Math.min(shingles, other.shingles));
    }

    /**
     * Keys under which an index files this fingerprint: one for the exact content, then one per
     * band (none for a text too short to have shingles). Any near-duplicate above about 0.5
     * similarity shares at least one key with high probability.
     */
    public List<String> lookupKeys() {
        List<String> keys = new ArrayList<>(1 + BANDS);
        keys.add("x" + contentHash);
        if (hasShingles) {
            HexFormat hex = HexFormat.of();
            for (int b = 0; b < BANDS; b++) {
                ByteBuffer band = ByteBuffer.allocate(ROWS * Integer.BYTES);
                for (int r = 0; r < ROWS; r++) {
                    band.putInt(minHashes[b * ROWS + r]);
                }
                keys.add(String.format("b%02d", b) + hex.formatHex(band.array()));
            }
        }
        return List.copyOf(keys);
    }

    /** A compact text form for stores, read back by {@link #decode}. */
    public String encode() {
        ByteBuffer buffer = ByteBuffer.allocate(HASHES * Integer.BYTES);
        for (int v : minHashes) {
            buffer.putInt(v);
        }
        return SCHEME + ":" + contentHash + ":" + shingles + ":"
                + (hasShingles ? Base64.getEncoder().withoutPadding().encodeToString(buffer.array()) : "") + ":" + opening.encode();
    }

    /**
     * Reads a fingerprint written by {@link #encode}, or one of scheme {@code mh1} (stored before
     * openings were kept: its opening is {@link Opening#UNKNOWN}).
     *
     * @throws IllegalArgumentException when the text is not a fingerprint of either scheme
     */
    public static Fingerprint decode(String encoded) {
        String[] parts = encoded.split(":", -1);
        boolean withOpening = parts.length == 5 && parts[0].equals(SCHEME);
        boolean withoutOpening = parts.length == 4 && parts[0].equals(SCHEME_WITHOUT_OPENING);
        if (!(withOpening || withoutOpening) || parts[1].isEmpty() || !parts[2].matches("\\d{1,9}")) {
            throw new IllegalArgumentException("not a " + SCHEME + " fingerprint: \"" + abbreviate(encoded) + "\"");
        }
        Opening opening;
        try {
            opening = withOpening ? Opening.decode(parts[4]) : Opening.UNKNOWN;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fingerprint opening is damaged: \"" + abbreviate(encoded) + "\"", e);
        }
        int shingles = Integer.parseInt(parts[2]);
        if (shingles == 0 || parts[3].isEmpty()) {
            if (shingles != 0 || !parts[3].isEmpty()) {
                throw new IllegalArgumentException("fingerprint shingle count and signature disagree: \"" + abbreviate(encoded) + "\"");
            }
            return new Fingerprint(parts[1], new int[HASHES], 0, opening);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fingerprint signature is not base64: \"" + abbreviate(encoded) + "\"", e);
        }
        if (bytes.length != HASHES * Integer.BYTES) {
            throw new IllegalArgumentException("fingerprint signature has " + bytes.length + " bytes, expected " + HASHES * Integer.BYTES);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int[] values = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            values[i] = buffer.getInt();
        }
        return new Fingerprint(parts[1], values, shingles, opening);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && contentHash.equals(f.contentHash) && shingles == f.shingles
                && Arrays.equals(minHashes, f.minHashes) && opening.equals(f.opening);
    }

    @Override
    public int hashCode() {
        return contentHash.hashCode();
    }

    @Override
    public String toString() {
        return "Fingerprint[" + contentHash.substring(0, Math.min(12, contentHash.length())) + "]";
    }
}
