package org.s2s4j.corpora.clean;

/**
 * Which pairs a {@link ParallelCleaner} drops, checked in this order (a pair is counted against the
 * first rule that drops it):
 *
 * <ol>
 *   <li>{@code empty}: either side has no tokens (when {@code dropEmpty});
 *   <li>{@code length}: either side has fewer than {@code minTokens} or more than
 *       {@code maxTokens} whitespace-separated tokens;
 *   <li>{@code ratio}: the longer side has more than {@code maxRatio} times the tokens of the
 *       shorter (both sides non-empty);
 *   <li>{@code duplicate}: the same (source, target) pair was kept before (when
 *       {@code dropDuplicates}).
 * </ol>
 */
public record CleaningRules(boolean dropEmpty, int minTokens, int maxTokens, double maxRatio,
    boolean dropDuplicates) {

  /** Rule names, in the order they are applied. */
  public static final String EMPTY = "empty";
  public static final String LENGTH = "length";
  public static final String RATIO = "ratio";
  public static final String DUPLICATE = "duplicate";

  public CleaningRules {
    if (minTokens < 0 || maxTokens < Math.max(1, minTokens)) {
      throw new IllegalArgumentException("need 0 <= minTokens <= maxTokens and maxTokens >= 1: "
          + minTokens + ", " + maxTokens);
    }
    if (!(maxRatio >= 1)) {
      throw new IllegalArgumentException("maxRatio must be >= 1: " + maxRatio);
    }
  }

  /** Drop empty lines, lines over 100 tokens, ratios over 3 and duplicates. */
  public static CleaningRules defaults() {
    return new CleaningRules(true, 1, 100, 3.0, true);
  }

  /** The rule that drops a pair of {@code sourceTokens} and {@code targetTokens}, or null. */
  String lengthRule(int sourceTokens, int targetTokens) {
    if (dropEmpty && (sourceTokens == 0 || targetTokens == 0)) {
      return EMPTY;
    }
    int shorter = Math.min(sourceTokens, targetTokens);
    int longer = Math.max(sourceTokens, targetTokens);
    if (shorter < minTokens || longer > maxTokens) {
      return LENGTH;
    }
    if (shorter > 0 && longer > maxRatio * shorter) {
      return RATIO;
    }
    return null;
  }
}
