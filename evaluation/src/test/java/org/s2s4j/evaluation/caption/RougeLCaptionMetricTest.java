package org.s2s4j.evaluation.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeLCaptionMetricTest {

  private static final RougeLCaptionMetric ROUGE = new RougeLCaptionMetric();

  private static double score(String candidate, String... refs) {
    return ROUGE.score(new CaptionItem("1", candidate, List.of(refs)));
  }

  @Test
  void bestPrecisionAndBestRecallComeFromDifferentReferences() {
    // ref 1: lcs 2, P 2/4, R 2/2; ref 2: lcs 4, P 4/4, R 4/6. Best P = 1, best R = 1 -> F = 1.
    assertEquals(1.0, score("a b c d", "a c", "a b c d e f"), 0.0);
  }

  @Test
  void fMeasureWithBeta12() {
    // lcs("a b c", "a x c d") = 2: P = 2/3, R = 2/4.
    double p = 2.0 / 3;
    double r = 0.5;
    assertEquals((1 + 1.44) * p * r / (r + 1.44 * p), score("a b c", "a x c d"), 1e-15);
  }

  @Test
  void zeroMatchAndEmptyCandidateScoreZero() {
    assertEquals(0.0, score("x y", "a b"), 0.0);
    assertEquals(0.0, score("", "a b"), 0.0);
  }

  @Test
  void corpusScoreIsTheMean() {
    MetricScore s = ROUGE.score(List.of(new CaptionItem("1", "a b", List.of("a b")),
        new CaptionItem("2", "x", List.of("a")))).get(0);
    assertEquals(0.5, s.corpus(), 0.0);
  }

  @Test
  void longestCommonSubsequence() {
    assertEquals(3, RougeLCaptionMetric.lcs(List.of("a", "b", "c", "d"), List.of("b", "x", "c", "d")));
    assertEquals(0, RougeLCaptionMetric.lcs(List.of(), List.of("a")));
  }
}
