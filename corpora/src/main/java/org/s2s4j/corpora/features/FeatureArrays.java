package org.s2s4j.corpora.features;

import java.util.Arrays;

/**
 * Turns stored arrays into an {@link ImageFeature}'s grid and pooled vector, and checks that every
 * image of one source has the same channel counts. Not thread-safe.
 */
final class FeatureArrays {

  /** A grid as {@code positions x channels} floats, position-major. */
  record Grid(int positions, int channels, float[] values) {}

  private final GridLayout layout;
  private int gridChannels = -1;
  private String gridFirst;
  private int pooledChannels = -1;
  private String pooledFirst;

  FeatureArrays(GridLayout layout) {
    this.layout = layout;
  }

  /**
   * A per-image grid array as {@code (N, C)} floats: {@code (N, C)} as it is, {@code (H, W, C)} or
   * {@code (C, H, W)} (as the layout says) flattened to {@code H*W} positions.
   *
   * @throws NpyFormatException naming {@code source} for any other shape, or when C differs from
   *     the images read before
   */
  Grid grid(NpyArray array, String source) throws NpyFormatException {
    int[] shape = array.shape();
    Grid grid = switch (shape.length) {
      case 2 -> new Grid(shape[0], shape[1], array.toFloatArray());
      case 3 -> layout == GridLayout.CHANNELS_LAST
          ? new Grid(shape[0] * shape[1], shape[2], array.toFloatArray())
          : channelsLast(array.toFloatArray(), shape[0], shape[1] * shape[2]);
      default -> throw new NpyFormatException(source, "a feature grid must have shape (N, C), "
          + (layout == GridLayout.CHANNELS_LAST ? "(H, W, C)" : "(C, H, W)")
          + "; this one has shape " + Arrays.toString(shape)
          + (shape.length == 4 && shape[0] == 1 ? " (drop the batch axis)" : ""));
    };
    if (grid.positions() == 0 || grid.channels() == 0) {
      throw new NpyFormatException(source, "empty feature grid of shape " + Arrays.toString(shape));
    }
    if (gridChannels < 0) {
      gridChannels = grid.channels();
      gridFirst = source;
    } else if (grid.channels() != gridChannels) {
      throw new NpyFormatException(source, "grid of " + grid.channels() + " channels (shape "
          + Arrays.toString(shape) + "), but " + gridFirst + " has " + gridChannels
          + "; all images need the same feature size");
    }
    return grid;
  }

  private static Grid channelsLast(float[] values, int channels, int positions) {
    float[] out = new float[values.length];
    for (int c = 0; c < channels; c++) {
      for (int p = 0; p < positions; p++) {
        out[p * channels + c] = values[c * positions + p];
      }
    }
    return new Grid(positions, channels, out);
  }

  /**
   * A pooled array as a vector: {@code (C)}, or {@code (1, C)} as some toolkits store it.
   *
   * @throws NpyFormatException naming {@code source} for any other shape, or when C differs from
   *     the images read before
   */
  float[] pooled(NpyArray array, String source) throws NpyFormatException {
    int[] shape = array.shape();
    if (!(shape.length == 1 || shape.length == 2 && shape[0] == 1) || array.size() == 0) {
      throw new NpyFormatException(source, "a pooled feature vector must have shape (C) or (1, C); "
          + "this one has shape " + Arrays.toString(shape));
    }
    float[] vector = array.toFloatArray();
    if (pooledChannels < 0) {
      pooledChannels = vector.length;
      pooledFirst = source;
    } else if (vector.length != pooledChannels) {
      throw new NpyFormatException(source, "pooled vector of " + vector.length + " values, but "
          + pooledFirst + " has " + pooledChannels + "; all images need the same feature size");
    }
    return vector;
  }

  /** The pooled vector of a source that has none: the grid's mean over its positions. */
  static float[] mean(Grid grid) {
    return ImageFeature.meanOverPositions(grid.values(), grid.positions(), grid.channels());
  }
}
