package org.s2s4j.decoding;

/** Scores are the average log-probability per token (end of sequence included). */
public final class AverageLengthPenalty implements LengthPenalty {

  @Override
  public double divisor(int length) {
    return length;
  }

  @Override
  public String toString() {
    return "average";
  }
}
