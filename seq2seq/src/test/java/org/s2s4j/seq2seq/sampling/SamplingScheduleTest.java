package org.s2s4j.seq2seq.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Expected values are worked out by hand from the formulas in Bengio et al. (2015). */
class SamplingScheduleTest {

  @Test
  void constantIsTheSameAtEveryStep() {
    SamplingSchedule s = new ConstantSchedule(0.75);
    assertEquals(0.75, s.epsilon(0));
    assertEquals(0.75, s.epsilon(1_000_000));
    assertEquals(1.0, new ConstantSchedule(1.0).epsilon(42));
  }

  @Test
  void linearDecaysByCPerStepDownToTheFloor() {
    // k = 1, c = 0.1, eps_min = 0.25: 1.0, 0.9, 0.8, ..., 0.3 at i = 7, then 0.25 forever.
    SamplingSchedule s = new LinearSchedule(1.0, 0.1, 0.25);
    assertEquals(1.0, s.epsilon(0), 1e-12);
    assertEquals(0.9, s.epsilon(1), 1e-12);
    assertEquals(0.5, s.epsilon(5), 1e-12);
    assertEquals(0.3, s.epsilon(7), 1e-12);
    assertEquals(0.25, s.epsilon(8), 1e-12); // 1 - 0.8 = 0.2 < 0.25
    assertEquals(0.25, s.epsilon(100), 1e-12);
  }

  @Test
  void exponentialIsKToTheI() {
    SamplingSchedule s = new ExponentialSchedule(0.5);
    assertEquals(1.0, s.epsilon(0), 1e-12);
    assertEquals(0.5, s.epsilon(1), 1e-12);
    assertEquals(0.125, s.epsilon(3), 1e-12);
    assertEquals(0.9 * 0.9, new ExponentialSchedule(0.9).epsilon(2), 1e-12);
  }

  @Test
  void inverseSigmoidMatchesHandComputedValues() {
    SamplingSchedule s = new InverseSigmoidSchedule(10);
    // i = 0: 10 / (10 + e^0) = 10/11.
    assertEquals(10.0 / 11.0, s.epsilon(0), 1e-12);
    // i = 10: 10 / (10 + e) = 10 / 12.718281828... = 0.7862697...
    assertEquals(0.7862697, s.epsilon(10), 1e-6);
    // i = 10 * ln 10 ~ 23.03 gives exactly 1/2; i = 23 is just above it.
    assertTrue(s.epsilon(23) > 0.5 && s.epsilon(24) < 0.5);
    // Far out, e^(i/k) overflows a double: eps is 0, never NaN.
    assertEquals(0.0, new InverseSigmoidSchedule(1).epsilon(1_000_000), 0.0);
  }

  @Test
  void schedulesAreMonotoneNonIncreasing() {
    SamplingSchedule[] all = {
      new LinearSchedule(1, 0.001, 0.1), new ExponentialSchedule(0.999), new InverseSigmoidSchedule(100)
    };
    for (SamplingSchedule s : all) {
      for (long i = 0; i < 5000; i++) {
        assertTrue(s.epsilon(i + 1) <= s.epsilon(i), s + " rises at " + i);
      }
    }
  }

  @Test
  void outOfRangeParametersAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new ConstantSchedule(1.5));
    assertThrows(IllegalArgumentException.class, () -> new LinearSchedule(1, -0.1, 0));
    assertThrows(IllegalArgumentException.class, () -> new LinearSchedule(1, 0.1, -0.1));
    assertThrows(IllegalArgumentException.class, () -> new ExponentialSchedule(1.0));
    assertThrows(IllegalArgumentException.class, () -> new ExponentialSchedule(0));
    var e = assertThrows(IllegalArgumentException.class, () -> new InverseSigmoidSchedule(0.5));
    assertTrue(e.getMessage().contains("k must be"), e.getMessage());
  }
}
