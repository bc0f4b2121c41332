package org.s2s4j.evaluation.caption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BleuCaptionMetricTest {

  private static final BleuCaptionMetric BLEU = new BleuCaptionMetric();

  private static CaptionItem item(String candidate, String... refs) {
    return new CaptionItem("1", candidate, List.of(refs));
  }

  @Test
  void exactMatchIsOneUpToTheEpsilons() {
    List<MetricScore> s = BLEU.score(List.of(item("a b c d", "a b c d")));
    // precision_k = (count + 1e-15) / (count + 1e-9); ratio (4 + 1e-15) / (4 + 1e-9) < 1.
    double ratio = (4 + 1e-15) / (4 + 1e-9);
    double p1 = (4 + 1e-15) / (4 + 1e-9);
    assertEquals(p1 * Math.exp(1 - 1 / ratio), s.get(0).corpus(), 0.0);
    assertEquals(1.0, s.get(3).corpus(), 1e-8);
  }

  @Test
  void countsAreClippedByTheMaximumOverReferences() {
    BleuCaptionMetric.Stats st = BLEU.stats(item("the the the the", "the cat", "the the dog"));
    assertArrayEquals(new long[] {4, 3, 2, 1}, st.guess());
    assertArrayEquals(new long[] {2, 1, 0, 0}, st.correct());
  }

  @Test
  void closestReferenceLengthTieGoesToTheShorter() {
    assertEquals(2, BLEU.stats(item("a b c", "x y", "x y z w")).refLength());
    assertEquals(4, BLEU.stats(item("a b c d e", "x y", "x y z w")).refLength());
  }

  @Test
  void emptyCandidateScoresZero() {
    List<MetricScore> s = BLEU.score(List.of(item("", "a dog runs")));
    for (MetricScore m : s) {
      assertEquals(0.0, m.corpus(), 0.0);
      assertEquals(0.0, m.item(0), 0.0);
    }
  }

  @Test
  void noFourGramMatchGivesATinyPositivePerImageScore() {
    // 3-gram "a b c" matches, no 4-gram does; the epsilons also make the length ratio of equal
    // lengths slightly below 1, so a tiny brevity penalty applies.
    MetricScore b4 = BLEU.score(List.of(item("a b c d", "a b c x"))).get(3);
    double expected = Math.pow((3 + 1e-15) / (4 + 1e-9) * (2 + 1e-15) / (3 + 1e-9)
        * (1 + 1e-15) / (2 + 1e-9) * 1e-15 / (1 + 1e-9), 0.25)
        * Math.exp(1 - (4 + 1e-9) / (4 + 1e-15));
    assertEquals(expected, b4.item(0), expected * 1e-12);
  }

  @Test
  void splitsOnUnicodeWhitespaceLikePython() {
    // U+00A0 separates tokens for Python's str.split().
    assertEquals(2, BLEU.stats(item("a\u00A0b", "a b")).testLength());
  }

  @Test
  void emptyCorpusIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> BLEU.score(List.of()));
  }
}
