package org.s2s4j.evaluation;

import java.util.List;

/** Helpers for per-segment statistics. */
public final class Statistics {

  private Statistics() {}

  /** Column sums of {@code rows} (in order, as sacreBLEU's integer sums). */
  public static double[] sum(double[][] rows) {
    if (rows.length == 0) {
      return new double[0];
    }
    double[] total = new double[rows[0].length];
    for (double[] row : rows) {
      for (int j = 0; j < total.length; j++) {
        total[j] += row[j];
      }
    }
    return total;
  }

  /**
   * Checks that every reference stream is as long as the hypotheses.
   *
   * @throws IllegalArgumentException naming the first stream whose length differs
   */
  public static void checkStreams(List<String> hypotheses, List<List<String>> referenceStreams) {
    if (referenceStreams.isEmpty()) {
      throw new IllegalArgumentException("no reference stream given");
    }
    for (int r = 0; r < referenceStreams.size(); r++) {
      int n = referenceStreams.get(r).size();
      if (n != hypotheses.size()) {
        throw new IllegalArgumentException("reference stream " + (r + 1) + " has " + n
            + " segments but there are " + hypotheses.size() + " hypotheses");
      }
    }
  }
}
