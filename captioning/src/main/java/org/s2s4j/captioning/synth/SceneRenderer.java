package org.s2s4j.captioning.synth;

/**
 * Draws a {@link Scene} pixel by pixel with integer tests ({@link ShapeKind#covers}), no
 * antialiasing and no Java2D, so the pixels are the same on every JVM; encodes it as a palette
 * PNG ({@link PalettePng}). Palette index 0 is the white background, index {@code 1 + c} colour
 * {@code c} of {@link ShapeColour}.
 */
final class SceneRenderer {

  private static final int[] PALETTE = palette();

  private SceneRenderer() {}

  /** The palette index of every pixel, row by row. */
  static byte[] indices(Scene scene) {
    int w = scene.width();
    byte[] px = new byte[w * scene.height()];
    for (Shape s : scene.shapes()) {
      int r = s.radius();
      byte index = (byte) (1 + s.colour().ordinal());
      for (int y = Math.max(0, s.y() - r); y <= Math.min(scene.height() - 1, s.y() + r); y++) {
        for (int x = Math.max(0, s.x() - r); x <= Math.min(w - 1, s.x() + r); x++) {
          if (s.covers(x, y)) {
            px[y * w + x] = index;
          }
        }
      }
    }
    return px;
  }

  /** The scene as PNG bytes. */
  static byte[] png(Scene scene) {
    return PalettePng.encode(scene.width(), scene.height(), indices(scene), PALETTE);
  }

  private static int[] palette() {
    ShapeColour[] colours = ShapeColour.values();
    int[] p = new int[1 + colours.length];
    p[0] = ShapeColour.BACKGROUND;
    for (ShapeColour c : colours) {
      p[1 + c.ordinal()] = c.rgb();
    }
    return p;
  }
}
