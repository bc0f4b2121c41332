package org.s2s4j.evaluation.caption.meteor;

/**
 * METEOR's score parameters and the formula that turns {@link MeteorStats} into a score.
 *
 * <p>With function-word weight {@code delta}, module weights {@code w_m}, content and function
 * matches {@code c_m, f_m} and lengths {@code len, fw}: {@code P = sum_m w_m (delta c_m + (1 -
 * delta) f_m) / (delta (len - fw) + (1 - delta) fw)} over the hypothesis, {@code R} the same over
 * the reference, {@code Fmean = P R / (alpha P + (1 - alpha) R)}, fragmentation {@code frag =
 * chunks / mean(matched words)} (0 when every word of both sides is matched in one chunk),
 * penalty {@code gamma frag^beta}, score {@code Fmean (1 - penalty)}, clamped at 0 and 0 when
 * undefined (e.g. an empty hypothesis).
 *
 * @param alpha the weight of precision against recall
 * @param beta the exponent of the fragmentation
 * @param gamma the maximum fragmentation penalty
 * @param delta the weight of content words against function words
 */
public record MeteorParameters(double alpha, double beta, double gamma, double delta) {

  /** METEOR 1.5's English parameters (task "rank", the default). */
  public static final MeteorParameters ENGLISH = new MeteorParameters(0.85, 0.2, 0.6, 0.75);

  /** The score of {@code stats}, as the reference's {@code computeMetrics} computes it. */
  public double score(MeteorStats s) {
    double testWeightedLength = delta * (s.testLength() - s.testFunctionWords())
        + (1.0 - delta) * s.testFunctionWords();
    double refWeightedLength = delta * (s.refLength() - s.refFunctionWords())
        + (1.0 - delta) * s.refFunctionWords();
    double testWeightedMatches = 0;
    double refWeightedMatches = 0;
    MeteorModule[] modules = MeteorModule.values();
    // Summed in the reference's order: all content terms first, then all function terms.
    for (MeteorModule m : modules) {
      testWeightedMatches += s.testContent(m) * m.weight() * delta;
    }
    for (MeteorModule m : modules) {
      refWeightedMatches += s.refContent(m) * m.weight() * delta;
    }
    for (MeteorModule m : modules) {
      testWeightedMatches += s.testFunction(m) * m.weight() * (1.0 - delta);
    }
    for (MeteorModule m : modules) {
      refWeightedMatches += s.refFunction(m) * m.weight() * (1.0 - delta);
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
}
