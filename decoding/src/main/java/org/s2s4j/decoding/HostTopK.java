package org.s2s4j.decoding;

import java.util.Arrays;

/**
 * {@link TopK} in Java over the host copy of the log-probabilities: one pass per group with a
 * bounded min-heap. On MXNet this is 2-3 times faster than sorting on the engine. Stateless and
 * thread-safe.
 */
public final class HostTopK implements TopK {

  @Override
  public Candidate[][] best(StepScores scores, float[] base, int[] groupStart, int[] k,
      RowBans bans) {
    int groups = groupStart.length - 1;
    if (k.length != groups) {
      throw new IllegalArgumentException(k.length + " values of k for " + groups + " groups");
    }
    int columns = scores.columns();
    int[] tokens = new int[columns];
    for (int c = 0; c < columns; c++) {
      tokens[c] = scores.token(c);
    }
    Candidate[][] result = new Candidate[groups][];
    for (int g = 0; g < groups; g++) {
      result[g] = bestOfGroup(scores.logProbs(), tokens, scores.vocabularySize(), base,
          groupStart[g], groupStart[g + 1], k[g], bans);
    }
    return result;
  }

  private static Candidate[] bestOfGroup(float[] logProbs, int[] tokens, int vocab, float[] base,
      int firstRow, int endRow, int k, RowBans bans) {
    Heap heap = new Heap(k);
    int columns = tokens.length;
    for (int row = firstRow; row < endRow && k > 0; row++) {
      float rowBase = base[row];
      int offset = row * columns;
      for (int column = 0; column < columns; column++) {
        float value = rowBase + logProbs[offset + column];
        if (value == Float.NEGATIVE_INFINITY || Float.isNaN(value) || !heap.admits(value)) {
          continue;
        }
        int token = tokens[column];
        if (bans.isBanned(row, token)) {
          continue;
        }
        heap.add(value, (long) (row - firstRow) * vocab + token);
      }
    }
    return heap.sorted(firstRow, vocab);
  }

  /** A min-heap of at most k (value, position) pairs; equal values keep the earlier position. */
  private static final class Heap {
    private final float[] values;
    private final long[] positions;
    private int size;

    Heap(int k) {
      values = new float[k];
      positions = new long[k];
    }

    boolean admits(float value) {
      return values.length > 0 && (size < values.length || value > values[0]);
    }

    void add(float value, long position) {
      if (size < values.length) {
        values[size] = value;
        positions[size] = position;
        siftUp(size++);
      } else {
        values[0] = value;
        positions[0] = position;
        siftDown(0);
      }
    }

    /** Worse means a smaller value or, for equal values, a later position. */
    private boolean worse(int a, int b) {
      return values[a] < values[b] || (values[a] == values[b] && positions[a] > positions[b]);
    }

    private void siftUp(int i) {
      while (i > 0) {
        int parent = (i - 1) / 2;
        if (!worse(i, parent)) {
          return;
        }
        swap(i, parent);
        i = parent;
      }
    }

    private void siftDown(int i) {
      while (true) {
        int left = 2 * i + 1;
        int right = left + 1;
        int worst = i;
        if (left < size && worse(left, worst)) {
          worst = left;
        }
        if (right < size && worse(right, worst)) {
          worst = right;
        }
        if (worst == i) {
          return;
        }
        swap(i, worst);
        i = worst;
      }
    }

    private void swap(int a, int b) {
      float v = values[a];
      values[a] = values[b];
      values[b] = v;
      long p = positions[a];
      positions[a] = positions[b];
      positions[b] = p;
    }

    Candidate[] sorted(int firstRow, int vocab) {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> {
        int byValue = Float.compare(values[b], values[a]);
        return byValue != 0 ? byValue : Long.compare(positions[a], positions[b]);
      });
      Candidate[] out = new Candidate[size];
      for (int i = 0; i < size; i++) {
        long position = positions[order[i]];
        out[i] = new Candidate(firstRow + (int) (position / vocab), (int) (position % vocab),
            values[order[i]]);
      }
      return out;
    }
  }
}
