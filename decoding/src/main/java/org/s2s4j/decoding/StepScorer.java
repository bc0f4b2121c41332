package org.s2s4j.decoding;

import java.util.List;

/**
 * A model seen one output step at a time, for a batch of rows.
 *
 * <p>{@link #start} encodes a batch of sources and creates one row per source. Each
 * {@link #step} feeds one previous token per row and returns the log-probabilities of the next
 * token and the attention over the source positions for every row. {@link #select} then keeps,
 * repeats or drops rows: that is how beams grow, are reordered, and how finished sentences leave
 * the batch.
 *
 * <p>Implementations are not thread-safe; use one per thread.
 */
public interface StepScorer extends AutoCloseable {

  /** The size of the target vocabulary (the width of every log-probability row). */
  int vocabularySize();

  /** The token that ends a sequence. */
  int eosId();

  /** The token fed as the previous token at the first step. */
  int bosId();

  /** Starts a new batch with one row per source (row {@code i} is source {@code i}). */
  void start(List<int[]> sources);

  /** Scores the next token of every row; {@code previousTokens.length} equals the current rows. */
  StepScores step(int[] previousTokens);

  /** Keeps rows: new row {@code i} continues old row {@code parents[i]} (rows may repeat). */
  void select(int[] parents);

  /** Releases the batch's resources; the default has none. */
  @Override
  default void close() {}
}
