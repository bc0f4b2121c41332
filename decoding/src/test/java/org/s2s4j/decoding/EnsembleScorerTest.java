package org.s2s4j.decoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnsembleScorerTest {

  @Test
  void averagesLogProbabilitiesAndAttention() {
    RandomTable a = new RandomTable(6, 1, 2.0);
    RandomTable b = new RandomTable(6, 2, 2.0);
    List<int[]> sources = RandomTable.sources(3, 4, 6, 1);
    EnsembleScorer ensemble = new EnsembleScorer(
        List.of(BeamSearchTest.scorer(a, 6), BeamSearchTest.scorer(b, 6)));
    ensemble.start(sources);
    StepScores s = ensemble.step(new int[] {0, 0, 0});
    for (int r = 0; r < 3; r++) {
      double[] pa = a.next(sources.get(r), new int[0]);
      double[] pb = b.next(sources.get(r), new int[0]);
      for (int v = 1; v < 6; v++) {
        assertEquals((Math.log(pa[v]) + Math.log(pb[v])) / 2, s.logProb(r, v), 1e-5);
      }
      double[] aa = a.attention(sources.get(r), new int[0]);
      double[] ab = b.attention(sources.get(r), new int[0]);
      for (int p = 0; p < sources.get(r).length; p++) {
        assertEquals((aa[p] + ab[p]) / 2, s.attention()[r * s.sourceWidth() + p], 1e-6);
      }
    }
  }

  /** Beam search over the ensemble finds the best output of the averaged model. */
  @Test
  void searchOverAnEnsembleEqualsExhaustiveSearchOfTheAverage() {
    RandomTable a = new RandomTable(4, 5, 4.0);
    RandomTable b = new RandomTable(4, 6, 4.0);
    TableScorer.Table mean = new TableScorer.Table() {
      @Override
      public double[] next(int[] source, int[] prefix) {
        double[] pa = a.next(source, prefix);
        double[] pb = b.next(source, prefix);
        double[] p = new double[pa.length];
        for (int v = 0; v < p.length; v++) {
          p[v] = Math.sqrt(pa[v] * pb[v]); // exp of the mean log-probability
        }
        return p;
      }

      @Override
      public double[] attention(int[] source, int[] prefix) {
        return a.attention(source, prefix);
      }
    };
    LengthLimits limits = new LengthLimits(0, 0, 4, 10, 0);
    SearchOptions options = SearchOptions.builder().beamSize(32).limits(limits)
        .lengthPenalty(new NoLengthPenalty()).build();
    List<int[]> sources = RandomTable.sources(10, 3, 7, 2);
    List<List<Hypothesis>> found = new BeamSearch(options).search(new EnsembleScorer(
        List.of(BeamSearchTest.scorer(a), BeamSearchTest.scorer(b))), sources);
    for (int i = 0; i < sources.size(); i++) {
      Exhaustive.Scored best = Exhaustive.rank(mean, 4, sources.get(i), 0, 4,
          new NoLengthPenalty(), 0, 0).get(0);
      assertArrayEquals(best.tokens(), found.get(i).get(0).tokens(),
          Arrays.toString(sources.get(i)));
    }
  }

  @Test
  void membersMustShareTheVocabulary() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new EnsembleScorer(List.of(BeamSearchTest.scorer(new RandomTable(4, 1, 1), 4),
            BeamSearchTest.scorer(new RandomTable(5, 1, 1), 5))));
    assertEquals(true, e.getMessage().contains("sizes 4 and 5"), e.getMessage());
  }
}
