package org.s2s4j.evaluation.mt;

import java.util.Arrays;

/**
 * Word n-gram counts of orders 1..4 as sorted 63-bit keys: the order {@code n} followed by
 * {@code n} 15-bit token ids (id + 1). Orders sort apart (all 1-grams before all 2-grams, ...),
 * so two count tables merge and match with one linear pass. Used when a segment and its
 * references have fewer than 32767 distinct tokens.
 */
final class PackedNgrams {

  static final int MAX_ORDER = 4;
  static final int MAX_IDS = (1 << 15) - 1;

  final long[] keys;
  final int[] counts;
  final int size;

  private PackedNgrams(long[] keys, int[] counts, int size) {
    this.keys = keys;
    this.counts = counts;
    this.size = size;
  }

  /** The order of a key. */
  static int orderOf(long key) {
    return (64 - Long.numberOfLeadingZeros(key)) / 15;
  }

  /** Counts the n-grams of orders 1..{@code order} (at most 4) of the token ids. */
  static PackedNgrams of(int[] ids, int order) {
    int len = ids.length;
    int total = 0;
    for (int n = 1; n <= order; n++) {
      total += Math.max(0, len - n + 1);
    }
    long[] all = new long[total];
    int k = 0;
    for (int n = 1; n <= order; n++) {
      for (int i = 0; i + n <= len; i++) {
        long key = n;
        for (int j = i; j < i + n; j++) {
          key = (key << 15) | (ids[j] + 1);
        }
        all[k++] = key;
      }
    }
    Arrays.sort(all);
    long[] keys = new long[total];
    int[] counts = new int[total];
    int size = 0;
    for (int i = 0; i < total; i++) {
      if (size > 0 && keys[size - 1] == all[i]) {
        counts[size - 1]++;
      } else {
        keys[size] = all[i];
        counts[size] = 1;
        size++;
      }
    }
    return new PackedNgrams(keys, counts, size);
  }

  /** The union of two tables keeping the larger count of each n-gram. */
  static PackedNgrams max(PackedNgrams a, PackedNgrams b) {
    long[] keys = new long[a.size + b.size];
    int[] counts = new int[a.size + b.size];
    int i = 0;
    int j = 0;
    int size = 0;
    while (i < a.size || j < b.size) {
      if (j >= b.size || (i < a.size && a.keys[i] < b.keys[j])) {
        keys[size] = a.keys[i];
        counts[size++] = a.counts[i++];
      } else if (i >= a.size || b.keys[j] < a.keys[i]) {
        keys[size] = b.keys[j];
        counts[size++] = b.counts[j++];
      } else {
        keys[size] = a.keys[i];
        counts[size++] = Math.max(a.counts[i++], b.counts[j++]);
      }
    }
    return new PackedNgrams(keys, counts, size);
  }

  /** Adds clipped matches to {@code stats[2 + n - 1]} and totals to {@code stats[2 + order + n - 1]}. */
  void match(PackedNgrams ref, double[] stats, int order) {
    int j = 0;
    for (int i = 0; i < size; i++) {
      long key = keys[i];
      int n = orderOf(key);
      stats[2 + order + n - 1] += counts[i];
      while (j < ref.size && ref.keys[j] < key) {
        j++;
      }
      if (j < ref.size && ref.keys[j] == key) {
        stats[2 + n - 1] += Math.min(counts[i], ref.counts[j]);
      }
    }
  }
}
