package org.s2s4j.evaluation.significance;

import java.util.Arrays;

/** NumPy's float64 reductions, reproduced to the bit: pairwise sum, mean, sacreBLEU's CI. */
final class NumpyStats {

  private static final int BLOCK = 128;

  private NumpyStats() {}

  /** {@code np.add.reduce} of a contiguous float64 array (pairwise summation, 8-way unrolled). */
  static double sum(double[] a) {
    return pairwise(a, 0, a.length);
  }

  private static double pairwise(double[] a, int from, int n) {
    if (n < 8) {
      double res = 0.;
      for (int i = 0; i < n; i++) {
        res += a[from + i];
      }
      return res;
    } else if (n <= BLOCK) {
      double[] r = new double[8];
      for (int j = 0; j < 8; j++) {
        r[j] = a[from + j];
      }
      int i;
      for (i = 8; i < n - (n % 8); i += 8) {
        for (int j = 0; j < 8; j++) {
          r[j] += a[from + i + j];
        }
      }
      double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
      for (; i < n; i++) {
        res += a[from + i];
      }
      return res;
    } else {
      int n2 = n / 2;
      n2 -= n2 % 8;
      return pairwise(a, from, n2) + pairwise(a, from + n2, n - n2);
    }
  }

  /** {@code np.mean}. */
  static double mean(double[] a) {
    return sum(a) / a.length;
  }

  /** sacreBLEU's {@code estimate_ci}: the mean and half the width of the 95% interval. */
  static double[] meanAndCi(double[] scores) {
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    int lower = n / 40;
    int upper = n - lower - 1;
    return new double[] {mean(scores), 0.5 * (sorted[upper] - sorted[lower])};
  }

  /** sacreBLEU's {@code _compute_p_value}: (number of stats above the real difference + 1)/(n + 1). */
  static double pValue(double[] stats, double realDifference) {
    int c = 0;
    for (double s : stats) {
      if (s > realDifference) {
        c++;
      }
    }
    return (c + 1) / (double) (stats.length + 1);
  }
}
