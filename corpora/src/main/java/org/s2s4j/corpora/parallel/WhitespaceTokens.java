package org.s2s4j.corpora.parallel;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokens of pre-tokenized text: maximal runs of characters that are not whitespace in the sense of
 * {@link Character#isWhitespace(int)}. A line of only whitespace has no tokens.
 */
public final class WhitespaceTokens {

  private WhitespaceTokens() {}

  /** The number of tokens in {@code line}, without building them. */
  public static int count(String line) {
    int count = 0;
    boolean inToken = false;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      boolean space = Character.isWhitespace(cp);
      if (!space && !inToken) {
        count++;
      }
      inToken = !space;
      i += Character.charCount(cp);
    }
    return count;
  }

  /** The tokens of {@code line}, in order. */
  public static List<String> split(String line) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      boolean space = Character.isWhitespace(cp);
      if (space && start >= 0) {
        tokens.add(line.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tokens.add(line.substring(start));
    }
    return tokens;
  }
}
