package org.s2s4j.captioning.synth;

import java.util.List;
import java.util.Locale;

/** A shape's size class, with its radius relative to the picture and its English words. */
public enum ShapeSize {
  SMALL(5, List.of("small", "little")),
  LARGE(9, List.of("large", "big"));

  private final int radiusIn64;
  private final List<String> words;

  ShapeSize(int radiusIn64, List<String> words) {
    this.radiusIn64 = radiusIn64;
    this.words = words;
  }

  /** The radius in pixels in a picture whose shorter side is {@code side} pixels. */
  public int radius(int side) {
    return Math.max(2, (radiusIn64 * side + 32) / 64);
  }

  /** The adjectives that say this size, first the plain one. */
  public List<String> words() {
    return words;
  }

  /** The size one of whose adjectives is {@code word}, or the constant's name in any case. */
  public static ShapeSize of(String word) {
    for (ShapeSize s : values()) {
      if (s.words.contains(word)) {
        return s;
      }
    }
    return valueOf(word.toUpperCase(Locale.ROOT));
  }
}
