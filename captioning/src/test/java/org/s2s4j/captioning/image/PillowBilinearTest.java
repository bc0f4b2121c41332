package org.s2s4j.captioning.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PillowBilinearTest {

  private static RgbImage grey(int w, int h, int... values) {
    byte[] px = new byte[3 * w * h];
    for (int i = 0; i < w * h; i++) {
      px[3 * i] = px[3 * i + 1] = px[3 * i + 2] = (byte) values[i];
    }
    return new RgbImage(w, h, px);
  }

  private static int[] red(RgbImage image) {
    int[] out = new int[image.width() * image.height()];
    for (int i = 0; i < out.length; i++) {
      out[i] = image.pixels()[3 * i] & 0xff;
    }
    return out;
  }

  @Test
  void halvingAveragesPairsLikeABoxBecauseTheTriangleWidens() {
    // 4 -> 2: scale 2, support 2; output 0 centre 1.0 sees inputs 0..2 with weights
    // tri((0-1+.5)/2)=.75, tri(.25)=.75, tri(.75)=.25 -> (.75*0 + .75*100 + .25*200) / 1.75 = 71.43.
    RgbImage out = PillowBilinear.resize(grey(4, 1, 0, 100, 200, 40), 2, 1);
    // output 1 centre 3.0 sees inputs 1..3: .25*100 + .75*200 + .75*40 over 1.75 = 117.14.
    assertArrayEquals(new int[] {71, 117}, red(out));
  }

  @Test
  void coefficientsMatchPillowsPrecomputation() {
    PillowBilinear.Coefficients k = PillowBilinear.Coefficients.of(4, 2);
    assertEquals(5, k.ksize); // ceil(2) * 2 + 1
    assertArrayEquals(new int[] {0, 3, 1, 3}, k.bounds);
    assertEquals(0.75 / 1.75, k.weights[0], 1e-15);
    assertEquals(0.25 / 1.75, k.weights[2], 1e-15);
    // 22-bit fixed point, rounded half away from zero.
    assertEquals((int) (0.5 + 0.75 / 1.75 * (1 << 22)), k.fixed[0]);
  }

  @Test
  void upscalingInterpolatesBetweenNeighbours() {
    // 2 -> 4: scale .5, support 1; output 1 centre .75 sees inputs 0 and 1 with tri(-.25) = .75 and
    // tri(.75) = .25: 0.75*0 + 0.25*200 = 50; output 0 (centre .25) sees only input 0.
    assertArrayEquals(new int[] {0, 50, 150, 200}, red(PillowBilinear.resize(grey(2, 1, 0, 200), 4, 1)));
  }

  @Test
  void theSameSizeIsACopy() {
    RgbImage image = grey(2, 2, 1, 2, 3, 4);
    assertArrayEquals(image.pixels(), PillowBilinear.resize(image, 2, 2).pixels());
  }

  @Test
  void keepAspectResizesTheShorterSideAndCropsTheCentre() {
    ImagePreprocessor pre = new ImagePreprocessor(2, true, new float[] {0, 0, 0}, new float[] {1, 1, 1});
    // 8x4 -> shorter side 2 -> 4x2, crop the middle 2 columns.
    int[] values = new int[32];
    for (int i = 0; i < 32; i++) {
      values[i] = (i % 8) * 30;
    }
    RgbImage resized = pre.resize(grey(8, 4, values));
    assertEquals(2, resized.width());
    assertEquals(2, resized.height());
    RgbImage full = PillowBilinear.resize(grey(8, 4, values), 4, 2);
    assertArrayEquals(full.crop(1, 0, 2, 2).pixels(), resized.pixels());
  }
}
