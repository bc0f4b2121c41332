package org.s2s4j.captioning.synth;

import java.util.Locale;

/** A shape's colour: its English word and its exact RGB. */
public enum ShapeColour {
  RED(0xdc1e1e),
  GREEN(0x1ea03c),
  BLUE(0x2846dc),
  YELLOW(0xf0c814),
  PURPLE(0x8c32aa),
  ORANGE(0xf58214);

  /** The background of every picture. */
  public static final int BACKGROUND = 0xffffff;

  private final int rgb;

  ShapeColour(int rgb) {
    this.rgb = rgb;
  }

  /** The colour as {@code 0xRRGGBB}. */
  public int rgb() {
    return rgb;
  }

  /** The adjective: {@code red}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The colour named by its adjective. */
  public static ShapeColour of(String word) {
    return valueOf(word.toUpperCase(Locale.ROOT));
  }
}
