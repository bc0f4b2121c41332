package org.s2s4j.decoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnkReplacerTest {

  private static final int UNK = 1;

  /** A model that outputs UNK then "x" while attending to source positions 2, then 0. */
  @Test
  void unknownTokensBecomeTheMostAttendedSourceToken() {
    TableScorer.Table table = new TableScorer.Table() {
      @Override
      public double[] next(int[] source, int[] prefix) {
        return switch (prefix.length) {
          case 0 -> new double[] {0, 0.9, 0.05, 0.05};
          case 1 -> new double[] {0, 0.05, 0.05, 0.9};
          default -> new double[] {0, 0.05, 0.9, 0.05};
        };
      }

      @Override
      public double[] attention(int[] source, int[] prefix) {
        double[] a = {0.1, 0.1, 0.1};
        a[prefix.length == 0 ? 2 : 0] = 0.8;
        return a;
      }
    };
    // token 2 is EOS here, token 3 is "x"
    TableScorer scorer = new TableScorer(4, 0, 2, table);
    Hypothesis h = new GreedySearch(SearchOptions.builder().build())
        .search(scorer, List.of(new int[] {5, 6, 7})).get(0).get(0);
    assertEquals(List.of(1, 3), java.util.Arrays.stream(h.tokens()).boxed().toList());
    List<String> replaced = new UnkReplacer(UNK)
        .replace(h, List.of("<unk>", "x"), List.of("Zürich", "liegt", "Bodensee"));
    assertEquals(List.of("Bodensee", "x"), replaced);
  }

  @Test
  void positionsPastTheSourceTokensAreLeftAlone() {
    Hypothesis h = new Hypothesis(new int[] {UNK}, -1, -1,
        new float[][] {{0.1f, 0.9f}, {0.5f, 0.5f}});
    assertEquals(List.of("<unk>"), new UnkReplacer(UNK).replace(h, List.of("<unk>"), List.of("a")));
  }
}
