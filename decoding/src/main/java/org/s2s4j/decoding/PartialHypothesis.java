package org.s2s4j.decoding;

/**
 * An unfinished output as a chain of back-pointers: the last token, what it cost, the attention
 * that produced it and the hypothesis it extends. Shared prefixes are stored once.
 */
final class PartialHypothesis {

  final PartialHypothesis parent;
  final int token;
  final int length;
  final double logProb;
  final float[] attention;
  final float[] coverage;

  private PartialHypothesis(PartialHypothesis parent, int token, double logProb,
      float[] attention, float[] coverage) {
    this.parent = parent;
    this.token = token;
    this.length = parent == null ? 0 : parent.length + 1;
    this.logProb = logProb;
    this.attention = attention;
    this.coverage = coverage;
  }

  /** The empty hypothesis that starts from {@code bos}. */
  static PartialHypothesis root(int bos, int sourceLength, boolean trackCoverage) {
    return new PartialHypothesis(null, bos, 0.0, null,
        trackCoverage ? new float[sourceLength] : null);
  }

  /** This hypothesis plus {@code token}, scored {@code logProb} in total, attending {@code attention}. */
  PartialHypothesis extend(int token, double logProb, float[] attention) {
    float[] newCoverage = null;
    if (coverage != null) {
      newCoverage = coverage.clone();
      for (int s = 0; s < newCoverage.length; s++) {
        newCoverage[s] += attention[s];
      }
    }
    return new PartialHypothesis(this, token, logProb, attention, newCoverage);
  }

  /** The output tokens, oldest first. */
  int[] tokens() {
    int[] tokens = new int[length];
    PartialHypothesis h = this;
    for (int i = length - 1; i >= 0; i--, h = h.parent) {
      tokens[i] = h.token;
    }
    return tokens;
  }

  /**
   * Finishes with the end-of-sequence token: {@code eosLogProb} is its log-probability and
   * {@code eosAttention} the attention of that step.
   */
  Hypothesis finish(double eosLogProb, float[] eosAttention, SearchOptions options) {
    float[][] attention = new float[length + 1][];
    attention[length] = eosAttention;
    PartialHypothesis h = this;
    for (int i = length - 1; i >= 0; i--, h = h.parent) {
      attention[i] = h.attention;
    }
    double total = logProb + eosLogProb;
    double score = options.lengthPenalty().normalize(total, length + 1);
    if (options.coverageWeight() > 0) {
      score += options.coverageWeight() * coveragePenalty(eosAttention);
    }
    return new Hypothesis(tokens(), total, score, attention);
  }

  /** GNMT's {@code sum_i log(min(sum_j a_ij, 1))}, at most 0 (floored at 1e-10 per position). */
  private double coveragePenalty(float[] eosAttention) {
    double penalty = 0;
    for (int s = 0; s < coverage.length; s++) {
      double total = Math.min(1.0, coverage[s] + eosAttention[s]);
      penalty += Math.log(Math.max(total, 1e-10));
    }
    return penalty;
  }
}
