package org.s2s4j.corpora.clean;

/**
 * A set of 64-bit values in one open-addressing array: 8 bytes per slot, at most 2/3 full, so about
 * 12–24 bytes per value (a {@code HashSet<Long>} needs about 60). Not thread-safe.
 */
final class LongHashSet {

  private static final long EMPTY = 0L;

  private long[] slots = new long[1 << 10];
  private int size;
  private boolean hasZero;

  /** Adds {@code value}; false if it was already there. */
  boolean add(long value) {
    if (value == EMPTY) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if ((size + 1) * 3L > slots.length * 2L) {
      grow();
    }
    if (!insert(slots, value)) {
      return false;
    }
    size++;
    return true;
  }

  private static boolean insert(long[] table, long value) {
    int mask = table.length - 1;
    int i = (int) (value ^ (value >>> 32)) & mask;
    while (table[i] != EMPTY) {
      if (table[i] == value) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = value;
    return true;
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long v : slots) {
      if (v != EMPTY) {
        insert(bigger, v);
      }
    }
    slots = bigger;
  }
}
