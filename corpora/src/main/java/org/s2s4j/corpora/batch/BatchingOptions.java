package org.s2s4j.corpora.batch;

/**
 * How a {@link Batcher} cuts batches. Immutable; the {@code with...} methods return copies.
 *
 * <ul>
 *   <li>{@code maxTokens}: a batch holds at most this many <em>padded</em> tokens of its larger
 *       side, i.e. {@code size × max(longest source, longest target)}, which bounds the size of the
 *       padded tensors. An example longer than the budget on its own becomes a batch of one; no
 *       example is ever dropped.
 *   <li>{@code maxSentences}: a batch holds at most this many examples.
 *   <li>{@code window}: examples read ahead and sorted by length (source, then target) before
 *       batches are cut; memory is bounded by it. Batches never span two windows, so make it
 *       many times the number of examples in a batch (see docs/benchmarks.md, Corpora).
 *   <li>{@code shuffle}: shuffle ties in length and the order of batches within each window.
 *   <li>{@code seed}: with the epoch number, fixes the shuffle.
 * </ul>
 *
 * <p>Both limits apply; {@link Integer#MAX_VALUE} means "no limit", and at least one must be set.
 * Serialises to JSON with Jackson as a plain record.
 */
public record BatchingOptions(int maxTokens, int maxSentences, int window, boolean shuffle,
    long seed) {

  /** The read-ahead window when none is given. */
  public static final int DEFAULT_WINDOW = 10_000;

  public BatchingOptions {
    if (maxTokens < 1 || maxSentences < 1) {
      throw new IllegalArgumentException(
          "maxTokens and maxSentences must be >= 1: " + maxTokens + ", " + maxSentences);
    }
    if (maxTokens == Integer.MAX_VALUE && maxSentences == Integer.MAX_VALUE) {
      throw new IllegalArgumentException("set maxTokens or maxSentences (or both)");
    }
    if (window < 1) {
      throw new IllegalArgumentException("window must be >= 1: " + window);
    }
  }

  /** Batches of at most {@code maxTokens} padded tokens, shuffled with seed 0. */
  public static BatchingOptions byTokens(int maxTokens) {
    return new BatchingOptions(maxTokens, Integer.MAX_VALUE, DEFAULT_WINDOW, true, 0L);
  }

  /** Batches of at most {@code maxSentences} examples, shuffled with seed 0. */
  public static BatchingOptions bySentences(int maxSentences) {
    return new BatchingOptions(Integer.MAX_VALUE, maxSentences, DEFAULT_WINDOW, true, 0L);
  }

  public BatchingOptions withMaxTokens(int value) {
    return new BatchingOptions(value, maxSentences, window, shuffle, seed);
  }

  public BatchingOptions withMaxSentences(int value) {
    return new BatchingOptions(maxTokens, value, window, shuffle, seed);
  }

  public BatchingOptions withWindow(int value) {
    return new BatchingOptions(maxTokens, maxSentences, value, shuffle, seed);
  }

  public BatchingOptions withShuffle(boolean value) {
    return new BatchingOptions(maxTokens, maxSentences, window, value, seed);
  }

  public BatchingOptions withSeed(long value) {
    return new BatchingOptions(maxTokens, maxSentences, window, shuffle, value);
  }
}
