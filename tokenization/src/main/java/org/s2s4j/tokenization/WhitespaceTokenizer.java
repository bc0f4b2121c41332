package org.s2s4j.tokenization;

import java.util.ArrayList;
import java.util.List;

/** Splits at runs of whitespace ({@link Character#isWhitespace} or a no-break space). */
public final class WhitespaceTokenizer implements Tokenizer {

  /** The registry name of this scheme. */
  public static final String NAME = "whitespace";

  @Override
  public List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean space = isSpace(cp);
      if (space && start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }
}
