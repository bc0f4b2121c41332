package org.s2s4j.tokenization.bpe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link PythonRandom} against CPython 3.11: the values were printed by
 * {@code random.seed(s); [random.random() for _ in range(3)]}.
 */
class PythonRandomTest {

  @Test
  void drawsWhatCpythonDraws() {
    assertDraws(7, 0.32383276483316237, 0.15084917392450192, 0.6509344730398537);
    assertDraws(4294967301L, 0.15727238718789782, 0.2824866316461999, 0.6044540318498407);
    assertDraws(0, 0.8444218515250481, 0.7579544029403025, 0.420571580830845);
  }

  @Test
  void theStateIsRefilledAfter624Words() {
    // random.seed(7); 1000 draws; then random.random()
    PythonRandom r = new PythonRandom(7);
    for (int i = 0; i < 1000; i++) {
      r.nextDouble();
    }
    assertEquals(0.950867979111096, r.nextDouble());
  }

  private static void assertDraws(long seed, double... expected) {
    PythonRandom r = new PythonRandom(seed);
    for (double e : expected) {
      assertEquals(e, r.nextDouble());
    }
  }
}
