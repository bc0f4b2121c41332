package org.s2s4j.decoding;

/**
 * The output of one {@link StepScorer#step}: for each of {@link #rows()} rows, the log-probability
 * of every target token and the attention over the source positions of the batch.
 */
public interface StepScores {

  /** The number of rows. */
  int rows();

  /** The number of target tokens (the width of a log-probability row). */
  int vocabularySize();

  /** The number of source positions in the batch (the width of an attention row). */
  int sourceWidth();

  /** The log-probability of {@code token} in {@code row}. */
  float logProb(int row, int token);

  /** All log-probabilities, row-major (rows × vocabulary); do not modify. */
  float[] logProbs();

  /** All attention weights, row-major (rows × source width); do not modify. */
  float[] attention();
}
