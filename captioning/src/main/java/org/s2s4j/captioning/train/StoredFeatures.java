package org.s2s4j.captioning.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.s2s4j.corpora.features.ImageFeature;
import org.s2s4j.corpora.features.ImageFeatures;
import org.s2s4j.corpora.io.InputFormatException;

/**
 * Pre-extracted grids ({@code s2s caption features}, self-critical.pytorch's {@code att} files, a
 * split array), held in memory.
 */
public final class StoredFeatures extends FeatureTable {

  private final List<ImageFeature> features;
  private final int channels;

  private StoredFeatures(List<ImageFeature> features, int channels) {
    this.features = features;
    this.channels = channels;
  }

  /**
   * The grids of {@code images} from {@code source} (described as {@code where} in messages).
   *
   * @param channels the channels the model expects, or 0 to take them from the first image
   * @throws IOException naming the file when an image has no features or the wrong shape
   */
  public static StoredFeatures read(ImageFeatures source, List<CaptionedImage> images, int channels, String where)
      throws IOException {
    List<ImageFeature> out = new ArrayList<>(images.size());
    int c = channels;
    for (CaptionedImage image : images) {
      ImageFeature f = source.get(image.id());
      if (c == 0) {
        c = f.channels();
      } else if (f.channels() != c) {
        throw new InputFormatException(where, 0, "image " + image.id() + " has features of " + f.channels()
            + " channels; " + (channels == 0 ? "the other images' have " : "the model was trained on ") + c);
      }
      out.add(f);
    }
    return new StoredFeatures(out, c);
  }

  @Override
  public int rows() {
    return features.size();
  }

  @Override
  public int channels() {
    return channels;
  }

  @Override
  public int positions(int row) {
    return features.get(row).positions();
  }

  @Override
  protected void fill(int row, float[] out, int offset) {
    float[] grid = features.get(row).grid();
    System.arraycopy(grid, 0, out, offset, grid.length);
  }
}
