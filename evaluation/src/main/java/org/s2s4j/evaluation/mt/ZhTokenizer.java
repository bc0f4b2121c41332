package org.s2s4j.evaluation.mt;

/**
 * sacreBLEU's {@code zh} tokenizer: every Chinese character is a token, the rest goes through the
 * 13a regular expressions.
 *
 * <p>The character ranges are sacreBLEU's, including two of its quirks: its ranges written
 * {@code '\u20000'..'\u2a6d6'} and {@code '\u2f800'..'\u2fa1d'} are two-character Python strings,
 * so they really cover U+2001..U+2A6D and U+2F81..U+2FA1, and no character outside the BMP.
 */
public final class ZhTokenizer implements BleuTokenizer {

  /** The tokenizer's name. */
  public static final String NAME = "zh";

  private static final int[][] RANGES = {
      {0x3400, 0x4db5}, {0x4e00, 0x9fa5}, {0x9fa6, 0x9fbb}, {0xf900, 0xfa2d}, {0xfa30, 0xfa6a},
      {0xfa70, 0xfad9}, {0x2001, 0x2a6d}, {0x2f81, 0x2fa1}, {0xff00, 0xffef}, {0x2e80, 0x2eff},
      {0x3000, 0x303f}, {0x31c0, 0x31ef}, {0x2f00, 0x2fdf}, {0x2ff0, 0x2fff}, {0x3100, 0x312f},
      {0x31a0, 0x31bf}, {0xfe10, 0xfe1f}, {0xfe30, 0xfe4f}, {0x2600, 0x26ff}, {0x2700, 0x27bf},
      {0x3200, 0x32ff}, {0x3300, 0x33ff},
  };

  @Override
  public String signature() {
    return NAME;
  }

  static boolean isChineseChar(int cp) {
    for (int[] r : RANGES) {
      if (cp >= r[0] && cp <= r[1]) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String tokenize(String line) {
    line = PyText.strip(line);
    StringBuilder sb = new StringBuilder(line.length() * 2);
    line.codePoints().forEach(cp -> {
      if (isChineseChar(cp)) {
        sb.append(' ').appendCodePoint(cp).append(' ');
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return RegexpPostTokenizer.apply(sb.toString());
  }
}
