package org.s2s4j.decoding;

/**
 * Minimum and maximum output lengths (in tokens, end of sequence not counted), absolute and
 * relative to the source length: for a source of {@code n} tokens the output has at least
 * {@code max(minLength, ceil(minRatio * n))} and at most
 * {@code min(maxLength, floor(maxRatio * n + maxOffset))} tokens, and never a maximum below the
 * minimum.
 */
public record LengthLimits(int minLength, double minRatio, int maxLength, double maxRatio,
    int maxOffset) {

  /** Default absolute maximum output length. */
  public static final int DEFAULT_MAX_LENGTH = 250;

  /** Default maximum output tokens per source token. */
  public static final double DEFAULT_MAX_RATIO = 2.0;

  /** Default tokens allowed beyond {@code DEFAULT_MAX_RATIO} times the source length. */
  public static final int DEFAULT_MAX_OFFSET = 10;

  /** No minimum; at most {@code 2n + 10} tokens and never more than 250. */
  public static final LengthLimits DEFAULT = new LengthLimits(0, 0.0, DEFAULT_MAX_LENGTH,
      DEFAULT_MAX_RATIO, DEFAULT_MAX_OFFSET);

  public LengthLimits {
    if (minLength < 0 || !(minRatio >= 0)) {
      throw new IllegalArgumentException("minimum length and ratio must be >= 0: "
          + minLength + ", " + minRatio);
    }
    if (maxLength < 1 || !(maxRatio > 0)) {
      throw new IllegalArgumentException("maximum length must be >= 1 and ratio > 0: "
          + maxLength + ", " + maxRatio);
    }
  }

  /** The minimum output length for a source of {@code sourceLength} tokens. */
  public int min(int sourceLength) {
    return Math.max(minLength, (int) Math.ceil(minRatio * sourceLength));
  }

  /** The maximum output length for a source of {@code sourceLength} tokens. */
  public int max(int sourceLength) {
    int relative = (int) Math.floor(maxRatio * sourceLength + maxOffset);
    return Math.max(min(sourceLength), Math.max(1, Math.min(maxLength, relative)));
  }
}
