package org.s2s4j.decoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A hand-built model for tests: the next-token distribution and the attention of each row are
 * given by a {@link Table} of the row's source and prefix, so every probability is known. Tracks
 * each row's prefix through {@link #select}, exactly as a real model tracks its state.
 */
public final class TableScorer implements StepScorer {

  /** Known probabilities. */
  public interface Table {
    /** Probabilities of the next token (summing to 1; zeros allowed). */
    double[] next(int[] source, int[] prefix);

    /** Attention over the source positions (summing to 1). */
    double[] attention(int[] source, int[] prefix);
  }

  private record Row(int source, int[] prefix, boolean started) {}

  private final int vocabularySize;
  private final int bos;
  private final int eos;
  private final Table table;
  private List<int[]> sources;
  private List<Row> rows;
  int steps;
  int maxRows;

  public TableScorer(int vocabularySize, int bos, int eos, Table table) {
    this.vocabularySize = vocabularySize;
    this.bos = bos;
    this.eos = eos;
    this.table = table;
  }

  /** The log-probability of {@code target} + EOS under the table, in double precision. */
  double logProb(int[] source, int[] target) {
    double total = 0;
    for (int t = 0; t <= target.length; t++) {
      int token = t < target.length ? target[t] : eos;
      total += Math.log(table.next(source, Arrays.copyOf(target, t))[token]);
    }
    return total;
  }

  @Override
  public int vocabularySize() {
    return vocabularySize;
  }

  @Override
  public int eosId() {
    return eos;
  }

  @Override
  public int bosId() {
    return bos;
  }

  @Override
  public void start(List<int[]> sources) {
    this.sources = sources;
    rows = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      rows.add(new Row(i, new int[0], false));
    }
    maxRows = Math.max(maxRows, rows.size());
  }

  @Override
  public StepScores step(int[] previousTokens) {
    if (previousTokens.length != rows.size()) {
      throw new IllegalStateException(previousTokens.length + " tokens for " + rows.size()
          + " rows");
    }
    steps++;
    int width = sources.stream().mapToInt(s -> s.length).max().orElse(0);
    float[] logProbs = new float[rows.size() * vocabularySize];
    float[] attention = new float[rows.size() * width];
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      int[] prefix = row.prefix();
      if (row.started()) {
        prefix = Arrays.copyOf(prefix, prefix.length + 1);
        prefix[prefix.length - 1] = previousTokens[r];
      } else if (previousTokens[r] != bos) {
        throw new IllegalStateException("first token of row " + r + " is not BOS");
      }
      row = new Row(row.source(), prefix, true);
      rows.set(r, row);
      int[] source = sources.get(row.source());
      double[] p = table.next(source, prefix);
      for (int v = 0; v < vocabularySize; v++) {
        logProbs[r * vocabularySize + v] = (float) Math.log(p[v]);
      }
      double[] a = table.attention(source, prefix);
      for (int s = 0; s < a.length; s++) {
        attention[r * width + s] = (float) a[s];
      }
    }
    return new HostStepScores(rows.size(), vocabularySize, width, logProbs, attention);
  }

  @Override
  public void select(int[] parents) {
    List<Row> next = new ArrayList<>(parents.length);
    for (int p : parents) {
      next.add(rows.get(p));
    }
    rows = next;
    maxRows = Math.max(maxRows, rows.size());
  }
}
