package org.s2s4j.captioning.image;

/**
 * Resizes 8-bit RGB images exactly as Pillow's {@code Image.resize(size, Image.BILINEAR)} does
 * (libImaging/Resample.c, unchanged since Pillow 4): a separable triangle filter whose support
 * grows with the downscale factor (so shrinking also antialiases), coefficients normalised per
 * output pixel and rounded to 22-bit fixed point, the horizontal pass first with its result
 * rounded to 8 bits, then the vertical pass. For the same decoded pixels the output is the same
 * bytes as Pillow's.
 */
public final class PillowBilinear {

  private static final int PRECISION_BITS = 32 - 8 - 2;

  private PillowBilinear() {}

  /** {@code image} resized to {@code width x height} (the aspect ratio is not kept). */
  public static RgbImage resize(RgbImage image, int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("size must be positive, got " + width + "x" + height);
    }
    RgbImage out = image;
    Coefficients vertical = Coefficients.of(image.height(), height);
    // Pillow resamples only the rows the vertical pass will read.
    int firstRow = vertical.bounds[0];
    int lastRow = vertical.bounds[2 * (height - 1)] + vertical.bounds[2 * (height - 1) + 1];
    if (width != image.width()) {
      out = horizontal(image, firstRow, lastRow - firstRow, Coefficients.of(image.width(), width));
      for (int i = 0; i < height; i++) {
        vertical.bounds[2 * i] -= firstRow;
      }
    }
    if (height != image.height()) {
      out = vertical(out, vertical);
    }
    return out == image ? new RgbImage(width, height, image.pixels().clone()) : out;
  }

  private static RgbImage horizontal(RgbImage in, int firstRow, int rows, Coefficients k) {
    int outWidth = k.outSize;
    byte[] src = in.pixels();
    byte[] dst = new byte[3 * outWidth * rows];
    int inWidth = in.width();
    for (int y = 0; y < rows; y++) {
      int rowStart = 3 * (y + firstRow) * inWidth;
      for (int x = 0; x < outWidth; x++) {
        int min = k.bounds[2 * x];
        int count = k.bounds[2 * x + 1];
        int base = x * k.ksize;
        int s0 = 1 << (PRECISION_BITS - 1);
        int s1 = s0;
        int s2 = s0;
        for (int i = 0; i < count; i++) {
          int at = rowStart + 3 * (min + i);
          int w = k.fixed[base + i];
          s0 += (src[at] & 0xff) * w;
          s1 += (src[at + 1] & 0xff) * w;
          s2 += (src[at + 2] & 0xff) * w;
        }
        int o = 3 * (y * outWidth + x);
        dst[o] = clip8(s0);
        dst[o + 1] = clip8(s1);
        dst[o + 2] = clip8(s2);
      }
    }
    return new RgbImage(outWidth, rows, dst);
  }

  private static RgbImage vertical(RgbImage in, Coefficients k) {
    int outHeight = k.outSize;
    int width = in.width();
    byte[] src = in.pixels();
    byte[] dst = new byte[3 * width * outHeight];
    for (int y = 0; y < outHeight; y++) {
      int min = k.bounds[2 * y];
      int count = k.bounds[2 * y + 1];
      int base = y * k.ksize;
      for (int x = 0; x < width; x++) {
        int s0 = 1 << (PRECISION_BITS - 1);
        int s1 = s0;
        int s2 = s0;
        for (int i = 0; i < count; i++) {
          int at = 3 * ((min + i) * width + x);
          int w = k.fixed[base + i];
          s0 += (src[at] & 0xff) * w;
          s1 += (src[at + 1] & 0xff) * w;
          s2 += (src[at + 2] & 0xff) * w;
        }
        int o = 3 * (y * width + x);
        dst[o] = clip8(s0);
        dst[o + 1] = clip8(s1);
        dst[o + 2] = clip8(s2);
      }
    }
    return new RgbImage(width, outHeight, dst);
  }

  private static byte clip8(int value) {
    int v = value >> PRECISION_BITS;
    return (byte) (v < 0 ? 0 : Math.min(v, 255));
  }

  /** Per output pixel: the first input pixel, how many are used, and their fixed-point weights. */
  static final class Coefficients {
    final int outSize;
    final int ksize;
    final int[] bounds;
    final int[] fixed;
    final double[] weights;

    private Coefficients(int outSize, int ksize, int[] bounds, double[] weights) {
      this.outSize = outSize;
      this.ksize = ksize;
      this.bounds = bounds;
      this.weights = weights;
      this.fixed = new int[weights.length];
      for (int i = 0; i < weights.length; i++) {
        double w = weights[i] * (1 << PRECISION_BITS);
        fixed[i] = (int) (w < 0 ? -0.5 + w : 0.5 + w);
      }
    }

    /** Pillow's {@code precompute_coeffs} for the box (0, inSize) and the bilinear filter. */
    static Coefficients of(int inSize, int outSize) {
      double scale = (double) inSize / outSize;
      double filterScale = Math.max(scale, 1.0);
      double support = 1.0 * filterScale;
      int ksize = (int) Math.ceil(support) * 2 + 1;
      int[] bounds = new int[2 * outSize];
      double[] k = new double[outSize * ksize];
      for (int xx = 0; xx < outSize; xx++) {
        double center = (xx + 0.5) * scale;
        double ss = 1.0 / filterScale;
        int xmin = Math.max((int) (center - support + 0.5), 0);
        int xmax = Math.min((int) (center + support + 0.5), inSize) - xmin;
        double ww = 0;
        for (int x = 0; x < xmax; x++) {
          double w = triangle((x + xmin - center + 0.5) * ss);
          k[xx * ksize + x] = w;
          ww += w;
        }
        if (ww != 0) {
          for (int x = 0; x < xmax; x++) {
            k[xx * ksize + x] /= ww;
          }
        }
        bounds[2 * xx] = xmin;
        bounds[2 * xx + 1] = xmax;
      }
      return new Coefficients(outSize, ksize, bounds, k);
    }

    private static double triangle(double x) {
      double a = Math.abs(x);
      return a < 1.0 ? 1.0 - a : 0.0;
    }
  }
}
