package org.s2s4j.decoding;

/** Scores are plain log-probabilities. */
public final class NoLengthPenalty implements LengthPenalty {

  @Override
  public double divisor(int length) {
    return 1.0;
  }

  @Override
  public String toString() {
    return "none";
  }
}
