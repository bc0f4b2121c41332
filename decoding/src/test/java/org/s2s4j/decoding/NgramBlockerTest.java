package org.s2s4j.decoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NgramBlockerTest {

  private static int[] banned(int n, int... tokens) {
    int[] b = new NgramBlocker(n).banned(tokens);
    Arrays.sort(b);
    return b;
  }

  @Test
  void unigramsBanEveryTokenAlreadyProduced() {
    assertArrayEquals(new int[] {4, 5, 7}, banned(1, 7, 5, 4));
  }

  @Test
  void bigramsBanWhatFollowedTheLastToken() {
    // "a b c a": "a" was followed by "b" before, so "a b" may not repeat.
    assertArrayEquals(new int[] {2}, banned(2, 1, 2, 3, 1));
    assertArrayEquals(new int[] {}, banned(2, 1, 2, 3));
  }

  @Test
  void trigramsNeedTheLastTwoTokensToMatch() {
    assertArrayEquals(new int[] {3}, banned(3, 1, 2, 3, 1, 2));
    assertArrayEquals(new int[] {}, banned(3, 1, 2, 3, 2, 1));
    assertArrayEquals(new int[] {}, banned(3, 1));
  }
}
