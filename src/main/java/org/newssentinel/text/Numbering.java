package org.newssentinel.text;

/**
 * Numbers distinct non-negative ints 0, 1, 2, ... in order of first sight: an article's own
 * numbering of ids from a larger table, in a small table of its own (kept in cache while the
 * article is read). Not thread-safe.
 */
final class Numbering {

    private int[] keys; // key + 1, 0 when empty
    private int[] numbers;
    private int size;

    Numbering(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new int[capacity];
        numbers = new int[capacity];
    }

    int size() {
        return size;
    }

    /** The number of {@code key}, the next free one when it is new. */
    int number(int key) {
        int mask = keys.length - 1;
        for (int s = slot(key, mask); ; s = (s + 1) & mask) {
            if (keys[s] == key + 1) {
                return numbers[s];
            }
            if (keys[s] == 0) {
                keys[s] = key + 1;
                numbers[s] = size++;
                if (size * 2 > keys.length) {
                    grow();
                }
                return size - 1;
            }
        }
    }

    private static int slot(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ h >>> 16) & mask;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldNumbers = numbers;
        keys = new int[oldKeys.length * 2];
        numbers = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int s = slot(oldKeys[i] - 1, mask);
                while (keys[s] != 0) {
                    s = (s + 1) & mask;
                }
                keys[s] = oldKeys[i];
                numbers[s] = oldNumbers[i];
            }
        }
    }
}
