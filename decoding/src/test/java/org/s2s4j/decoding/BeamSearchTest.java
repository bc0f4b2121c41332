package org.s2s4j.decoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BeamSearchTest {

  private static final int V = 4; // BOS, EOS, a, b

  static Stream<Arguments> settings() {
    return Stream.of(
        Arguments.of(new NoLengthPenalty(), 0.0, new LengthLimits(0, 0, 5, 10, 0), 0),
        Arguments.of(new GnmtLengthPenalty(0.6), 0.0, new LengthLimits(0, 0, 5, 10, 0), 0),
        Arguments.of(new GnmtLengthPenalty(2.0), 0.0, new LengthLimits(0, 0, 5, 10, 0), 0),
        Arguments.of(new AverageLengthPenalty(), 0.0, new LengthLimits(0, 0, 5, 10, 0), 0),
        Arguments.of(new GnmtLengthPenalty(1.0), 0.4, new LengthLimits(0, 0, 5, 10, 0), 0),
        Arguments.of(new NoLengthPenalty(), 0.0, new LengthLimits(2, 0, 5, 10, 0), 0),
        Arguments.of(new AverageLengthPenalty(), 0.0, new LengthLimits(0, 1.0, 5, 1.0, 1), 0),
        Arguments.of(new AverageLengthPenalty(), 0.0, new LengthLimits(0, 0, 5, 10, 0), 2));
  }

  /** With a beam wide enough to keep every prefix, beam search must equal exhaustive search. */
  @ParameterizedTest
  @MethodSource("settings")
  void wideBeamEqualsExhaustiveSearch(LengthPenalty penalty, double coverage, LengthLimits limits,
      int blockedN) {
    RandomTable table = new RandomTable(V, 11, 4.0);
    SearchOptions.Builder builder = SearchOptions.builder().beamSize(64).nBest(5)
        .lengthPenalty(penalty).coverageWeight(coverage).limits(limits);
    if (blockedN > 0) {
      builder.blockRepeatedNgrams(blockedN);
    }
    SearchOptions options = builder.build();
    List<int[]> sources = RandomTable.sources(30, 4, 9, 5);
    List<List<Hypothesis>> found = new BeamSearch(options).search(scorer(table), sources);
    for (int i = 0; i < sources.size(); i++) {
      int[] source = sources.get(i);
      List<Exhaustive.Scored> best = Exhaustive.rank(table, V, source, limits.min(source.length),
          limits.max(source.length), penalty, coverage, blockedN);
      List<Hypothesis> nbest = found.get(i);
      assertEquals(Math.min(5, best.size()), nbest.size());
      for (int n = 0; n < nbest.size(); n++) {
        assertArrayEquals(best.get(n).tokens(), nbest.get(n).tokens(), "source " + i + " rank " + n);
        assertEquals(best.get(n).score(), nbest.get(n).score(), 1e-4);
        assertEquals(best.get(n).logProb(), nbest.get(n).logProb(), 1e-4);
      }
    }
  }

  @Test
  void beamOfOneEqualsGreedy() {
    RandomTable table = new RandomTable(12, 3, 3.0);
    SearchOptions options = SearchOptions.builder().beamSize(1).build();
    List<int[]> sources = RandomTable.sources(50, 8, 12, 9);
    List<List<Hypothesis>> beam = new BeamSearch(options).search(scorer(table, 12), sources);
    List<List<Hypothesis>> greedy = new GreedySearch(options).search(scorer(table, 12), sources);
    for (int i = 0; i < sources.size(); i++) {
      assertArrayEquals(greedy.get(i).get(0).tokens(), beam.get(i).get(0).tokens());
      assertEquals(greedy.get(i).get(0).logProb(), beam.get(i).get(0).logProb(), 1e-5);
    }
  }

  @Test
  void greedyTakesTheMostProbableTokenAtEveryStep() {
    RandomTable table = new RandomTable(12, 3, 3.0);
    List<int[]> sources = RandomTable.sources(20, 8, 12, 9);
    List<List<Hypothesis>> greedy =
        new GreedySearch(SearchOptions.builder().build()).search(scorer(table, 12), sources);
    for (int i = 0; i < sources.size(); i++) {
      int[] tokens = greedy.get(i).get(0).tokens();
      for (int t = 0; t <= tokens.length; t++) {
        double[] p = table.next(sources.get(i), Arrays.copyOf(tokens, t));
        int argmax = 0;
        for (int v = 1; v < p.length; v++) {
          argmax = p[v] > p[argmax] ? v : argmax;
        }
        int chosen = t < tokens.length ? tokens[t] : RandomTable.EOS;
        if (t == LengthLimits.DEFAULT.max(sources.get(i).length)) {
          break; // the maximum length forced the end
        }
        assertEquals(argmax, chosen, "source " + i + " step " + t);
      }
    }
  }

  /** Greedy takes "a" (0.6) and ends with probability 0.6 * 0.5; a beam of 2 finds "b a" (0.4 * 0.95 * 0.95). */
  @Test
  void beamOfTwoFindsWhatGreedyMisses() {
    TableScorer.Table table = fixed((source, prefix) -> switch (Arrays.toString(prefix)) {
      case "[]" -> new double[] {0, 0, 0.6, 0.4};
      case "[2]" -> new double[] {0, 0.5, 0.25, 0.25};
      case "[3]" -> new double[] {0, 0.05, 0.95, 0};
      case "[3, 2]" -> new double[] {0, 0.95, 0.05, 0};
      default -> new double[] {0, 1, 0, 0};
    });
    List<int[]> sources = List.of(new int[] {5});
    Hypothesis greedy = new GreedySearch(SearchOptions.builder().build())
        .search(scorer(table), sources).get(0).get(0);
    Hypothesis beam = new BeamSearch(SearchOptions.builder().beamSize(2).build())
        .search(scorer(table), sources).get(0).get(0);
    assertArrayEquals(new int[] {2}, greedy.tokens());
    assertEquals(Math.log(0.3), greedy.logProb(), 1e-6);
    assertArrayEquals(new int[] {3, 2}, beam.tokens());
    assertEquals(Math.log(0.4 * 0.95 * 0.95), beam.logProb(), 1e-6);
  }

  /**
   * The empty output ends first with probability 0.55, but "a a a" (0.45 × 0.99³) averages better
   * per token. A search that stopped at its first finished hypothesis would return the empty one.
   */
  @Test
  void stoppingRuleWaitsForLongerHypothesesThatCanStillWin() {
    TableScorer.Table table = fixed((source, prefix) -> switch (prefix.length) {
      case 0 -> new double[] {0, 0.55, 0.45, 0};
      case 1, 2 -> new double[] {0, 0.01, 0.99, 0};
      default -> new double[] {0, 0.99, 0.01, 0};
    });
    List<int[]> sources = List.of(new int[] {5, 6, 7});
    for (LengthPenalty penalty : List.of(new AverageLengthPenalty(), new GnmtLengthPenalty(2.0))) {
      for (int beam : new int[] {1, 2, 3}) {
        Hypothesis best = new BeamSearch(SearchOptions.builder().beamSize(beam)
            .lengthPenalty(penalty).build()).search(scorer(table), sources).get(0).get(0);
        assertArrayEquals(new int[] {2, 2, 2}, best.tokens(), penalty + " beam " + beam);
        assertEquals(penalty.normalize(Math.log(0.45 * Math.pow(0.99, 3)), 4), best.score(),
            1e-6);
      }
    }
    Hypothesis raw = new BeamSearch(SearchOptions.builder().beamSize(2)
        .lengthPenalty(new NoLengthPenalty()).build()).search(scorer(table), sources).get(0).get(0);
    assertArrayEquals(new int[0], raw.tokens(), "without normalisation the empty output wins");
  }

  @Test
  void stopsEarlyWhenNoUnfinishedHypothesisCanWin() {
    // Every prefix ends with probability 0.9: nothing longer than the empty output can win.
    TableScorer.Table table = fixed((source, prefix) -> new double[] {0, 0.9, 0.05, 0.05});
    TableScorer scorer = scorer(table);
    List<List<Hypothesis>> out = new BeamSearch(SearchOptions.builder().beamSize(2).build())
        .search(scorer, List.of(new int[] {4, 4, 4}));
    assertArrayEquals(new int[0], out.get(0).get(0).tokens());
    assertEquals(1, scorer.steps);
  }

  @Test
  void scoresAreLogProbabilitiesThatForcedDecodingReproduces() {
    RandomTable table = new RandomTable(10, 21, 3.0);
    List<int[]> sources = RandomTable.sources(25, 7, 10, 4);
    SearchOptions options = SearchOptions.builder().beamSize(4).nBest(4)
        .lengthPenalty(new GnmtLengthPenalty(1.0)).build();
    List<List<Hypothesis>> found = new BeamSearch(options).search(scorer(table, 10), sources);
    List<int[]> srcs = new ArrayList<>();
    List<int[]> targets = new ArrayList<>();
    List<Double> expected = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      for (Hypothesis h : found.get(i)) {
        srcs.add(sources.get(i));
        targets.add(h.tokens());
        expected.add(h.logProb());
      }
    }
    double[] forced = ForcedDecoding.score(scorer(table, 10), srcs, targets);
    TableScorer exact = scorer(table, 10);
    for (int j = 0; j < forced.length; j++) {
      assertEquals(expected.get(j), forced[j], 1e-4);
      assertEquals(exact.logProb(srcs.get(j), targets.get(j)), forced[j], 1e-4);
    }
  }

  @Test
  void nBestListsAreDistinctAndSortedByScore() {
    RandomTable table = new RandomTable(10, 8, 2.0);
    List<int[]> sources = RandomTable.sources(20, 6, 10, 3);
    List<List<Hypothesis>> found = new BeamSearch(SearchOptions.builder().beamSize(5).nBest(5)
        .lengthPenalty(new GnmtLengthPenalty(0.8)).build()).search(scorer(table, 10), sources);
    for (List<Hypothesis> nbest : found) {
      assertEquals(5, nbest.size());
      for (int n = 1; n < nbest.size(); n++) {
        assertTrue(nbest.get(n - 1).score() >= nbest.get(n).score());
        for (int m = 0; m < n; m++) {
          assertFalse(Arrays.equals(nbest.get(m).tokens(), nbest.get(n).tokens()));
        }
      }
    }
  }

  /** Results must not depend on how sentences are batched or ordered. */
  @Test
  void resultsDoNotDependOnBatchSizeOrOrder() {
    RandomTable table = new RandomTable(30, 99, 2.5);
    List<int[]> sources = RandomTable.sources(64, 12, 30, 17);
    SearchOptions options = SearchOptions.builder().beamSize(5).nBest(3)
        .lengthPenalty(new GnmtLengthPenalty(1.0)).coverageWeight(0.2).blockRepeatedNgrams(3)
        .build();
    List<List<Hypothesis>> reference = decodeInBatches(table, options, sources, 64);
    for (int batch : new int[] {1, 7}) {
      assertSame(reference, decodeInBatches(table, options, sources, batch));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(5));
    List<int[]> shuffled = order.stream().map(sources::get).toList();
    List<List<Hypothesis>> out = decodeInBatches(table, options, shuffled, 64);
    List<List<Hypothesis>> unshuffled = new ArrayList<>(Collections.nCopies(sources.size(), null));
    for (int i = 0; i < order.size(); i++) {
      unshuffled.set(order.get(i), out.get(i));
    }
    assertSame(reference, unshuffled);
  }

  @Test
  void finishedSentencesLeaveTheBatch() {
    RandomTable table = new RandomTable(30, 99, 2.5);
    TableScorer scorer = scorer(table, 30);
    new BeamSearch(SearchOptions.builder().beamSize(5).build())
        .search(scorer, RandomTable.sources(16, 12, 30, 17));
    assertTrue(scorer.maxRows <= 16 * 5);
  }

  @Test
  void lengthLimitsAreRespected() {
    RandomTable table = new RandomTable(10, 1, 1.0);
    List<int[]> sources = RandomTable.sources(30, 8, 10, 2);
    LengthLimits limits = new LengthLimits(1, 0.5, 6, 1.5, 0);
    for (SearchStrategy search : List.<SearchStrategy>of(
        new BeamSearch(SearchOptions.builder().beamSize(3).nBest(3).limits(limits).build()),
        new GreedySearch(SearchOptions.builder().limits(limits).build()))) {
      List<List<Hypothesis>> found = search.search(scorer(table, 10), sources);
      for (int i = 0; i < sources.size(); i++) {
        int n = sources.get(i).length;
        for (Hypothesis h : found.get(i)) {
          assertTrue(h.length() >= limits.min(n) && h.length() <= limits.max(n),
              "length " + h.length() + " for source length " + n);
        }
      }
    }
  }

  @Test
  void blockedNgramsNeverRepeat() {
    // Without blocking, this table repeats "a b" forever.
    TableScorer.Table table = fixed((source, prefix) -> {
      int last = prefix.length == 0 ? 3 : prefix[prefix.length - 1];
      return last == 3 ? new double[] {0, 0.01, 0.9, 0.09} : new double[] {0, 0.01, 0.09, 0.9};
    });
    List<int[]> sources = List.of(new int[] {1, 2, 3});
    SearchOptions plain = SearchOptions.builder().beamSize(2).limits(new LengthLimits(0, 0, 8, 9, 0))
        .build();
    Hypothesis repeated = new BeamSearch(plain).search(scorer(table), sources).get(0).get(0);
    assertTrue(Exhaustive.hasRepeatedNgram(repeated.tokens(), 2));
    for (int n : new int[] {1, 2, 3}) {
      SearchOptions blocked = SearchOptions.builder().beamSize(2).blockRepeatedNgrams(n)
          .limits(new LengthLimits(0, 0, 8, 9, 0)).build();
      for (SearchStrategy s : List.of(new BeamSearch(blocked), new GreedySearch(blocked))) {
        Hypothesis h = s.search(scorer(table), sources).get(0).get(0);
        assertFalse(Exhaustive.hasRepeatedNgram(h.tokens(), n), Arrays.toString(h.tokens()));
      }
    }
  }

  @Test
  void attentionHasOneRowPerOutputTokenPlusEndOfSequence() {
    RandomTable table = new RandomTable(10, 4, 2.0);
    List<int[]> sources = RandomTable.sources(10, 6, 10, 8);
    List<List<Hypothesis>> found =
        new BeamSearch(SearchOptions.builder().beamSize(3).build()).search(scorer(table, 10), sources);
    for (int i = 0; i < sources.size(); i++) {
      Hypothesis h = found.get(i).get(0);
      assertEquals(h.length() + 1, h.attention().length);
      for (int t = 0; t <= h.length(); t++) {
        double[] a = table.attention(sources.get(i), Arrays.copyOf(h.tokens(), t));
        assertEquals(sources.get(i).length, h.attention()[t].length);
        for (int s = 0; s < a.length; s++) {
          assertEquals(a[s], h.attention()[t][s], 1e-6);
        }
      }
    }
  }

  @Test
  void emptyBatchGivesNoResults() {
    assertEquals(List.of(), new BeamSearch(SearchOptions.builder().build())
        .search(scorer(new RandomTable(5, 1, 1)), List.of()));
  }

  @Test
  void nBestLargerThanBeamIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SearchOptions.builder().beamSize(2).nBest(3).build());
    assertTrue(e.getMessage().contains("n-best"), e.getMessage());
  }

  private static List<List<Hypothesis>> decodeInBatches(RandomTable table, SearchOptions options,
      List<int[]> sources, int batchSize) {
    List<List<Hypothesis>> out = new ArrayList<>();
    BeamSearch search = new BeamSearch(options);
    for (int start = 0; start < sources.size(); start += batchSize) {
      List<int[]> batch = sources.subList(start, Math.min(sources.size(), start + batchSize));
      out.addAll(search.search(scorer(table, 30), batch));
    }
    return out;
  }

  private static void assertSame(List<List<Hypothesis>> expected, List<List<Hypothesis>> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).size(), actual.get(i).size());
      for (int n = 0; n < expected.get(i).size(); n++) {
        Hypothesis e = expected.get(i).get(n);
        Hypothesis a = actual.get(i).get(n);
        assertArrayEquals(e.tokens(), a.tokens(), "sentence " + i);
        assertEquals(e.score(), a.score(), 0.0);
        assertEquals(e.logProb(), a.logProb(), 0.0);
      }
    }
    assertNotEquals(0, expected.size());
  }

  interface Probabilities {
    double[] next(int[] source, int[] prefix);
  }

  /** A table with the given probabilities and attention on the first source position. */
  static TableScorer.Table fixed(Probabilities p) {
    return new TableScorer.Table() {
      @Override
      public double[] next(int[] source, int[] prefix) {
        return p.next(source, prefix);
      }

      @Override
      public double[] attention(int[] source, int[] prefix) {
        double[] a = new double[source.length];
        a[0] = 1;
        return a;
      }
    };
  }

  static TableScorer scorer(TableScorer.Table table) {
    return scorer(table, V);
  }

  static TableScorer scorer(TableScorer.Table table, int vocabularySize) {
    return new TableScorer(vocabularySize, RandomTable.BOS, RandomTable.EOS, table);
  }
}
