package org.s2s4j.seq2seq.train;

/**
 * One training batch of token ids (without BOS/EOS; the trainer adds them), rows padded with 0.
 *
 * @param source (B,S) source ids
 * @param sourceLengths real length of each source row (>= 1)
 * @param target (B,T) target ids
 * @param targetLengths real length of each target row (>= 0)
 */
public record TokenBatch(int[][] source, int[] sourceLengths, int[][] target, int[] targetLengths) {

  /** Validates that the four arrays agree. */
  public TokenBatch {
    int b = source.length;
    if (b == 0 || sourceLengths.length != b || target.length != b || targetLengths.length != b) {
      throw new IllegalArgumentException("inconsistent batch: " + b + " sources, " + sourceLengths.length
          + " source lengths, " + target.length + " targets, " + targetLengths.length + " target lengths");
    }
  }

  /** Number of sentence pairs. */
  public int size() {
    return source.length;
  }

  /** Number of target tokens the loss counts (each target plus its EOS). */
  public long targetTokens() {
    long n = 0;
    for (int len : targetLengths) {
      n += len + 1;
    }
    return n;
  }
}
