package org.s2s4j.evaluation.significance;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.s2s4j.evaluation.Metric;
import org.s2s4j.evaluation.MetricResult;
import org.s2s4j.evaluation.Statistics;

/**
 * Paired approximate randomization (Riezler and Maxwell, 2005) with sacreBLEU's semantics
 * ({@code --paired-ar}).
 *
 * <p>Trial {@code t} swaps segment {@code i} between baseline and system where row {@code t} of
 * {@code default_rng(seed).integers(2, size=(trials, n), dtype=bool)} is false. The p-value is
 * {@code (c + 1) / (trials + 1)} where {@code c} counts trials whose absolute score difference
 * exceeds the real one. With {@code confidenceSamples > 0}, each system also gets a bootstrap mean
 * and 95% CI: the baseline from a fresh {@code default_rng(seed)}, the systems from the same
 * generator continued after the trial masks, as sacreBLEU does.
 *
 * <p>Immutable; {@link #run} is thread-safe.
 */
public final class ApproximateRandomization {

  /** sacreBLEU's default number of trials. */
  public static final int DEFAULT_TRIALS = 10000;

  private final int trials;
  private final int confidenceSamples;
  private final long seed;

  /**
   * @param confidenceSamples bootstrap resamples for confidence intervals, 0 or less for none
   */
  public ApproximateRandomization(int trials, int confidenceSamples, long seed) {
    if (trials < 1) {
      throw new IllegalArgumentException("number of trials must be >= 1: " + trials);
    }
    this.trials = trials;
    this.confidenceSamples = confidenceSamples;
    this.seed = seed;
  }

  public ApproximateRandomization() {
    this(DEFAULT_TRIALS, -1, PairedBootstrap.DEFAULT_SEED);
  }

  /** Compares each system with the baseline (the first); see {@link PairedBootstrap#run}. */
  public <R extends MetricResult> PairedTestResult run(Metric<R> metric, List<String> names,
      List<List<String>> hypotheses, List<List<String>> referenceStreams) {
    if (names.size() != hypotheses.size() || names.size() < 2) {
      throw new IllegalArgumentException("need a baseline and at least one system, each named");
    }
    List<double[][]> stats = new ArrayList<>();
    for (List<String> h : hypotheses) {
      stats.add(metric.segmentStatistics(h, referenceStreams));
    }
    return run(metric, names, stats, referenceStreams.size());
  }

  /** The same test on per-segment statistics already extracted, baseline first. */
  public <R extends MetricResult> PairedTestResult run(Metric<R> metric, List<String> names,
      List<double[][]> statistics, int referenceCount) {
    double[][] bl = statistics.get(0);
    int n = bl.length;
    if (n == 0) {
      throw new IllegalArgumentException("cannot randomize an empty corpus");
    }
    int k = bl[0].length;
    R blResult = metric.scoreOf(Statistics.sum(bl), referenceCount);

    OptionalDouble blMean = OptionalDouble.empty();
    OptionalDouble blCi = OptionalDouble.empty();
    if (confidenceSamples > 0) {
      double[] mc = bootstrap(metric, PairedBootstrap.toFloat32(bl), new NumpyRandom(seed), n);
      blMean = OptionalDouble.of(mc[0]);
      blCi = OptionalDouble.of(mc[1]);
    }
    SystemResult baseline = new SystemResult(names.get(0), blResult.score(),
        OptionalDouble.empty(), blMean, blCi);

    List<SystemResult> results = new ArrayList<>();
    for (int s = 1; s < statistics.size(); s++) {
      double[][] sys = statistics.get(s);
      if (sys.length != n) {
        throw new IllegalArgumentException("system " + names.get(s) + " has " + sys.length
            + " segments, the baseline " + n);
      }
      // Every system sees the same masks: sacreBLEU seeds a fresh generator per system.
      NumpyRandom rng = new NumpyRandom(seed);
      double sysScore = metric.scoreOf(Statistics.sum(sys), referenceCount).score();
      double diff = Math.abs(blResult.score() - sysScore);
      boolean[] mask = new boolean[n];
      NumpyRandom.BooleanFill masks = rng.booleanFill();
      double[] stats = new double[trials];
      double[] a = new double[k];
      double[] b = new double[k];
      for (int t = 0; t < trials; t++) {
        masks.next(mask);
        java.util.Arrays.fill(a, 0);
        java.util.Arrays.fill(b, 0);
        for (int i = 0; i < n; i++) {
          double[] x = mask[i] ? bl[i] : sys[i];
          double[] y = mask[i] ? sys[i] : bl[i];
          for (int j = 0; j < k; j++) {
            a[j] += x[j];
            b[j] += y[j];
          }
        }
        stats[t] = Math.abs(metric.scoreOf(a, referenceCount).score()
            - metric.scoreOf(b, referenceCount).score());
      }
      double p = NumpyStats.pValue(stats, diff);
      OptionalDouble mean = OptionalDouble.empty();
      OptionalDouble ci = OptionalDouble.empty();
      if (confidenceSamples > 0) {
        double[] mc = bootstrap(metric, PairedBootstrap.toFloat32(sys), rng, n);
        mean = OptionalDouble.of(mc[0]);
        ci = OptionalDouble.of(mc[1]);
      }
      results.add(new SystemResult(names.get(s), sysScore, OptionalDouble.of(p), mean, ci));
    }
    return new PairedTestResult(blResult.name(),
        blResult.signature().withResampling("ar", trials, seed), baseline, results);
  }

  private double[] bootstrap(Metric<?> metric, float[][] stats, NumpyRandom rng, int n) {
    int k = stats[0].length;
    double[] scores = new double[confidenceSamples];
    int[] idx = new int[n];
    float[] acc = new float[k];
    for (int r = 0; r < confidenceSamples; r++) {
      rng.choice(n, idx);
      java.util.Arrays.fill(acc, 0f);
      for (int i : idx) {
        for (int j = 0; j < k; j++) {
          acc[j] += stats[i][j];
        }
      }
      scores[r] = metric.scoreOfFloat32(acc);
    }
    return NumpyStats.meanAndCi(scores);
  }
}
