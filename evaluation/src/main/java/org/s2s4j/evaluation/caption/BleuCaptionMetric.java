package org.s2s4j.evaluation.caption;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BLEU-1..4 as the COCO caption evaluation computes it ({@code Bleu(4)}): tokens from Python's
 * {@code split()}, n-gram counts clipped by the maximum count in any reference, the effective
 * reference length of each image the closest reference length (a tie goes to the shorter one),
 * corpus brevity penalty over summed lengths, no smoothing.
 *
 * <p>Both the corpus and the per-image scores include the reference code's epsilons: each
 * precision is {@code (correct + 1e-15) / (guess + 1e-9)} and the length ratio
 * {@code (testlen + 1e-15) / (reflen + 1e-9)}, so an image without a 4-gram match gets a tiny
 * positive Bleu_4, not 0.
 */
public final class BleuCaptionMetric implements CaptionMetric {

  /** The highest n-gram order. */
  public static final int MAX_ORDER = 4;

  private static final double TINY = 1e-15;
  private static final double SMALL = 1e-9;
  private static final List<String> NAMES = List.of("Bleu_1", "Bleu_2", "Bleu_3", "Bleu_4");

  /**
   * The sufficient statistics of one image (or, summed, of a corpus).
   *
   * @param testLength candidate tokens
   * @param refLength effective reference length
   * @param guess candidate n-grams of each order
   * @param correct clipped matching n-grams of each order
   */
  public record Stats(long testLength, long refLength, long[] guess, long[] correct) {}

  @Override
  public List<String> names() {
    return NAMES;
  }

  /** The statistics of one image. */
  public Stats stats(CaptionItem item) {
    List<String> hyp = PythonText.split(item.candidate());
    Map<List<String>, Integer> maxRefCounts = new HashMap<>();
    List<Integer> refLengths = new ArrayList<>(item.references().size());
    for (String reference : item.references()) {
      List<String> ref = PythonText.split(reference);
      refLengths.add(ref.size());
      for (Map.Entry<List<String>, Integer> e : NGrams.count(ref, MAX_ORDER).entrySet()) {
        maxRefCounts.merge(e.getKey(), e.getValue(), Math::max);
      }
    }
    long[] guess = new long[MAX_ORDER];
    long[] correct = new long[MAX_ORDER];
    for (int k = 1; k <= MAX_ORDER; k++) {
      guess[k - 1] = Math.max(0, hyp.size() - k + 1);
    }
    for (Map.Entry<List<String>, Integer> e : NGrams.count(hyp, MAX_ORDER).entrySet()) {
      correct[e.getKey().size() - 1] += Math.min(maxRefCounts.getOrDefault(e.getKey(), 0),
          e.getValue());
    }
    return new Stats(hyp.size(), closest(refLengths, hyp.size()), guess, correct);
  }

  /** The closest reference length to {@code testLength}; on a tie the shorter one. */
  static long closest(List<Integer> refLengths, int testLength) {
    int best = refLengths.get(0);
    for (int length : refLengths) {
      int d = Math.abs(length - testLength);
      int bestD = Math.abs(best - testLength);
      if (d < bestD || (d == bestD && length < best)) {
        best = length;
      }
    }
    return best;
  }

  /** BLEU-1..4 of a set of statistics, epsilons and brevity penalty included. */
  public static double[] bleu(Stats s) {
    double[] scores = new double[MAX_ORDER];
    double product = 1.0;
    for (int k = 0; k < MAX_ORDER; k++) {
      product *= ((double) s.correct()[k] + TINY) / ((double) s.guess()[k] + SMALL);
      scores[k] = Math.pow(product, 1.0 / (k + 1));
    }
    double ratio = (s.testLength() + TINY) / (s.refLength() + SMALL);
    if (ratio < 1) {
      double bp = Math.exp(1 - 1 / ratio);
      for (int k = 0; k < MAX_ORDER; k++) {
        scores[k] *= bp;
      }
    }
    return scores;
  }

  /** The statistics summed over images. */
  public static Stats sum(List<Stats> stats) {
    long testLength = 0;
    long refLength = 0;
    long[] guess = new long[MAX_ORDER];
    long[] correct = new long[MAX_ORDER];
    for (Stats s : stats) {
      testLength += s.testLength();
      refLength += s.refLength();
      for (int k = 0; k < MAX_ORDER; k++) {
        guess[k] += s.guess()[k];
        correct[k] += s.correct()[k];
      }
    }
    return new Stats(testLength, refLength, guess, correct);
  }

  @Override
  public List<MetricScore> score(List<CaptionItem> items) {
    CaptionMetric.checkNotEmpty(items);
    List<Stats> stats = items.stream().map(this::stats).toList();
    double[][] perItem = new double[MAX_ORDER][items.size()];
    for (int i = 0; i < stats.size(); i++) {
      double[] b = bleu(stats.get(i));
      for (int k = 0; k < MAX_ORDER; k++) {
        perItem[k][i] = b[k];
      }
    }
    double[] corpus = bleu(sum(stats));
    List<MetricScore> out = new ArrayList<>(MAX_ORDER);
    for (int k = 0; k < MAX_ORDER; k++) {
      out.add(new MetricScore(NAMES.get(k), corpus[k], perItem[k]));
    }
    return out;
  }
}
