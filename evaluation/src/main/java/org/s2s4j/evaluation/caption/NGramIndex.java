package org.s2s4j.evaluation.caption;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every distinct token and n-gram of one scoring run a dense int id, so that the metrics
 * count and compare n-grams with arrays instead of hashing lists of strings. An n-gram's id is
 * looked up from its prefix's id and its last token's id. Not thread-safe: one index per call.
 */
final class NGramIndex {

  /**
   * The n-grams of one caption: for each order (index 0 = unigrams), the distinct n-gram ids in
   * order of first occurrence and their counts.
   *
   * @param ids n-gram ids per order
   * @param counts counts per order, parallel to {@code ids}
   * @param words the number of tokens
   */
  record Counts(int[][] ids, int[][] counts, int words) {}

  private final int maxOrder;
  private final Map<String, Integer> tokens = new HashMap<>();
  private long[] keys = new long[1 << 14];
  private int[] values = new int[1 << 14];
  private int size;
  private int[] mark = new int[1 << 12];
  private int[] slot = new int[1 << 12];
  private int stamp;

  NGramIndex(int maxOrder) {
    this.maxOrder = maxOrder;
  }

  /** The number of distinct n-grams seen so far; ids are {@code 0 .. size() - 1}. */
  int size() {
    return size;
  }

  /** Counts the n-grams of orders 1..maxOrder of {@code words}. */
  Counts count(List<String> words) {
    int n = words.size();
    int[] position = new int[n];
    for (int i = 0; i < n; i++) {
      position[i] = tokens.computeIfAbsent(words.get(i), w -> tokens.size());
    }
    int[][] ids = new int[maxOrder][];
    int[][] counts = new int[maxOrder][];
    int[] previous = null;
    for (int k = 1; k <= maxOrder; k++) {
      int m = Math.max(0, n - k + 1);
      int[] current = new int[m];
      for (int i = 0; i < m; i++) {
        int prefix = previous == null ? -1 : previous[i];
        current[i] = intern(prefix, position[i + k - 1]);
      }
      dedupe(current, k - 1, ids, counts);
      previous = current;
    }
    return new Counts(ids, counts, n);
  }

  /** The id of the n-gram {@code prefix + token} ({@code prefix} -1 for a unigram). */
  private int intern(int prefix, int token) {
    // Keys are stored plus one so that 0 marks an empty slot (open addressing, linear probing).
    long key = (((long) (prefix + 1) << 32) | (token & 0xffffffffL)) + 1;
    int mask = keys.length - 1;
    int i = hash(key) & mask;
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = size;
    size++;
    if (2 * size > keys.length) {
      grow();
    }
    return size - 1;
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = hash(oldKeys[j]) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }

  private void dedupe(int[] sequence, int order, int[][] ids, int[][] counts) {
    if (mark.length < size) {
      int length = Math.max(size, mark.length * 2);
      mark = Arrays.copyOf(mark, length);
      slot = Arrays.copyOf(slot, length);
    }
    stamp++;
    int[] unique = new int[sequence.length];
    int[] count = new int[sequence.length];
    int u = 0;
    for (int id : sequence) {
      if (mark[id] != stamp) {
        mark[id] = stamp;
        slot[id] = u;
        unique[u] = id;
        count[u] = 1;
        u++;
      } else {
        count[slot[id]]++;
      }
    }
    ids[order] = Arrays.copyOf(unique, u);
    counts[order] = Arrays.copyOf(count, u);
  }
}
