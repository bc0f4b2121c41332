package org.s2s4j.captioning.synth;

import java.util.Objects;

/**
 * One shape of a scene.
 *
 * @param kind what it is
 * @param colour its colour
 * @param size its size class
 * @param x the column of its centre pixel
 * @param y the row of its centre pixel
 * @param radius its radius in pixels (from {@code size} and the picture's side)
 */
public record Shape(ShapeKind kind, ShapeColour colour, ShapeSize size, int x, int y, int radius) {

  public Shape {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(size, "size");
    if (radius < 1) {
      throw new IllegalArgumentException("radius must be >= 1: " + radius);
    }
  }

  /** Whether pixel ({@code px}, {@code py}) is inside. */
  public boolean covers(int px, int py) {
    return kind.covers(px - x, py - y, radius);
  }

  /** Whether this and {@code other} have the same kind and colour (a caption cannot tell them apart but by size). */
  public boolean looksLike(Shape other) {
    return kind == other.kind && colour == other.colour;
  }
}
