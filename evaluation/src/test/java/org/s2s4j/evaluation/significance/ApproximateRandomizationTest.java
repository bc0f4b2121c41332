package org.s2s4j.evaluation.significance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.s2s4j.evaluation.mt.Bleu;

class ApproximateRandomizationTest {

  private static final List<String> REF = List.of("the cat sat on the mat", "a dog runs in the park",
      "it is raining today", "we went home early", "she reads a long book");
  private static final List<String> GOOD = List.of("the cat sat on the mat",
      "a dog runs in the park", "it is raining today", "we went home early",
      "she reads a long book");
  private static final List<String> BAD = List.of("cat the mat", "dog park", "raining",
      "home we", "book");

  @Test
  void aSystemAgainstItselfGetsTheSmallestCountAndNoDifference() {
    PairedTestResult r = new ApproximateRandomization(200, -1, 12345).run(new Bleu(),
        List.of("a", "b"), List.of(GOOD, GOOD), List.of(REF));
    SystemResult s = r.systems().get(0);
    assertEquals(r.baseline().score(), s.score());
    // No trial difference exceeds the real difference of 0.
    assertEquals(1.0 / 201, s.pValue().getAsDouble());
    assertTrue(s.mean().isEmpty());
    assertTrue(r.signature().format().startsWith("nrefs:1|ar:200|seed:12345|case:mixed"));
  }

  @Test
  void pValueIsAProbabilityAndConfidenceIsOptional() {
    PairedTestResult r = new ApproximateRandomization(500, 100, 7).run(new Bleu(),
        List.of("good", "bad"), List.of(GOOD, BAD), List.of(REF));
    double p = r.systems().get(0).pValue().getAsDouble();
    assertTrue(p > 0 && p <= 1, "p = " + p);
    assertTrue(r.baseline().ci().isPresent());
    assertTrue(r.systems().get(0).ci().isPresent());
    // Same seed, same answer.
    PairedTestResult again = new ApproximateRandomization(500, 100, 7).run(new Bleu(),
        List.of("good", "bad"), List.of(GOOD, BAD), List.of(REF));
    assertEquals(r, again);
  }
}
