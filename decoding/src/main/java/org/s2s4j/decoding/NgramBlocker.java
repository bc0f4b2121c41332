package org.s2s4j.decoding;

import java.util.Arrays;

/**
 * Repeated n-gram blocking: the tokens that would complete an n-gram already present in a
 * hypothesis. For n = 1 that is every token already produced.
 */
final class NgramBlocker {

  private final int n;

  NgramBlocker(int n) {
    this.n = n;
  }

  /** The tokens that may not follow {@code tokens} (may contain duplicates). */
  int[] banned(int[] tokens) {
    int length = tokens.length;
    if (length < n - 1) {
      return new int[0];
    }
    int[] out = new int[length];
    int count = 0;
    // Every earlier n-gram whose first n-1 tokens equal the last n-1 tokens bans its last token.
    for (int start = 0; start + n <= length; start++) {
      boolean match = true;
      for (int i = 0; i < n - 1 && match; i++) {
        match = tokens[start + i] == tokens[length - (n - 1) + i];
      }
      if (match) {
        out[count++] = tokens[start + n - 1];
      }
    }
    return Arrays.copyOf(out, count);
  }
}
