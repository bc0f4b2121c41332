package org.s2s4j.decoding;

/**
 * Length normalisation of a finished hypothesis: its score is its log-probability divided by
 * {@link #divisor(int)} of its length. Lengths count the output tokens plus the end-of-sequence
 * token. Divisors must be positive.
 */
public interface LengthPenalty {

  /** The positive number a hypothesis of {@code length} tokens (end of sequence included) is divided by. */
  double divisor(int length);

  /** The normalised score of a hypothesis with log-probability {@code logProb} and {@code length}. */
  default double normalize(double logProb, int length) {
    return logProb / divisor(length);
  }

  /**
   * The best normalised score that any hypothesis can still reach which extends one with
   * log-probability {@code logProb} (at most 0) and ends with a length in
   * [{@code minLength}, {@code maxLength}]. Log-probabilities only fall as a hypothesis grows, so
   * this is an upper bound, which is what makes stopping early safe.
   */
  default double bestReachable(double logProb, int minLength, int maxLength) {
    double best = Double.NEGATIVE_INFINITY;
    for (int length = minLength; length <= maxLength; length++) {
      best = Math.max(best, normalize(logProb, length));
    }
    return best;
  }
}
