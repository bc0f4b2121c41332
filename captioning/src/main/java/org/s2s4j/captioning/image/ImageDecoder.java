package org.s2s4j.captioning.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an image file (JPEG, PNG, BMP, GIF: what {@link ImageIO} reads) to 8-bit RGB the way
 * Pillow's {@code Image.open(f).convert('RGB')} does: grey is repeated into the three channels,
 * alpha is dropped (not composited), palettes are looked up. Samples are taken from the raster
 * as stored, without colour management, as Pillow does. EXIF orientation is not applied (neither
 * Pillow's {@code open} nor self-critical.pytorch's feature preparation applies it).
 */
public final class ImageDecoder {

  private ImageDecoder() {}

  /**
   * Reads the first image of {@code file}.
   *
   * @throws IOException with a one-line reason when the file is missing, not an image, or cannot
   *     be decoded
   */
  public static RgbImage read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such file");
    }
    BufferedImage image;
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        throw new IOException("cannot open");
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("not an image format Java can decode (JPEG, PNG, BMP, GIF)");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        image = reader.read(0);
      } catch (IOException | RuntimeException e) {
        // ImageIO reports some corrupt streams as unchecked exceptions.
        throw new IOException("cannot decode as " + reader.getFormatName() + ": " + e.getMessage(), e);
      } finally {
        reader.dispose();
      }
    }
    return toRgb(image);
  }

  /** The RGB bytes of a decoded image. */
  static RgbImage toRgb(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] rgb = new byte[3 * w * h];
    Raster raster = image.getRaster();
    int bands = raster.getNumBands();
    int space = image.getColorModel().getColorSpace().getType();
    boolean plain8Bit = image.getColorModel() instanceof ComponentColorModel
        && raster.getTransferType() == DataBuffer.TYPE_BYTE
        && (space == ColorSpace.TYPE_GRAY && bands <= 2 || space == ColorSpace.TYPE_RGB && bands >= 3);
    if (plain8Bit) {
      int[] row = new int[w * bands];
      for (int y = 0; y < h; y++) {
        raster.getPixels(0, y, w, 1, row);
        for (int x = 0; x < w; x++) {
          int at = 3 * (y * w + x);
          if (bands <= 2) {
            byte grey = (byte) row[x * bands];
            rgb[at] = grey;
            rgb[at + 1] = grey;
            rgb[at + 2] = grey;
          } else {
            rgb[at] = (byte) row[x * bands];
            rgb[at + 1] = (byte) row[x * bands + 1];
            rgb[at + 2] = (byte) row[x * bands + 2];
          }
        }
      }
    } else {
      // Palettes, packed RGB, 16-bit: through the colour model.
      int[] row = new int[w];
      for (int y = 0; y < h; y++) {
        image.getRGB(0, y, w, 1, row, 0, w);
        for (int x = 0; x < w; x++) {
          int at = 3 * (y * w + x);
          rgb[at] = (byte) (row[x] >> 16);
          rgb[at + 1] = (byte) (row[x] >> 8);
          rgb[at + 2] = (byte) row[x];
        }
      }
    }
    return new RgbImage(w, h, rgb);
  }
}
