package org.s2s4j.captioning.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.s2s4j.seq2seq.SourceArrays;

/**
 * The feature grids of a list of images, row {@code r} being the {@code r}-th image: what the
 * captioning model's sources index. A source row is {@code {r}}; {@link #create} gathers the rows'
 * grids into one (B,N,C) float array, padding images with fewer positions (detector regions) to
 * the batch's most, with their real counts as lengths.
 */
public abstract class FeatureTable implements SourceArrays {

  /** Number of images. */
  public abstract int rows();

  /** C, the channels of every position. */
  public abstract int channels();

  /** N of image {@code row}. */
  public abstract int positions(int row);

  /** Writes the N x C grid of image {@code row} at {@code out[offset..]}, position-major. */
  protected abstract void fill(int row, float[] out, int offset);

  /** The source rows {@code {0}, {1}, ...} of the images {@code from .. to - 1}. */
  public static List<int[]> sources(int from, int to) {
    return java.util.stream.IntStream.range(from, to).mapToObj(r -> new int[] {r}).toList();
  }

  @Override
  public NDList create(NDManager manager, List<int[]> sources) {
    int b = sources.size();
    int c = channels();
    int width = 0;
    int[] lengths = new int[b];
    for (int i = 0; i < b; i++) {
      int[] s = sources.get(i);
      if (s.length != 1 || s[0] < 0 || s[0] >= rows()) {
        throw new IllegalArgumentException("source " + i + " of the batch is not an image row of 0.." + (rows() - 1));
      }
      lengths[i] = positions(s[0]);
      width = Math.max(width, lengths[i]);
    }
    float[] flat = new float[b * width * c];
    for (int i = 0; i < b; i++) {
      fill(sources.get(i)[0], flat, i * width * c);
    }
    return new NDList(manager.create(flat, new Shape(b, width, c)), manager.create(lengths));
  }
}
