package org.s2s4j.decoding;

/**
 * The output of one {@link StepScorer#step}: for each of {@link #rows()} rows, the log-probability
 * of every scored target token and the attention over the source positions of the batch.
 *
 * <p>A scorer scores either the whole vocabulary (column {@code c} is token {@code c}) or, with a
 * shortlist, a subset of it: then {@link #columns()} tokens, in ascending id order, and every
 * other token has log-probability minus infinity.
 */
public interface StepScores {

  /** The number of rows. */
  int rows();

  /** The number of target tokens of the model. */
  int vocabularySize();

  /** The number of scored tokens per row (the width of a log-probability row). */
  default int columns() {
    return vocabularySize();
  }

  /** The token id of column {@code column}; ascending in the column. */
  default int token(int column) {
    return column;
  }

  /** The number of source positions in the batch (the width of an attention row). */
  int sourceWidth();

  /** The log-probability of {@code token} in {@code row} (minus infinity if not scored). */
  float logProb(int row, int token);

  /** All log-probabilities, row-major (rows × columns); do not modify. */
  float[] logProbs();

  /** All attention weights, row-major (rows × source width); do not modify. */
  float[] attention();
}
