package org.s2s4j.bench.decoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.s2s4j.decoding.HostStepScores;
import org.s2s4j.decoding.StepScorer;
import org.s2s4j.decoding.StepScores;

/**
 * A synthetic model for measuring everything but the network: it copies its source (probability
 * 0.9 on the next source token, the rest spread over a full-size vocabulary) and attends to the
 * position it copies. The host-side work per step (filling and scanning rows × V log-probs,
 * bookkeeping) is that of a real model of the same vocabulary size.
 */
final class SyntheticCopyScorer implements StepScorer {

  private final int vocabularySize;
  private List<int[]> sources;
  private int[] rowSource;
  private int[] rowLength;

  SyntheticCopyScorer(int vocabularySize) {
    this.vocabularySize = vocabularySize;
  }

  @Override
  public int vocabularySize() {
    return vocabularySize;
  }

  @Override
  public int eosId() {
    return 3;
  }

  @Override
  public int bosId() {
    return 2;
  }

  @Override
  public void start(List<int[]> sources) {
    this.sources = new ArrayList<>(sources);
    rowSource = new int[sources.size()];
    rowLength = new int[sources.size()];
    for (int i = 0; i < rowSource.length; i++) {
      rowSource[i] = i;
      rowLength[i] = -1;
    }
  }

  @Override
  public StepScores step(int[] previousTokens) {
    int rows = previousTokens.length;
    int width = sources.stream().mapToInt(s -> s.length).max().orElse(1);
    float rest = (float) Math.log(0.1 / (vocabularySize - 3));
    float[] logProbs = new float[rows * vocabularySize];
    float[] attention = new float[rows * width];
    for (int r = 0; r < rows; r++) {
      rowLength[r]++;
      int[] source = sources.get(rowSource[r]);
      int t = rowLength[r];
      Arrays.fill(logProbs, r * vocabularySize, (r + 1) * vocabularySize, rest);
      logProbs[r * vocabularySize] = Float.NEGATIVE_INFINITY;
      logProbs[r * vocabularySize + 2] = Float.NEGATIVE_INFINITY;
      int next = t < source.length ? source[t] : eosId();
      logProbs[r * vocabularySize + next] = (float) Math.log(0.9);
      attention[r * width + Math.min(t, source.length - 1)] = 1f;
    }
    return new HostStepScores(rows, vocabularySize, width, logProbs, attention);
  }

  @Override
  public void select(int[] parents) {
    int[] source = new int[parents.length];
    int[] length = new int[parents.length];
    for (int i = 0; i < parents.length; i++) {
      source[i] = rowSource[parents[i]];
      length[i] = rowLength[parents[i]];
    }
    rowSource = source;
    rowLength = length;
  }
}
