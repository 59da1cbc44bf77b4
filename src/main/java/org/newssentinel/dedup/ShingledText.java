package org.newssentinel.dedup;

import java.util.Objects;
import java.util.Set;

/**
 * A text just fingerprinted, with the keys of all its shingles: what the policy needs to tell
 * whether a stored article's opening appears anywhere in this text. The keys are not stored
 * (only the {@link Fingerprint} is); build with {@link Fingerprinter#shingle}.
 *
 * @param fingerprint the text's fingerprint
 * @param shingleKeys the key of every distinct shingle of the text (see {@link Opening})
 */
public record ShingledText(Fingerprint fingerprint, Set<Integer> shingleKeys) {

    public ShingledText {
        Objects.requireNonNull(fingerprint, "fingerprint");
        shingleKeys = Set.copyOf(shingleKeys);
    }

    /** True when the text has a shingle with this key. */
    public boolean has(int key) {
        return shingleKeys.contains(key);
    }
}
