package org.s2s4j.corpora.features;

import java.util.Arrays;
import java.util.Objects;

/**
 * The features of one image: a grid of {@code positions} vectors of {@code channels} floats (the
 * H x W cells of a CNN feature map, or the N regions of a detector), row-major as
 * {@code grid[n * channels + c]}, and a pooled vector.
 *
 * @param imageId the image's id
 * @param positions N, the number of grid cells or regions
 * @param channels C, the length of each grid vector
 * @param grid N x C floats, position-major
 * @param pooled the pooled ("fc") vector
 */
public record ImageFeature(String imageId, int positions, int channels, float[] grid, float[] pooled) {

  public ImageFeature {
    Objects.requireNonNull(imageId, "imageId");
    if ((long) positions * channels != grid.length) {
      throw new IllegalArgumentException(grid.length + " grid values for " + positions + " x " + channels);
    }
    Objects.requireNonNull(pooled, "pooled");
  }

  /** The mean of the grid over its positions: what self-critical.pytorch stores as {@code fc}. */
  public static float[] meanOverPositions(float[] grid, int positions, int channels) {
    double[] sum = new double[channels];
    for (int n = 0; n < positions; n++) {
      for (int c = 0; c < channels; c++) {
        sum[c] += grid[n * channels + c];
      }
    }
    float[] mean = new float[channels];
    for (int c = 0; c < channels; c++) {
      mean[c] = (float) (sum[c] / positions);
    }
    return mean;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImageFeature f && imageId.equals(f.imageId) && positions == f.positions
        && channels == f.channels && Arrays.equals(grid, f.grid) && Arrays.equals(pooled, f.pooled);
  }

  @Override
  public int hashCode() {
    return Objects.hash(imageId, positions, channels) * 31 + Arrays.hashCode(grid);
  }

  @Override
  public String toString() {
    return "ImageFeature[" + imageId + ", " + positions + " x " + channels + ", pooled " + pooled.length + "]";
  }
}
