package org.newssentinel.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newssentinel.clean.Article;

/**
 * Computes the {@link Fingerprint} of an article's main text (the headline is left out: sites
 * rewrite headlines of the same wire copy). Thread-safe and stateless.
 *
 * <p>Text is normalised to lower-case letter and digit tokens (Unicode NFKC, punctuation and
 * spacing dropped). Shingles are runs of {@value #SHINGLE} consecutive tokens taken inside each
 * paragraph, never across paragraph breaks, so reordering paragraphs leaves the fingerprint
 * unchanged and a paragraph added or removed changes it only by that paragraph's share; a
 * paragraph shorter than a shingle counts as one shingle. The fingerprint also keeps the text's
 * {@link Opening}: keys of the first shingles of its first paragraphs of at least a shingle's length.
 */
public final class Fingerprinter {

    /** Words per shingle: long enough that unrelated reports on one subject rarely share one. */
    static final int SHINGLE = 4;

    private static final long[] SEEDS = seeds();

    /** The fingerprint of the article's paragraphs. */
    public Fingerprint fingerprint(Article article) {
        return fingerprint(article.paragraphs());
    }

    /** The fingerprint of a text given as paragraphs (the order of paragraphs does not matter for the MinHash part). */
    public Fingerprint fingerprint(List<String> paragraphs) {
        return shingle(paragraphs).fingerprint();
    }

    /** The article's fingerprint with the keys of all its shingles, for checking it against stored articles. */
    public ShingledText shingle(Article article) {
        return shingle(article.paragraphs());
    }

    /** A text's fingerprint with the keys of all its shingles. */
    public ShingledText shingle(List<String> paragraphs) {
        int[] mins = new int[Fingerprint.HASHES];
        Arrays.fill(mins, Integer.MAX_VALUE);
        Set<Long> distinct = new HashSet<>();
        Set<Integer> keys = new HashSet<>();
        List<List<Integer>> opening = new ArrayList<>();
        StringBuilder stream = new StringBuilder();
        for (String paragraph : paragraphs) {
            List<String> tokens = tokens(paragraph);
            if (tokens.isEmpty()) {
                continue;
            }
            stream.append(String.join(" ", tokens)).append('\n');
            // Lines shorter than a shingle (menus, bylines, "Share this article") are no story's opening.
            boolean inOpening = opening.size() < Opening.PARAGRAPHS && tokens.size() >= SHINGLE;
            Set<Integer> openingKeys = new LinkedHashSet<>();
            int shingles = Math.max(1, tokens.size() - SHINGLE + 1);
            for (int start = 0; start < shingles; start++) {
                long h = shingleHash(tokens, start, Math.min(tokens.size(), start + SHINGLE));
                int key = key(h);
                if (inOpening && openingKeys.size() < Opening.KEYS) {
                    openingKeys.add(key);
                }
                if (!distinct.add(h)) {
                    continue;
                }
                keys.add(key);
                for (int i = 0; i < Fingerprint.HASHES; i++) {
                    int v = (int) (mix(h ^ SEEDS[i]) >>> 32);
                    if (v < mins[i]) {
                        mins[i] = v;
                    }
                }
            }
            if (inOpening) {
                opening.add(List.copyOf(openingKeys));
            }
        }
        Fingerprint fingerprint = new Fingerprint(sha256(stream.toString()), mins, distinct.size(), new Opening(opening));
        return new ShingledText(fingerprint, keys);
    }

    // A 32-bit key per shingle for the opening check, from the same mixer as the MinHash values but unseeded.
    private static int key(long shingleHash) {
        return (int) mix(shingleHash);
    }

    /** Lower-case letter/digit tokens of the text after Unicode compatibility normalisation. */
    static List<String> tokens(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            boolean word = Character.isLetterOrDigit(cp) || (start >= 0 && Character.getType(cp) == Character.NON_SPACING_MARK);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(normal.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(normal.substring(start));
        }
        return tokens;
    }

    // FNV-1a over the tokens' characters with a separator, so ("ab","c") and ("a","bc") differ.
    private static long shingleHash(List<String> tokens, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int t = from; t < to; t++) {
            String token = tokens.get(t);
            for (int i = 0; i < token.length(); i++) {
                h = (h ^ token.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ 0x1F) * 0x100000001b3L;
        }
        return h;
    }

    // SplitMix64's finaliser: a strong 64-bit mixer, so XOR with a seed gives independent-looking permutations.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    // Fixed seeds: fingerprints are stored and compared across processes and releases.
    private static long[] seeds() {
        long[] seeds = new long[Fingerprint.HASHES];
        long state = 0x5EED_0F_1D_0C_5L;
        for (int i = 0; i < seeds.length; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
