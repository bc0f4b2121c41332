package org.s2s4j.decoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HostTopKTest {

  /** Compares with sorting every (row, token) of each group, on random data with ties and bans. */
  @Test
  void equalsSortingEveryCandidate() {
    Random random = new Random(7);
    for (int trial = 0; trial < 200; trial++) {
      int vocab = 1 + random.nextInt(12);
      int groups = 1 + random.nextInt(4);
      int[] groupStart = new int[groups + 1];
      for (int g = 0; g < groups; g++) {
        groupStart[g + 1] = groupStart[g] + 1 + random.nextInt(3);
      }
      int rows = groupStart[groups];
      float[] logProbs = new float[rows * vocab];
      for (int i = 0; i < logProbs.length; i++) {
        // Few distinct values, so that ties are common; some minus infinity.
        logProbs[i] = random.nextInt(8) == 0 ? Float.NEGATIVE_INFINITY : -random.nextInt(4);
      }
      float[] base = new float[rows];
      int[][] bans = new int[rows][];
      for (int r = 0; r < rows; r++) {
        base[r] = -random.nextInt(2);
        bans[r] = random.nextBoolean() ? new int[] {random.nextInt(vocab)} : null;
      }
      int[] k = new int[groups];
      for (int g = 0; g < groups; g++) {
        k[g] = random.nextInt(6);
      }
      StepScores scores = new HostStepScores(rows, vocab, 0, logProbs, new float[0]);
      Candidate[][] best = new HostTopK().best(scores, base, groupStart, k, RowBans.of(bans));
      for (int g = 0; g < groups; g++) {
        List<Candidate> all = new ArrayList<>();
        for (int r = groupStart[g]; r < groupStart[g + 1]; r++) {
          for (int v = 0; v < vocab; v++) {
            float value = base[r] + logProbs[r * vocab + v];
            boolean banned = bans[r] != null && bans[r][0] == v;
            if (value != Float.NEGATIVE_INFINITY && !banned) {
              all.add(new Candidate(r, v, value));
            }
          }
        }
        all.sort(Comparator.comparingDouble((Candidate c) -> -c.score())
            .thenComparingInt(Candidate::row).thenComparingInt(Candidate::token));
        assertEquals(all.subList(0, Math.min(k[g], all.size())), List.of(best[g]),
            "trial " + trial + " group " + g);
      }
    }
  }

  /**
   * Scores over a subset of the vocabulary (a shortlist) choose what the same scores over the
   * whole vocabulary, minus infinity elsewhere, choose.
   */
  @Test
  void scoresOverSomeTokensChooseAsTheWholeVocabularyWithTheRestImpossible() {
    Random random = new Random(11);
    for (int trial = 0; trial < 200; trial++) {
      int vocab = 2 + random.nextInt(12);
      int[] tokens = random.ints(0, vocab).distinct().limit(1 + random.nextInt(vocab)).sorted()
          .toArray();
      int rows = 1 + random.nextInt(4);
      float[] part = new float[rows * tokens.length];
      float[] whole = new float[rows * vocab];
      java.util.Arrays.fill(whole, Float.NEGATIVE_INFINITY);
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < tokens.length; c++) {
          part[r * tokens.length + c] = -random.nextInt(4);
          whole[r * vocab + tokens[c]] = part[r * tokens.length + c];
        }
      }
      int[][] bans = new int[rows][];
      bans[0] = new int[] {tokens[0]};
      int[] groupStart = {0, rows};
      int[] k = {1 + random.nextInt(5)};
      float[] base = new float[rows];
      StepScores cut = new HostStepScores(rows, vocab, tokens, 0, part, new float[0]);
      StepScores full = new HostStepScores(rows, vocab, 0, whole, new float[0]);
      assertEquals(List.of(new HostTopK().best(full, base, groupStart, k, RowBans.of(bans))[0]),
          List.of(new HostTopK().best(cut, base, groupStart, k, RowBans.of(bans))[0]),
          "trial " + trial);
      for (int t = 0; t < vocab; t++) {
        assertEquals(full.logProb(rows - 1, t), cut.logProb(rows - 1, t), "token " + t);
      }
    }
  }
}
