package org.s2s4j.decoding;

/**
 * The length penalty of Wu et al. (2016, GNMT): {@code ((5 + length) / 6) ^ alpha}. Alpha 0 is no
 * normalisation; larger alphas favour longer outputs.
 */
public final class GnmtLengthPenalty implements LengthPenalty {

  private final double alpha;

  public GnmtLengthPenalty(double alpha) {
    if (!(alpha >= 0)) {
      throw new IllegalArgumentException("GNMT length penalty alpha must be >= 0: " + alpha);
    }
    this.alpha = alpha;
  }

  public double alpha() {
    return alpha;
  }

  @Override
  public double divisor(int length) {
    return Math.pow((5.0 + length) / 6.0, alpha);
  }

  @Override
  public String toString() {
    return "gnmt(alpha=" + alpha + ")";
  }
}
