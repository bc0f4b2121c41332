package org.s2s4j.evaluation.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumpySumTest {

  @Test
  void pairwiseOrderDiffersFromALeftToRightLoop() {
    // 1 + 1e16 - 1e16 ... summed left to right loses the ones; numpy's 8 accumulators keep them.
    double[] v = new double[16];
    for (int i = 0; i < 16; i++) {
      v[i] = i % 8 == 0 ? 1e16 : 1.0;
    }
    v[8] = -1e16;
    // accumulators: r0 = 1e16 - 1e16 = 0, r1..r7 = 2 each -> 14.
    assertEquals(14.0, NumpySum.sum(v, 0, 16), 0.0);
  }

  @Test
  void meanOfSmallVectors() {
    assertEquals(2.0, NumpySum.mean(new double[] {1, 2, 3}), 0.0);
    assertEquals(Double.NaN, NumpySum.mean(new double[0]));
  }
}
