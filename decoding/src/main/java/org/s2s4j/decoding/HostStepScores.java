package org.s2s4j.decoding;

/** Step scores held in Java arrays. */
public final class HostStepScores implements StepScores {

  private final int rows;
  private final int vocabularySize;
  private final int sourceWidth;
  private final float[] logProbs;
  private final float[] attention;

  /**
   * @param logProbs rows × vocabularySize log-probabilities, row-major (not copied)
   * @param attention rows × sourceWidth attention weights, row-major (not copied)
   */
  public HostStepScores(int rows, int vocabularySize, int sourceWidth, float[] logProbs,
      float[] attention) {
    if (logProbs.length != rows * vocabularySize) {
      throw new IllegalArgumentException("expected " + rows + " × " + vocabularySize
          + " log-probabilities, got " + logProbs.length);
    }
    if (attention.length != rows * sourceWidth) {
      throw new IllegalArgumentException("expected " + rows + " × " + sourceWidth
          + " attention weights, got " + attention.length);
    }
    this.rows = rows;
    this.vocabularySize = vocabularySize;
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
  public int sourceWidth() {
    return sourceWidth;
  }

  @Override
  public float logProb(int row, int token) {
    return logProbs[row * vocabularySize + token];
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
