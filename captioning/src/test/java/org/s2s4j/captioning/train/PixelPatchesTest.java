package org.s2s4j.captioning.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PixelPatchesTest {

  @TempDir Path dir;

  /** A 4x4 image whose red channel is 16 * y + x, green 100, blue 255 - red. */
  private Path image(String name) throws IOException {
    BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 4; x++) {
        int r = 16 * y + x;
        img.setRGB(x, y, (r << 16) | (100 << 8) | (255 - r));
      }
    }
    Path file = dir.resolve(name);
    ImageIO.write(img, "png", file.toFile());
    return file;
  }

  @Test
  void cutsPatchesWithTheirPositionsIntoABatch() throws Exception {
    image("a.png");
    FeatureSpec spec = FeatureSpec.pixels(4, 2, 2);
    assertEquals(3 * 2 * 2 + 2, spec.channels());
    PixelPatches table = PixelPatches.read(spec, dir, List.of(new CaptionedImage("1", true, "a.png", List.of("x"))),
        dir.resolve("ann.json"));
    assertEquals(4, table.positions(0));
    try (NDManager m = Engine.getEngine("MXNet").newBaseManager()) {
      NDList arrays = table.create(m, List.of(new int[] {0}, new int[] {0}));
      assertEquals(new Shape(2, 4, 14), arrays.get(0).getShape());
      assertEquals(4, arrays.get(1).toIntArray()[1]);
      float[] f = arrays.get(0).toFloatArray();
      // position 3: the bottom-right patch, pixels (2,2) (3,2) (2,3) (3,3), RGB each, then x and y
      int p = 3 * 14;
      int[] reds = {16 * 2 + 2, 16 * 2 + 3, 16 * 3 + 2, 16 * 3 + 3};
      for (int k = 0; k < 4; k++) {
        assertEquals(reds[k] / 255f - 0.5f, f[p + 3 * k], 1e-6);
        assertEquals(100 / 255f - 0.5f, f[p + 3 * k + 1], 1e-6);
        assertEquals((255 - reds[k]) / 255f - 0.5f, f[p + 3 * k + 2], 1e-6);
      }
      assertEquals(0.25f, f[p + 12], 1e-6);
      assertEquals(0.25f, f[p + 13], 1e-6);
      assertEquals(-0.25f, f[12], 1e-6);
      assertThrows(IllegalArgumentException.class, () -> table.create(m, List.of(new int[] {1})));
    }
  }

  @Test
  void namesTheMissingImageAndItsAnnotationFile() throws Exception {
    Path ann = dir.resolve("captions.json");
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> PixelPatches.read(FeatureSpec.pixels(4, 2, 2),
        dir, List.of(new CaptionedImage("9", true, "9.png", List.of())), ann));
    assertTrue(e.getMessage().contains("9.png: image 9 of " + ann + " not found"), e.getMessage());
    Files.writeString(dir.resolve("broken.png"), "not a png");
    IOException bad = assertThrows(IOException.class, () -> PixelPatches.read(FeatureSpec.pixels(4, 2, 2), dir,
        List.of(new CaptionedImage("b", false, "broken.png", List.of())), ann));
    assertTrue(bad.getMessage().contains("broken.png: cannot read image b"), bad.getMessage());
  }
}
