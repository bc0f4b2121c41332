package org.s2s4j.evaluation.caption.meteor;

import java.util.List;
import java.util.stream.Collectors;

/**
 * METEOR's score parameters and the formula that turns {@link MeteorStats} into a score.
 *
 * <p>With function-word weight {@code delta}, stage weights {@code w_i}, content and function
 * matches {@code c_i, f_i} and lengths {@code len, fw}: {@code P = sum_i w_i (delta c_i + (1 -
 * delta) f_i) / (delta (len - fw) + (1 - delta) fw)} over the hypothesis, {@code R} the same over
 * the reference, {@code Fmean = P R / (alpha P + (1 - alpha) R)}, fragmentation {@code frag =
 * chunks / mean(matched words)} (0 when every word of both sides is matched in one chunk),
 * penalty {@code gamma frag^beta}, score {@code Fmean (1 - penalty)}, clamped at 0 and 0 when
 * undefined (e.g. an empty hypothesis).
 *
 * <p>Stage weights belong to positions, not to modules: METEOR's {@code -m} keeps the first
 * {@code k} of the task's default weights for {@code k} modules, whatever they are, so
 * {@code -m "exact synonym"} weighs synonym matches 0.6.
 *
 * @param alpha the weight of precision against recall
 * @param beta the exponent of the fragmentation
 * @param gamma the maximum fragmentation penalty
 * @param delta the weight of content words against function words
 * @param moduleWeights the weight of each stage's matches, 1 to 4 of them
 */
public record MeteorParameters(double alpha, double beta, double gamma, double delta,
    List<Double> moduleWeights) {

  /** METEOR 1.5's English default module weights (task "rank", the default). */
  public static final List<Double> ENGLISH_WEIGHTS = List.of(1.0, 0.6, 0.8, 0.6);

  /** Checks the weights. */
  public MeteorParameters {
    if (moduleWeights.isEmpty() || moduleWeights.size() > MeteorStats.STAGES) {
      throw new IllegalArgumentException("1 to " + MeteorStats.STAGES
          + " module weights, not " + moduleWeights.size());
    }
    moduleWeights = List.copyOf(moduleWeights);
  }

  /**
   * METEOR 1.5's English parameters (task "rank", the default: 0.85, 0.2, 0.6, 0.75) for
   * {@code modules} modules: the first {@code modules} default weights.
   */
  public static MeteorParameters english(int modules) {
    if (modules < 1 || modules > ENGLISH_WEIGHTS.size()) {
      throw new IllegalArgumentException("1 to 4 modules, not " + modules);
    }
    return new MeteorParameters(0.85, 0.2, 0.6, 0.75, ENGLISH_WEIGHTS.subList(0, modules));
  }

  /** The score of {@code stats}, as the reference's {@code computeMetrics} computes it. */
  public double score(MeteorStats s) {
    double testWeightedLength = delta * (s.testLength() - s.testFunctionWords())
        + (1.0 - delta) * s.testFunctionWords();
    double refWeightedLength = delta * (s.refLength() - s.refFunctionWords())
        + (1.0 - delta) * s.refFunctionWords();
    double testWeightedMatches = 0;
    double refWeightedMatches = 0;
    int stages = moduleWeights.size();
    // Summed in the reference's order: all content terms first, then all function terms.
    for (int i = 0; i < stages; i++) {
      testWeightedMatches += s.testContent(i) * moduleWeights.get(i) * delta;
    }
    for (int i = 0; i < stages; i++) {
      refWeightedMatches += s.refContent(i) * moduleWeights.get(i) * delta;
    }
    for (int i = 0; i < stages; i++) {
      testWeightedMatches += s.testFunction(i) * moduleWeights.get(i) * (1.0 - delta);
    }
    for (int i = 0; i < stages; i++) {
      refWeightedMatches += s.refFunction(i) * moduleWeights.get(i) * (1.0 - delta);
    }
    double precision = testWeightedMatches / testWeightedLength;
    double recall = refWeightedMatches / refWeightedLength;
    double fMean = 1.0 / (((1.0 - alpha) / precision) + (alpha / recall));
    double frag = s.isPerfect() ? 0
        : s.chunks() / ((s.testWordMatches() + s.refWordMatches()) / 2);
    double penalty = gamma * Math.pow(frag, beta);
    double score = fMean * (1.0 - penalty);
    return Double.isNaN(score) ? 0 : Math.max(score, 0.0);
  }

  /** The parameters as the reference prints them, e.g. {@code 0.85_0.2_0.6_0.75}. */
  public String label() {
    return alpha + "_" + beta + "_" + gamma + "_" + delta;
  }

  /** The module weights, e.g. {@code 1.0_0.6}. */
  public String weightsLabel() {
    return moduleWeights.stream().map(String::valueOf).collect(Collectors.joining("_"));
  }
}
