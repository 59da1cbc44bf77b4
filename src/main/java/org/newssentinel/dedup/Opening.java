package org.newssentinel.dedup;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Where a text's own story starts: keys of the first {@value #KEYS} word shingles of each of its
 * first {@value #PARAGRAPHS} paragraphs that have at least one full shingle. Two reports from one
 * site may share long house paragraphs (about-us, newsletter and corrections blurbs) that make
 * their shingle sets alike; what they do not share is their opening, which is why
 * {@link NearDuplicatePolicy} asks that the openings agree as well. Two paragraphs rather than
 * one, so that a repeat whose first paragraph was rewritten still agrees on the second.
 * Immutable; {@link #UNKNOWN} for fingerprints stored before openings were kept.
 */
public record Opening(List<List<Integer>> paragraphs) {

    /** Opening paragraphs kept. */
    public static final int PARAGRAPHS = 2;
    /** Shingle keys kept per opening paragraph, from its start. */
    public static final int KEYS = 16;
    /** Share of an opening paragraph's keys the other text must have for the paragraph to count as found there. */
    public static final double FOUND = 0.5;

    /** No opening known: the policy then judges by the whole text alone, as before openings were kept. */
    public static final Opening UNKNOWN = new Opening(List.of());

    public Opening {
        if (paragraphs.size() > PARAGRAPHS || paragraphs.stream().anyMatch(p -> p.isEmpty() || p.size() > KEYS)) {
            throw new IllegalArgumentException("an opening has at most " + PARAGRAPHS + " non-empty paragraphs of at most " + KEYS + " keys");
        }
        paragraphs = paragraphs.stream().map(List::copyOf).toList();
    }

    /** True when at least one opening paragraph is known. */
    public boolean known() {
        return !paragraphs.isEmpty();
    }

    /** True when at least {@value #FOUND} of the keys of one of these paragraphs satisfy {@code has}. */
    public boolean anyParagraphFound(IntPredicate has) {
        for (List<Integer> p : paragraphs) {
            long found = p.stream().filter(has::test).count();
            if (found >= FOUND * p.size()) {
                return true;
            }
        }
        return false;
    }

    /** Every key of the opening paragraphs. */
    public Set<Integer> keys() {
        Set<Integer> keys = new HashSet<>();
        paragraphs.forEach(keys::addAll);
        return keys;
    }

    /** Paragraphs as base64 of their keys, joined by '.'; empty for {@link #UNKNOWN}. */
    String encode() {
        List<String> parts = new ArrayList<>();
        for (List<Integer> p : paragraphs) {
            // Big-endian, as Fingerprint writes its signature.
            ByteBuffer bytes = ByteBuffer.allocate(p.size() * Integer.BYTES);
            p.forEach(bytes::putInt);
            parts.add(Base64.getEncoder().withoutPadding().encodeToString(bytes.array()));
        }
        return String.join(".", parts);
    }

    /** Reads {@link #encode}'s form. @throws IllegalArgumentException when it is damaged */
    static Opening decode(String encoded) {
        if (encoded.isEmpty()) {
            return UNKNOWN;
        }
        List<List<Integer>> paragraphs = new ArrayList<>();
        for (String part : encoded.split("\\.", -1)) {
            byte[] bytes = Base64.getDecoder().decode(part);
            if (bytes.length == 0 || bytes.length % Integer.BYTES != 0) {
                throw new IllegalArgumentException("an opening paragraph has " + bytes.length + " bytes, not a positive multiple of 4");
            }
            List<Integer> keys = new ArrayList<>();
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                keys.add(buffer.getInt());
            }
            paragraphs.add(keys);
        }
        return new Opening(paragraphs);
    }
}
