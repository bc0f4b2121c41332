package org.s2s4j.decoding.corpus;

/**
 * How sorted lines are grouped into batches: at most {@code sentences} lines per batch, or at most
 * {@code tokens} padded source tokens per batch (lines × longest line).
 */
public record Batching(int sentences, int tokens) {

  public Batching {
    if ((sentences > 0) == (tokens > 0)) {
      throw new IllegalArgumentException(
          "give exactly one of a batch size in sentences or in tokens (> 0)");
    }
  }

  /** Batches of at most {@code n} lines. */
  public static Batching sentences(int n) {
    return new Batching(n, 0);
  }

  /** Batches of at most {@code n} padded source tokens (a longer single line is its own batch). */
  public static Batching tokens(int n) {
    return new Batching(0, n);
  }

  /** Whether a batch of {@code count} lines, the longest {@code longest} tokens, fits. */
  boolean fits(int count, int longest) {
    return sentences > 0 ? count <= sentences : count == 1 || (long) count * longest <= tokens;
  }

  @Override
  public String toString() {
    return sentences > 0 ? sentences + " sentences" : tokens + " tokens";
  }
}
