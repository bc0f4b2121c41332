package org.s2s4j.decoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores given outputs under a model: the log-probability of each target followed by the end of
 * sequence, computed step by step on the same {@link StepScorer} the search uses.
 */
public final class ForcedDecoding {

  private ForcedDecoding() {}

  /** For each (source, target) pair, {@code log p(target + EOS | source)}. */
  public static double[] score(StepScorer scorer, List<int[]> sources, List<int[]> targets) {
    if (sources.size() != targets.size()) {
      throw new IllegalArgumentException(
          sources.size() + " sources but " + targets.size() + " targets");
    }
    double[] total = new double[sources.size()];
    if (sources.isEmpty()) {
      return total;
    }
    scorer.start(sources);
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      rows.add(i);
    }
    for (int t = 0; !rows.isEmpty(); t++) {
      int[] previous = new int[rows.size()];
      for (int r = 0; r < rows.size(); r++) {
        previous[r] = t == 0 ? scorer.bosId() : targets.get(rows.get(r))[t - 1];
      }
      StepScores scores = scorer.step(previous);
      int[] kept = new int[rows.size()];
      int count = 0;
      List<Integer> next = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        int[] target = targets.get(rows.get(r));
        int token = t < target.length ? target[t] : scorer.eosId();
        total[rows.get(r)] += scores.logProb(r, token);
        if (t < target.length) {
          kept[count++] = r;
          next.add(rows.get(r));
        }
      }
      rows = next;
      if (!rows.isEmpty()) {
        scorer.select(Arrays.copyOf(kept, count));
      }
    }
    return total;
  }
}
