package org.s2s4j.evaluation.caption;

import java.util.List;

/**
 * ROUGE-L as the COCO caption evaluation computes it ({@code Rouge()}): tokens from
 * {@code split(" ")} (an empty caption is one empty token), the longest common subsequence with
 * each reference, the best precision and the best recall taken separately over the references,
 * then their F-measure with beta 1.2. The corpus score is the mean of the image scores.
 */
public final class RougeLCaptionMetric implements CaptionMetric {

  /** The recall weight of the F-measure. */
  public static final double BETA = 1.2;

  private static final List<String> NAMES = List.of("ROUGE_L");

  @Override
  public List<String> names() {
    return NAMES;
  }

  /** The ROUGE-L score of one image. */
  public double score(CaptionItem item) {
    List<String> candidate = PythonText.splitOnSpace(item.candidate());
    double bestPrecision = Double.NEGATIVE_INFINITY;
    double bestRecall = Double.NEGATIVE_INFINITY;
    for (String reference : item.references()) {
      List<String> ref = PythonText.splitOnSpace(reference);
      int lcs = lcs(ref, candidate);
      bestPrecision = Math.max(bestPrecision, lcs / (double) candidate.size());
      bestRecall = Math.max(bestRecall, lcs / (double) ref.size());
    }
    if (bestPrecision != 0 && bestRecall != 0) {
      return ((1 + BETA * BETA) * bestPrecision * bestRecall)
          / (bestRecall + BETA * BETA * bestPrecision);
    }
    return 0.0;
  }

  /** The length of the longest common subsequence of {@code a} and {@code b}. */
  static int lcs(List<String> a, List<String> b) {
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (String x : a) {
      for (int j = 1; j <= b.size(); j++) {
        current[j] = x.equals(b.get(j - 1))
            ? previous[j - 1] + 1
            : Math.max(previous[j], current[j - 1]);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.size()];
  }

  @Override
  public List<MetricScore> score(List<CaptionItem> items) {
    CaptionMetric.checkNotEmpty(items);
    double[] scores = new double[items.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = score(items.get(i));
    }
    return List.of(new MetricScore(NAMES.get(0), NumpySum.mean(scores), scores));
  }
}
