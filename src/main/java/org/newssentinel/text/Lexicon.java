package org.newssentinel.text;

import java.util.Arrays;

/**
 * Numbers distinct words: a word, given as a range of characters of a longer text, gets a dense
 * id ({@code 0, 1, 2, ...} in order of first sight) without cutting it out as a string first.
 *
 * <p>Why not a {@code HashMap<String, ...>}: text analysis looks up every word of every article,
 * and a map keyed by strings needs a substring per look-up and scatters its keys over the heap,
 * so a large vocabulary costs a cache miss or two per word. Here the keys live in one character
 * array and the table is two int arrays.
 *
 * <p>Not thread-safe: give each thread its own (see {@link #MAX_WORDS} for the bound callers keep).
 */
public final class Lexicon {

    /** A bound for callers that keep a lexicon across articles: clear it when it is this large. */
    public static final int MAX_WORDS = 1 << 16;

    private int[] slots = new int[1024]; // id + 1, 0 when empty
    private int[] hashes = new int[1024];
    private char[] chars = new char[8192];
    private int[] starts = new int[513]; // starts[id] .. starts[id + 1] in chars
    private int size;

    /** The number of words numbered so far. */
    public int size() {
        return size;
    }

    /** Forgets every word; ids start from 0 again. */
    public void clear() {
        Arrays.fill(slots, 0);
        size = 0;
    }

    /**
     * The id of {@code text[from, to)}, numbering it when it is new (its id is then the previous
     * {@link #size()}).
     */
    public int id(CharSequence text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        h ^= h >>> 16;
        int mask = slots.length - 1;
        for (int s = h & mask; ; s = (s + 1) & mask) {
            int id = slots[s] - 1;
            if (id < 0) {
                return add(text, from, to, h, s);
            }
            if (hashes[s] == h && equal(id, text, from, to)) {
                return id;
            }
        }
    }

    /** The word numbered {@code id}. */
    public String word(int id) {
        return new String(chars, starts[id], starts[id + 1] - starts[id]);
    }

    private boolean equal(int id, CharSequence text, int from, int to) {
        int start = starts[id];
        if (starts[id + 1] - start != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (chars[start++] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int add(CharSequence text, int from, int to, int hash, int slot) {
        int id = size;
        int start = starts[id];
        int end = start + (to - from);
        if (end > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(end, chars.length * 2));
        }
        for (int i = from; i < to; i++) {
            chars[start + i - from] = text.charAt(i);
        }
        if (id + 2 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[id + 1] = end;
        slots[slot] = id + 1;
        hashes[slot] = hash;
        size++;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new int[oldSlots.length * 2];
        hashes = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int s = 0; s < oldSlots.length; s++) {
            if (oldSlots[s] != 0) {
                int t = oldHashes[s] & mask;
                while (slots[t] != 0) {
                    t = (t + 1) & mask;
                }
                slots[t] = oldSlots[s];
                hashes[t] = oldHashes[s];
            }
        }
    }
}
