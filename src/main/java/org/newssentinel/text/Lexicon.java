package org.newssentinel.text;

import java.util.Arrays;

/**
 * Numbers distinct words: a word, given as a range of characters of a longer text, gets a dense
 * id ({@code 0, 1, 2, ...} in order of first sight) without cutting it out as a string first.
 *
 * <p>Why not a {@code HashMap<String, ...>}: text analysis looks up every word of every article,
 * and a map keyed by strings needs a substring per look-up and scatters its keys over the heap,
 * so a large vocabulary costs a cache miss or two per word. Here the keys live in one character
 * array and the table one int array, which also holds a few ints of the caller's per word.
 *
 * <p>Not thread-safe: give each thread its own (see {@link #MAX_WORDS} for the bound callers keep).
 */
public final class Lexicon {

    /** A bound for callers that keep a lexicon across articles: clear it when it is this large. */
    public static final int MAX_WORDS = 1 << 16;

    /** Ints per slot: hash, id + 1 (0 when empty), start in chars, length, then the caller's values. */
    private static final int SLOT = 8;
    /** Caller's ints kept in each word's slot, read with the hit at no extra cache miss. */
    public static final int VALUES = SLOT - 4;

    private int[] table;
    private char[] chars;
    private int[] starts; // starts[id] .. starts[id + 1] in chars
    private int size;
    /** Offset in table of the slot of the word last given to {@link #id}. */
    private int last;
    /** What {@link #warm} read, kept so that the compiler keeps the reads. */
    private int warmed;

    /** A lexicon sized for about a thousand words; it grows as needed. */
    public Lexicon() {
        this(1000);
    }

    /** A lexicon sized for about {@code expectedWords} words; it grows as needed. */
    public Lexicon(int expectedWords) {
        int slots = Integer.highestOneBit(Math.max(16, expectedWords * 2) - 1) << 1;
        table = new int[SLOT * slots];
        chars = new char[8 * slots];
        starts = new int[slots + 1];
    }

    /** The number of words numbered so far. */
    public int size() {
        return size;
    }

    /** Forgets every word; ids start from 0 again, and a table grown large is given back. */
    public void clear() {
        if (table.length > SLOT * 2 * MAX_WORDS) {
            table = new int[SLOT * 2048];
            chars = new char[8 * 2048];
            starts = new int[2048 + 1];
        } else {
            Arrays.fill(table, 0);
        }
        size = 0;
    }

    /**
     * The id of {@code text[from, to)}, numbering it when it is new (its id is then the previous
     * {@link #size()}, and its {@link #value values} 0).
     */
    public int id(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        return id(text, from, to, h);
    }

    /**
     * {@link #id(String, int, int)} given {@code hash}, {@code 31 * h + c} over the characters
     * from 0, as a caller reading them anyway can work out on its way.
     */
    public int id(String text, int from, int to, int hash) {
        int h = hash ^ hash >>> 16;
        // A hit reads one slot and the word's characters: two cache lines, where a map of
        // strings reads a node, a string, its array and the value.
        int at = find(h, text, from, to);
        int id = table[at + 1] - 1;
        if (id >= 0) {
            last = at;
            return id;
        }
        if ((size + 1) * 2 > table.length / SLOT) {
            rehash();
            at = find(h, text, from, to);
        }
        last = at;
        return add(text, from, to, h, at);
    }

    /**
     * Reads the home slot, and the first character there, of each of {@code count} words given
     * by their {@code hashes} (as {@link #id(String, int, int, int)} takes them), so that looking
     * them up next finds them in cache.
     *
     * <p>Why: a large table swept out of the caches costs a miss or two per look-up, and a
     * look-up waits for each before the next starts; these reads do not depend on each other,
     * so the processor has many of them under way at once.
     */
    public void warm(int[] hashes, int count) {
        int mask = table.length / SLOT - 1;
        int sum = 0;
        for (int k = 0; k < count; k++) {
            int h = hashes[k] ^ hashes[k] >>> 16;
            // An empty slot's start is 0, and every word's start is within chars.
            sum += chars[table[SLOT * (h & mask) + 2]];
        }
        warmed += sum;
    }

    /** Value {@code k} (below {@link #VALUES}) of the word last given to {@link #id}. */
    public int value(int k) {
        return table[last + 4 + k];
    }

    /** Sets value {@code k} of the word last given to {@link #id}. */
    public void setValue(int k, int v) {
        table[last + 4 + k] = v;
    }

    /** The word numbered {@code id}. */
    public String word(int id) {
        return new String(chars, starts[id], starts[id + 1] - starts[id]);
    }

    /** The offset of the word's slot, or of the empty slot where it belongs. */
    private int find(int h, String text, int from, int to) {
        int mask = table.length / SLOT - 1;
        for (int s = h & mask; ; s = (s + 1) & mask) {
            int at = SLOT * s;
            if (table[at + 1] == 0
                    || table[at] == h && table[at + 3] == to - from && equal(table[at + 2], text, from, to)) {
                return at;
            }
        }
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
        text.getChars(from, to, chars, start);
        if (id + 2 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[id + 1] = end;
        table[at] = hash;
        table[at + 1] = id + 1;
        table[at + 2] = start;
        table[at + 3] = to - from;
        size++;
        return id;
    }

    private void rehash() {
        int[] old = table;
        table = new int[old.length * 2];
        int mask = table.length / SLOT - 1;
        for (int at = 0; at < old.length; at += SLOT) {
            if (old[at + 1] != 0) {
                int s = old[at] & mask;
                while (table[SLOT * s + 1] != 0) {
                    s = (s + 1) & mask;
                }
                System.arraycopy(old, at, table, SLOT * s, SLOT);
            }
        }
    }
}
