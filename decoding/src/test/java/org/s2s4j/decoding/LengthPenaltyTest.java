package org.s2s4j.decoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LengthPenaltyTest {

  @Test
  void gnmtPenaltyMatchesTheFormula() {
    assertEquals(Math.pow(10.0 / 6.0, 0.6), new GnmtLengthPenalty(0.6).divisor(5), 1e-12);
    assertEquals(1.0, new GnmtLengthPenalty(0.0).divisor(17), 0.0);
    assertEquals(-2.0, new AverageLengthPenalty().normalize(-8.0, 4), 0.0);
    assertEquals(-8.0, new NoLengthPenalty().normalize(-8.0, 4), 0.0);
  }

  @Test
  void negativeAlphaIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new GnmtLengthPenalty(-0.1));
  }

  /** No extension (lower log-probability, any allowed length) may score above the bound. */
  @Test
  void bestReachableBoundsEveryExtension() {
    Random random = new Random(3);
    for (LengthPenalty p : List.of(new NoLengthPenalty(), new AverageLengthPenalty(),
        new GnmtLengthPenalty(0.6), new GnmtLengthPenalty(2.0))) {
      for (int trial = 0; trial < 500; trial++) {
        double logProb = -10 * random.nextDouble();
        int min = 1 + random.nextInt(10);
        int max = min + random.nextInt(10);
        double bound = p.bestReachable(logProb, min, max);
        double extended = logProb - 3 * random.nextDouble();
        int length = min + random.nextInt(max - min + 1);
        assertTrue(p.normalize(extended, length) <= bound, p + " trial " + trial);
      }
    }
  }

  @Test
  void lengthLimitsCombineAbsoluteAndRelative() {
    LengthLimits limits = new LengthLimits(2, 0.5, 20, 1.5, 3);
    assertEquals(2, limits.min(1));
    assertEquals(5, limits.min(10));
    assertEquals(18, limits.max(10));
    assertEquals(20, limits.max(30));
    assertEquals(5, new LengthLimits(5, 0, 3, 1, 0).max(1), "the maximum never falls below the minimum");
  }
}
