package org.s2s4j.decoding;

import java.util.Arrays;

/**
 * A finished output: its tokens (end of sequence not included), its log-probability under the
 * model (end of sequence included), its search score (after length normalisation and coverage
 * penalty) and its attention, one row per output token plus one for the end of sequence, each as
 * wide as the source.
 */
public record Hypothesis(int[] tokens, double logProb, double score, float[][] attention) {

  /** The number of output tokens (end of sequence not counted). */
  public int length() {
    return tokens.length;
  }

  /**
   * The attention rows cut to the first {@code sourceLength} columns: in a batch they are as wide
   * as its longest source, and the columns past a source's end are padding.
   */
  public float[][] attentionOver(int sourceLength) {
    float[][] rows = new float[attention.length][];
    for (int t = 0; t < rows.length; t++) {
      rows[t] = Arrays.copyOf(attention[t], sourceLength);
    }
    return rows;
  }

  /** For each output token, the source position it attended to most. */
  public int[] alignment() {
    int[] positions = new int[tokens.length];
    for (int t = 0; t < tokens.length; t++) {
      float[] row = attention[t];
      int best = 0;
      for (int s = 1; s < row.length; s++) {
        if (row[s] > row[best]) {
          best = s;
        }
      }
      positions[t] = best;
    }
    return positions;
  }
}
