package org.s2s4j.evaluation.caption;

import java.util.ArrayList;
import java.util.List;

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
    return stats(item, new NGramIndex(MAX_ORDER), new int[][] {new int[0]});
  }

  /**
   * The statistics of one image, with n-gram ids from {@code index}; {@code maxRefHolder[0]} is
   * a scratch array of zeros on entry and on return, replaced by a larger one when needed.
   */
  private static Stats stats(CaptionItem item, NGramIndex index, int[][] maxRefHolder) {
    NGramIndex.Counts hyp = index.count(PythonText.split(item.candidate()));
    List<NGramIndex.Counts> refs = new ArrayList<>(item.references().size());
    List<Integer> refLengths = new ArrayList<>(item.references().size());
    for (String reference : item.references()) {
      NGramIndex.Counts ref = index.count(PythonText.split(reference));
      refs.add(ref);
      refLengths.add(ref.words());
    }
    if (maxRefHolder[0].length < index.size()) {
      maxRefHolder[0] = new int[Math.max(index.size(), 2 * maxRefHolder[0].length)];
    }
    int[] maxRef = maxRefHolder[0];
    for (NGramIndex.Counts ref : refs) {
      for (int k = 0; k < MAX_ORDER; k++) {
        int[] ids = ref.ids()[k];
        for (int j = 0; j < ids.length; j++) {
          maxRef[ids[j]] = Math.max(maxRef[ids[j]], ref.counts()[k][j]);
        }
      }
    }
    long[] guess = new long[MAX_ORDER];
    long[] correct = new long[MAX_ORDER];
    for (int k = 0; k < MAX_ORDER; k++) {
      guess[k] = Math.max(0, hyp.words() - k);
      int[] ids = hyp.ids()[k];
      for (int j = 0; j < ids.length; j++) {
        correct[k] += Math.min(maxRef[ids[j]], hyp.counts()[k][j]);
      }
    }
    for (NGramIndex.Counts ref : refs) {
      for (int[] ids : ref.ids()) {
        for (int id : ids) {
          maxRef[id] = 0;
        }
      }
    }
    return new Stats(hyp.words(), closest(refLengths, hyp.words()), guess, correct);
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
    NGramIndex index = new NGramIndex(MAX_ORDER);
    int[][] maxRef = {new int[0]};
    List<Stats> stats = new ArrayList<>(items.size());
    for (CaptionItem item : items) {
      stats.add(stats(item, index, maxRef));
    }
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
