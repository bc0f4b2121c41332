package org.s2s4j.captioning.image;

import java.util.Objects;

/**
 * An 8-bit RGB image, row-major and interleaved: the red, green and blue of pixel (x, y) are
 * {@code pixels[3 * (y * width + x)]} and the next two bytes (unsigned).
 */
public record RgbImage(int width, int height, byte[] pixels) {

  public RgbImage {
    Objects.requireNonNull(pixels, "pixels");
    if (width <= 0 || height <= 0 || pixels.length != 3L * width * height) {
      throw new IllegalArgumentException(pixels.length + " bytes for a " + width + "x" + height + " RGB image");
    }
  }

  /** Channel {@code c} (0 red, 1 green, 2 blue) of pixel (x, y), 0..255. */
  public int get(int x, int y, int c) {
    return pixels[3 * (y * width + x) + c] & 0xff;
  }

  /** The {@code w x h} region at ({@code left}, {@code top}), copied. */
  public RgbImage crop(int left, int top, int w, int h) {
    if (left < 0 || top < 0 || left + w > width || top + h > height) {
      throw new IllegalArgumentException("crop " + w + "x" + h + "+" + left + "+" + top
          + " outside a " + width + "x" + height + " image");
    }
    byte[] out = new byte[3 * w * h];
    for (int y = 0; y < h; y++) {
      System.arraycopy(pixels, 3 * ((top + y) * width + left), out, 3 * y * w, 3 * w);
    }
    return new RgbImage(w, h, out);
  }
}
