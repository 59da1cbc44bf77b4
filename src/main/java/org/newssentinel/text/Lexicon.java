package org.newssentinel.text;

import java.util.Arrays;

/**
 * Numbers distinct words: a word, given as a range of characters of a longer text, gets a dense
 * id ({@code 0, 1, 2, ...} in order of first sight) without cutting it out as a string first.
 *
 * <p>Why not a {@code HashMap<String, ...>}: text analysis looks up every word of every article,
 * and a map keyed by strings needs a substring per look-up and scatters its keys over the heap,
 * so a large vocabulary costs a cache miss or two per word. Here the keys live in one character
 * array and the table one int array.
 *
 * <p>Not thread-safe: give each thread its own (see {@link #MAX_WORDS} for the bound callers keep).
 */
public final class Lexicon {

    /** A bound for callers that keep a lexicon across articles: clear it when it is this large. */
    public static final int MAX_WORDS = 1 << 16;

    /** Open addressing, four ints per slot: hash, id + 1 (0 when empty), start in chars, length. */
    private int[] table = new int[4 * 1024];
    private char[] chars = new char[8192];
    private int[] starts = new int[513]; // starts[id] .. starts[id + 1] in chars
    private int size;

    /** The number of words numbered so far. */
    public int size() {
        return size;
    }

    /** Forgets every word; ids start from 0 again. */
    public void clear() {
        Arrays.fill(table, 0);
        size = 0;
    }

    /**
     * The id of {@code text[from, to)}, numbering it when it is new (its id is then the previous
     * {@link #size()}).
     */
    public int id(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        h ^= h >>> 16;
        int mask = table.length / 4 - 1;
        // A hit reads one slot and the word's characters: two cache lines, where a map of
        // strings reads a node, a string, its array and the value.
        for (int s = h & mask; ; s = (s + 1) & mask) {
            int at = 4 * s;
            int id = table[at + 1] - 1;
            if (id < 0) {
                return add(text, from, to, h, at);
            }
            if (table[at] == h && table[at + 3] == to - from && equal(table[at + 2], text, from, to)) {
                return id;
            }
        }
    }

    /** The word numbered {@code id}. */
    public String word(int id) {
        return new String(chars, starts[id], starts[id + 1] - starts[id]);
    }

    private boolean equal(int start, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[start++] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int add(String text, int from, int to, int hash, int at) {
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
        table[at] = hash;
        table[at + 1] = id + 1;
        table[at + 2] = start;
        table[at + 3] = to - from;
        size++;
        if (size * 2 > table.length / 4) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int[] old = table;
        table = new int[old.length * 2];
        int mask = table.length / 4 - 1;
        for (int at = 0; at < old.length; at += 4) {
            if (old[at + 1] != 0) {
                int s = old[at] & mask;
                while (table[4 * s + 1] != 0) {
                    s = (s + 1) & mask;
                }
                System.arraycopy(old, at, table, 4 * s, 4);
            }
        }
    }
}
