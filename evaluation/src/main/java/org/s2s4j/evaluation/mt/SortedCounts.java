package org.s2s4j.evaluation.mt;

import java.util.Arrays;

/**
 * Counts of the n-grams of one order over small integer ids, as sorted packed keys ({@code n}
 * ids of {@code bits} bits each, id + 1), so that two tables match in one linear pass.
 */
final class SortedCounts {

  final long[] keys;
  final int[] counts;
  final int size;
  final long total;

  private SortedCounts(long[] keys, int[] counts, int size, long total) {
    this.keys = keys;
    this.counts = counts;
    this.size = size;
    this.total = total;
  }

  /** The n-grams of order {@code n} of {@code ids}; {@code n * bits} must be at most 63. */
  static SortedCounts of(int[] ids, int n, int bits) {
    int m = Math.max(0, ids.length - n + 1);
    long[] all = new long[m];
    for (int i = 0; i < m; i++) {
      long key = 0;
      for (int j = i; j < i + n; j++) {
        key = (key << bits) | (ids[j] + 1);
      }
      all[i] = key;
    }
    Arrays.sort(all);
    long[] keys = new long[m];
    int[] counts = new int[m];
    int size = 0;
    for (int i = 0; i < m; i++) {
      if (size > 0 && keys[size - 1] == all[i]) {
        counts[size - 1]++;
      } else {
        keys[size] = all[i];
        counts[size++] = 1;
      }
    }
    return new SortedCounts(keys, counts, size, m);
  }

  /** The clipped matches: the sum over shared n-grams of the smaller count. */
  long matches(SortedCounts ref) {
    long match = 0;
    int j = 0;
    for (int i = 0; i < size && j < ref.size; i++) {
      long key = keys[i];
      while (j < ref.size && ref.keys[j] < key) {
        j++;
      }
      if (j < ref.size && ref.keys[j] == key) {
        match += Math.min(counts[i], ref.counts[j]);
      }
    }
    return match;
  }
}
