package org.s2s4j.corpora.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchTest {

  private final Batch batch = Batch.of(List.of(
      new Example(7, new int[] {5, 6, 7}, new int[] {8}),
      new Example(2, new int[] {9}, new int[] {10, 11})));

  @Test
  void padsEachSideToItsLongestRowWithZero() {
    assertArrayEquals(new int[][] {{5, 6, 7}, {9, 0, 0}}, batch.source());
    assertArrayEquals(new int[][] {{8, 0}, {10, 11}}, batch.target());
    assertArrayEquals(new int[] {3, 1}, batch.sourceLengths());
    assertArrayEquals(new int[] {1, 2}, batch.targetLengths());
    assertArrayEquals(new long[] {7, 2}, batch.indices());
  }

  @Test
  void countsRealTokensOnly() {
    assertEquals(2, batch.size());
    assertEquals(4, batch.sourceTokens());
    assertEquals(3, batch.targetTokens());
  }

  @Test
  void masksAreOneOnTokensAndZeroOnPadding() {
    assertArrayEquals(new float[][] {{1, 1, 1}, {1, 0, 0}}, batch.sourceMask());
    assertArrayEquals(new float[][] {{1, 0}, {1, 1}}, batch.targetMask());
  }

  @Test
  void changingAReturnedArrayDoesNotChangeTheBatch() {
    batch.source()[0][0] = 99;
    batch.indices()[0] = 99;
    assertEquals(5, batch.source()[0][0]);
    assertEquals(7, batch.indices()[0]);
  }

  @Test
  void emptyTargetGivesZeroWidthRows() {
    Batch b = Batch.of(List.of(new Example(0, new int[] {1}, new int[0])));
    assertArrayEquals(new int[][] {{}}, b.target());
    assertArrayEquals(new float[][] {{}}, b.targetMask());
  }

  @Test
  void noExamplesIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> Batch.of(List.of()));
  }
}
