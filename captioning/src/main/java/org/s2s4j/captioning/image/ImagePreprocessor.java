package org.s2s4j.captioning.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns an image into a CNN's input: RGB, resized with {@link PillowBilinear}, normalised per
 * channel as {@code (v / 255 - mean) / std}, laid out {@code (3, S, S)}.
 *
 * <p>Without {@code keepAspect} the image is squashed to {@code S x S} (Pillow's
 * {@code resize((S, S), BILINEAR)}); with it, the shorter side is resized to S and the centre
 * {@code S x S} is cropped, as torchvision's {@code Resize(S)} then {@code CenterCrop(S)} do on a
 * PIL image (long side {@code int(S * long / short)}, crop offset {@code round((L - S) / 2)}).
 * Thread-safe.
 *
 * @param size S, the side of the square input
 * @param keepAspect resize the shorter side and crop the centre instead of squashing
 * @param mean the per-channel (R, G, B) mean of pixels scaled to [0, 1]
 * @param std the per-channel standard deviation
 */
public record ImagePreprocessor(int size, boolean keepAspect, float[] mean, float[] std) {

  /** ImageNet's channel means, the torchvision default. */
  public static final float[] IMAGENET_MEAN = {0.485f, 0.456f, 0.406f};

  /** ImageNet's channel standard deviations, the torchvision default. */
  public static final float[] IMAGENET_STD = {0.229f, 0.224f, 0.225f};

  public ImagePreprocessor {
    if (size <= 0) {
      throw new IllegalArgumentException("--size must be positive, got " + size);
    }
    if (mean.length != 3 || std.length != 3) {
      throw new IllegalArgumentException("mean and std need 3 values (R,G,B), got "
          + mean.length + " and " + std.length);
    }
    for (float s : std) {
      if (!(s > 0)) {
        throw new IllegalArgumentException("std values must be positive, got " + Arrays.toString(std));
      }
    }
    mean = mean.clone();
    std = std.clone();
  }

  /** The number of floats of one preprocessed image: {@code 3 * S * S}. */
  public int floatsPerImage() {
    return 3 * size * size;
  }

  /** Decodes {@code file} and writes its {@code (3, S, S)} input at {@code out[offset...]}. */
  public void preprocess(Path file, float[] out, int offset) throws IOException {
    normalise(resize(ImageDecoder.read(file)), out, offset);
  }

  /** The S x S RGB image the CNN sees, before normalisation. */
  public RgbImage resize(RgbImage image) {
    if (!keepAspect) {
      return PillowBilinear.resize(image, size, size);
    }
    int w = image.width();
    int h = image.height();
    int shortSide = Math.min(w, h);
    int longSide = (int) ((long) size * Math.max(w, h) / shortSide);
    int newW = w <= h ? size : longSide;
    int newH = w <= h ? longSide : size;
    RgbImage resized = PillowBilinear.resize(image, newW, newH);
    int left = (int) Math.rint((newW - size) / 2.0);
    int top = (int) Math.rint((newH - size) / 2.0);
    return resized.crop(left, top, size, size);
  }

  /** Writes the channel-first normalised floats of an S x S image at {@code out[offset...]}. */
  public void normalise(RgbImage image, float[] out, int offset) {
    if (image.width() != size || image.height() != size) {
      throw new IllegalArgumentException("expected a " + size + "x" + size + " image, got "
          + image.width() + "x" + image.height());
    }
    float[][] table = new float[3][256];
    for (int c = 0; c < 3; c++) {
      for (int v = 0; v < 256; v++) {
        table[c][v] = (float) ((v / 255.0 - mean[c]) / std[c]);
      }
    }
    byte[] px = image.pixels();
    int plane = size * size;
    for (int i = 0; i < plane; i++) {
      out[offset + i] = table[0][px[3 * i] & 0xff];
      out[offset + plane + i] = table[1][px[3 * i + 1] & 0xff];
      out[offset + 2 * plane + i] = table[2][px[3 * i + 2] & 0xff];
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%dx%d%s, mean %s, std %s", size, size,
        keepAspect ? " (shorter side, centre crop)" : "", Arrays.toString(mean), Arrays.toString(std));
  }
}
