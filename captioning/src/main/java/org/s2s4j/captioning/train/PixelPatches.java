package org.s2s4j.captioning.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.s2s4j.captioning.image.ImageDecoder;
import org.s2s4j.captioning.image.PillowBilinear;
import org.s2s4j.captioning.image.RgbImage;

/**
 * Fixed features computed from the pixels, needing no CNN and no download: each image resized to
 * S x S, cut into P x P patches every {@code stride} pixels, each patch's RGB values scaled to
 * [-0.5, 0.5] plus its centre's x and y in [-0.5, 0.5] (C = 3 P^2 + 2; the grid carries no
 * position otherwise). With {@link org.s2s4j.seq2seq.GridFeatureEncoder}'s learned projection this
 * amounts to one strided convolution layer with ReLU, trained with the captioner. The images are
 * held as bytes and cut into patches batch by batch.
 */
public final class PixelPatches extends FeatureTable {

  private final FeatureSpec spec;
  private final List<byte[]> images;
  private final int side;
  private final int perRow;

  private PixelPatches(FeatureSpec spec, List<byte[]> images) {
    this.spec = spec;
    this.images = images;
    this.side = spec.imageSize();
    this.perRow = (side - spec.patch()) / spec.stride() + 1;
  }

  /**
   * Reads the images of {@code images} from {@code imageDir}.
   *
   * @throws IOException naming the file and the annotation file if an image is missing or unreadable
   */
  public static PixelPatches read(FeatureSpec spec, Path imageDir, List<CaptionedImage> images, Path annotations)
      throws IOException {
    List<byte[]> pixels = new ArrayList<>(images.size());
    for (CaptionedImage image : images) {
      if (image.fileName() == null) {
        throw new IOException(annotations + ": image " + image.id() + " has no file name (COCO images[].file_name "
            + "or Karpathy filename); pixel features need the images");
      }
      Path file = imageDir.resolve(image.fileName());
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file + ": image " + image.id() + " of " + annotations + " not found");
      }
      RgbImage rgb;
      try {
        rgb = ImageDecoder.read(file);
      } catch (IOException e) {
        throw new IOException(file + ": cannot read image " + image.id() + ": " + e.getMessage(), e);
      }
      if (rgb.width() != spec.imageSize() || rgb.height() != spec.imageSize()) {
        rgb = PillowBilinear.resize(rgb, spec.imageSize(), spec.imageSize());
      }
      pixels.add(rgb.pixels());
    }
    return new PixelPatches(spec, pixels);
  }

  /** One table of the rows of {@code parts} (pixel patches of one spec), in order. */
  static PixelPatches concat(List<FeatureTable> parts) {
    List<byte[]> all = new ArrayList<>();
    FeatureSpec spec = null;
    for (FeatureTable t : parts) {
      PixelPatches p = (PixelPatches) t;
      spec = p.spec;
      all.addAll(p.images);
    }
    return new PixelPatches(spec, all);
  }

  @Override
  public int rows() {
    return images.size();
  }

  @Override
  public int channels() {
    return spec.channels();
  }

  @Override
  public int positions(int row) {
    return perRow * perRow;
  }

  @Override
  protected void fill(int row, float[] out, int offset) {
    byte[] px = images.get(row);
    int p = spec.patch();
    int c = spec.channels();
    int at = offset;
    for (int py = 0; py < perRow; py++) {
      for (int pxl = 0; pxl < perRow; pxl++) {
        int top = py * spec.stride();
        int left = pxl * spec.stride();
        for (int y = 0; y < p; y++) {
          int base = ((top + y) * side + left) * 3;
          for (int i = 0; i < 3 * p; i++) {
            out[at++] = (px[base + i] & 0xff) / 255f - 0.5f;
          }
        }
        out[at++] = (left + p / 2f) / side - 0.5f;
        out[at++] = (top + p / 2f) / side - 0.5f;
      }
    }
    assert at == offset + positions(row) * c;
  }
}
