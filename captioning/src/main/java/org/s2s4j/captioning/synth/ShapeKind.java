package org.s2s4j.captioning.synth;

import java.util.Locale;

/** What a shape is, with the pixels it covers around its centre. */
public enum ShapeKind {
  /** The pixels within about {@code r} of the centre ({@code dx² + dy² <= r² + r}: no single-pixel tips). */
  CIRCLE("circle", "circles"),
  /** A {@code 2r-1} by {@code 2r-1} square: about the circle's area. */
  SQUARE("square", "squares"),
  /** Apex {@code r} above the centre, base {@code r} below it and {@code 2r} wide. */
  TRIANGLE("triangle", "triangles"),
  /** A square standing on a corner: {@code |dx| + |dy| <= r}. */
  DIAMOND("diamond", "diamonds");

  private final String singular;
  private final String plural;

  ShapeKind(String singular, String plural) {
    this.singular = singular;
    this.plural = plural;
  }

  /** The noun: {@code circle} or {@code circles}. */
  public String word(boolean plural) {
    return plural ? this.plural : singular;
  }

  /** Whether the pixel at offset ({@code dx}, {@code dy}) from the centre is inside, for radius {@code r}. */
  public boolean covers(int dx, int dy, int r) {
    return switch (this) {
      case CIRCLE -> dx * dx + dy * dy <= r * r + r;
      case SQUARE -> Math.abs(dx) < r && Math.abs(dy) < r;
      case TRIANGLE -> dy >= -r && dy <= r && 2 * Math.abs(dx) <= dy + r;
      case DIAMOND -> Math.abs(dx) + Math.abs(dy) <= r;
    };
  }

  /** The kind named by its singular noun. */
  public static ShapeKind of(String word) {
    return valueOf(word.toUpperCase(Locale.ROOT));
  }
}
