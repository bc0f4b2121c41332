package org.s2s4j.evaluation.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CiderDCaptionMetricTest {

  private static final CiderDCaptionMetric CIDER = new CiderDCaptionMetric();

  private static CaptionItem item(String id, String candidate, String... refs) {
    return new CaptionItem(id, candidate, List.of(refs));
  }

  @Test
  void twoImagesWithExactCandidates() {
    // idf = log 2 for every n-gram; orders 1 and 2 have cosine 1, orders 3 and 4 have no n-grams
    // (norm 0, score 0); same bigram count -> no length penalty: 10 * (1 + 1 + 0 + 0) / 4 = 5.
    MetricScore s = CIDER.score(List.of(item("1", "a b", "a b"), item("2", "c d", "c d"))).get(0);
    assertEquals(5.0, s.item(0), 1e-12);
    assertEquals(5.0, s.corpus(), 1e-12);
  }

  @Test
  void singleImageScoresZeroBecauseEveryIdfIsZero() {
    assertEquals(0.0, CIDER.score(List.of(item("1", "a b c", "a b c"))).get(0).corpus(), 0.0);
  }

  @Test
  void lengthPenaltyCountsBigrams() {
    // Image 1's candidate has 2 bigrams more than its reference: penalty exp(-4 / 72).
    MetricScore s = CIDER.score(List.of(item("1", "a b a b", "a b"), item("2", "c d", "c d")))
        .get(0);
    // unigrams: hyp (2l, 2l), ref (l, l): min(hyp, ref) * ref = l^2 each -> 2l^2 / (sqrt(8)l * sqrt(2)l)
    // = 1/2; bigrams: hyp {ab:2, ba:1}, ref {ab:1}: l^2 / (sqrt(5)l * l) = 1/sqrt(5), but "b a"
    // never occurs in a reference so its idf is log 2 - log 1 = log 2 as well.
    double expected = 10 * (0.5 + 1 / Math.sqrt(5)) / 4 * Math.exp(-4.0 / 72);
    assertEquals(expected, s.item(0), 1e-12);
  }

  @Test
  void emptyCandidateAndZeroMatchScoreZero() {
    MetricScore s = CIDER.score(List.of(item("1", "", "a b"), item("2", "x y", "c d"))).get(0);
    assertEquals(0.0, s.item(0), 0.0);
    assertEquals(0.0, s.item(1), 0.0);
  }

  @Test
  void multipleReferencesAreAveraged() {
    MetricScore one = CIDER.score(List.of(item("1", "a b", "a b"), item("2", "c d", "c d")))
        .get(0);
    MetricScore two = CIDER.score(List.of(item("1", "a b", "a b", "x y z"),
        item("2", "c d", "c d"))).get(0);
    // The second reference shares nothing with the candidate, so image 1 gets half the score.
    assertEquals(one.item(0) / 2, two.item(0), 1e-12);
  }
}
