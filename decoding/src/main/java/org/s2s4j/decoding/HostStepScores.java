package org.s2s4j.decoding;

import java.util.Arrays;

/** Step scores held in Java arrays, over the whole vocabulary or over a shortlist of it. */
public final class HostStepScores implements StepScores {

  private final int rows;
  private final int vocabularySize;
  private final int[] tokens;
  private final int columns;
  private final int sourceWidth;
  private final float[] logProbs;
  private final float[] attention;

  /**
   * Scores over the whole vocabulary.
   *
   * @param logProbs rows × vocabularySize log-probabilities, row-major (not copied)
   * @param attention rows × sourceWidth attention weights, row-major (not copied)
   */
  public HostStepScores(int rows, int vocabularySize, int sourceWidth, float[] logProbs,
      float[] attention) {
    this(rows, vocabularySize, null, sourceWidth, logProbs, attention);
  }

  /**
   * Scores over the tokens {@code tokens} (strictly ascending ids below {@code vocabularySize};
   * null for the whole vocabulary).
   *
   * @param logProbs rows × tokens.length log-probabilities, row-major (not copied)
   * @param attention rows × sourceWidth attention weights, row-major (not copied)
   */
  public HostStepScores(int rows, int vocabularySize, int[] tokens, int sourceWidth,
      float[] logProbs, float[] attention) {
    this.columns = tokens == null ? vocabularySize : tokens.length;
    if (logProbs.length != rows * columns) {
      throw new IllegalArgumentException("expected " + rows + " × " + columns
          + " log-probabilities, got " + logProbs.length);
    }
    if (attention.length != rows * sourceWidth) {
      throw new IllegalArgumentException("expected " + rows + " × " + sourceWidth
          + " attention weights, got " + attention.length);
    }
    this.rows = rows;
    this.vocabularySize = vocabularySize;
    this.tokens = tokens;
    this.sourceWidth = sourceWidth;
    this.logProbs = logProbs;
    this.attention = attention;
  }

  @Override
  public int rows() {
    return rows;
  }

  @Override
  public int vocabularySize() {
    return vocabularySize;
  }

  @Override
  public int columns() {
    return columns;
  }

  @Override
  public int token(int column) {
    return tokens == null ? column : tokens[column];
  }

  @Override
  public int sourceWidth() {
    return sourceWidth;
  }

  @Override
  public float logProb(int row, int token) {
    int column = tokens == null ? token : Arrays.binarySearch(tokens, token);
    return column < 0 ? Float.NEGATIVE_INFINITY : logProbs[row * columns + column];
  }

  @Override
  public float[] logProbs() {
    return logProbs;
  }

  @Override
  public float[] attention() {
    return attention;
  }
}
