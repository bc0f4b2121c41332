package org.s2s4j.evaluation.significance;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.s2s4j.evaluation.Metric;
import org.s2s4j.evaluation.MetricResult;
import org.s2s4j.evaluation.Statistics;

/**
 * Paired bootstrap resampling (Koehn, 2004) with sacreBLEU's semantics ({@code --paired-bs}).
 *
 * <p>Resample {@code r} is row {@code r} of {@code default_rng(seed).choice(n, size=(samples,
 * n))}, shared by the baseline and every system. Each resample's statistics are summed in 32-bit
 * floats and scored. Per system: the mean and 95% CI of its resampled scores, and the p-value
 * {@code (c + 1) / (samples + 1)} where {@code c} counts resamples whose centred absolute score
 * difference exceeds the real one.
 *
 * <p>Immutable; {@link #run} is thread-safe.
 */
public final class PairedBootstrap {

  /** sacreBLEU's default number of resamples. */
  public static final int DEFAULT_SAMPLES = 1000;

  /** sacreBLEU's default seed. */
  public static final long DEFAULT_SEED = 12345;

  private final int samples;
  private final long seed;

  public PairedBootstrap(int samples, long seed) {
    if (samples < 1) {
      throw new IllegalArgumentException("number of resamples must be >= 1: " + samples);
    }
    this.samples = samples;
    this.seed = seed;
  }

  public PairedBootstrap() {
    this(DEFAULT_SAMPLES, DEFAULT_SEED);
  }

  /**
   * Compares {@code systems} with the baseline (the first of {@code names}/{@code hypotheses}).
   *
   * @param names a name per system, baseline first
   * @param hypotheses the hypotheses of each system, baseline first, all as long as the references
   */
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
    int systems = statistics.size();
    int n = statistics.get(0).length;
    if (n == 0) {
      throw new IllegalArgumentException("cannot resample an empty corpus");
    }
    double[] real = new double[systems];
    R first = null;
    float[][][] f32 = new float[systems][][];
    for (int s = 0; s < systems; s++) {
      if (statistics.get(s).length != n) {
        throw new IllegalArgumentException("system " + names.get(s) + " has "
            + statistics.get(s).length + " segments, the baseline " + n);
      }
      R r = metric.scoreOf(Statistics.sum(statistics.get(s)), referenceCount);
      if (s == 0) {
        first = r;
      }
      real[s] = r.score();
      f32[s] = toFloat32(statistics.get(s));
    }
    int k = f32[0][0].length;
    double[][] scores = new double[systems][samples];
    NumpyRandom rng = new NumpyRandom(seed);
    int[] idx = new int[n];
    float[] acc = new float[k];
    for (int r = 0; r < samples; r++) {
      rng.choice(n, idx);
      for (int s = 0; s < systems; s++) {
        java.util.Arrays.fill(acc, 0f);
        float[][] st = f32[s];
        for (int i : idx) {
          float[] row = st[i];
          for (int j = 0; j < k; j++) {
            acc[j] += row[j];
          }
        }
        scores[s][r] = metric.scoreOfFloat32(acc);
      }
    }
    double[] bl = NumpyStats.meanAndCi(scores[0]);
    SystemResult baseline = new SystemResult(names.get(0), real[0], OptionalDouble.empty(),
        OptionalDouble.of(bl[0]), OptionalDouble.of(bl[1]));
    List<SystemResult> results = new ArrayList<>();
    for (int s = 1; s < systems; s++) {
      double[] diffs = new double[samples];
      for (int r = 0; r < samples; r++) {
        diffs[r] = Math.abs(scores[s][r] - scores[0][r]);
      }
      double mean = NumpyStats.mean(diffs);
      for (int r = 0; r < samples; r++) {
        diffs[r] -= mean;
      }
      double p = NumpyStats.pValue(diffs, Math.abs(real[0] - real[s]));
      double[] mc = NumpyStats.meanAndCi(scores[s]);
      results.add(new SystemResult(names.get(s), real[s], OptionalDouble.of(p),
          OptionalDouble.of(mc[0]), OptionalDouble.of(mc[1])));
    }
    return new PairedTestResult(first.name(), first.signature().withResampling("bs", samples, seed),
        baseline, results);
  }

  static float[][] toFloat32(double[][] stats) {
    float[][] out = new float[stats.length][];
    for (int i = 0; i < stats.length; i++) {
      out[i] = new float[stats[i].length];
      for (int j = 0; j < stats[i].length; j++) {
        out[i][j] = (float) stats[i][j];
      }
    }
    return out;
  }
}
