package org.s2s4j.evaluation.mt;

/** sacreBLEU's {@code char} tokenizer: every code point is a token (whitespace is dropped). */
public final class CharTokenizer implements BleuTokenizer {

  /** The tokenizer's name. */
  public static final String NAME = "char";

  @Override
  public String signature() {
    return NAME;
  }

  @Override
  public String tokenize(String line) {
    StringBuilder sb = new StringBuilder(line.length() * 2);
    line.codePoints().forEach(cp -> {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.appendCodePoint(cp);
    });
    return sb.toString();
  }
}
