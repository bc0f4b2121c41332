package org.s2s4j.corpora.batch;

import java.util.Arrays;
import java.util.List;

/**
 * A padded batch of examples, ready to become tensors.
 *
 * <p>Rows are examples; {@code source()} is B×S and {@code target()} is B×T where S and T are the
 * longest source and target in the batch, padded on the right with {@link #PAD} (0). Lengths and
 * token counts are real tokens only. Immutable: every accessor returns a fresh copy.
 */
public final class Batch {

  /** The padding id. */
  public static final int PAD = 0;

  private final long[] indices;
  private final int[][] source;
  private final int[] sourceLengths;
  private final int[][] target;
  private final int[] targetLengths;

  private Batch(long[] indices, int[][] source, int[] sourceLengths, int[][] target,
      int[] targetLengths) {
    this.indices = indices;
    this.source = source;
    this.sourceLengths = sourceLengths;
    this.target = target;
    this.targetLengths = targetLengths;
  }

  /** Pads {@code examples} (in the given order) into a batch; there must be at least one. */
  public static Batch of(List<Example> examples) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one example");
    }
    int size = examples.size();
    long[] indices = new long[size];
    int[] sourceLengths = new int[size];
    int[] targetLengths = new int[size];
    int maxSource = 0;
    int maxTarget = 0;
    for (int i = 0; i < size; i++) {
      Example e = examples.get(i);
      indices[i] = e.index();
      sourceLengths[i] = e.source().length;
      targetLengths[i] = e.target().length;
      maxSource = Math.max(maxSource, sourceLengths[i]);
      maxTarget = Math.max(maxTarget, targetLengths[i]);
    }
    int[][] source = new int[size][maxSource];
    int[][] target = new int[size][maxTarget];
    for (int i = 0; i < size; i++) {
      Example e = examples.get(i);
      System.arraycopy(e.source(), 0, source[i], 0, sourceLengths[i]);
      System.arraycopy(e.target(), 0, target[i], 0, targetLengths[i]);
    }
    return new Batch(indices, source, sourceLengths, target, targetLengths);
  }

  /** The corpus positions of the rows. */
  public long[] indices() {
    return indices.clone();
  }

  /** Source ids, B×S, padded with {@link #PAD}. */
  public int[][] source() {
    return copy(source);
  }

  /** Real source length of each row. */
  public int[] sourceLengths() {
    return sourceLengths.clone();
  }

  /** Target ids, B×T, padded with {@link #PAD}. */
  public int[][] target() {
    return copy(target);
  }

  /** Real target length of each row. */
  public int[] targetLengths() {
    return targetLengths.clone();
  }

  /** The number of examples B. */
  public int size() {
    return indices.length;
  }

  /** Real source tokens in the batch (no padding). */
  public int sourceTokens() {
    return sum(sourceLengths);
  }

  /** Real target tokens in the batch (no padding). */
  public int targetTokens() {
    return sum(targetLengths);
  }

  /** B×S: 1 where {@link #source()} holds a real token, 0 on padding. */
  public float[][] sourceMask() {
    return mask(sourceLengths, source.length == 0 ? 0 : source[0].length);
  }

  /** B×T: 1 where {@link #target()} holds a real token, 0 on padding. */
  public float[][] targetMask() {
    return mask(targetLengths, target.length == 0 ? 0 : target[0].length);
  }

  @Override
  public String toString() {
    return "Batch[size=" + size() + ", source=" + sourceTokens() + " tokens, target="
        + targetTokens() + " tokens]";
  }

  private static float[][] mask(int[] lengths, int width) {
    float[][] mask = new float[lengths.length][width];
    for (int i = 0; i < lengths.length; i++) {
      Arrays.fill(mask[i], 0, lengths[i], 1f);
    }
    return mask;
  }

  private static int[][] copy(int[][] rows) {
    int[][] copy = new int[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      copy[i] = rows[i].clone();
    }
    return copy;
  }

  private static int sum(int[] values) {
    int sum = 0;
    for (int v : values) {
      sum += v;
    }
    return sum;
  }
}
