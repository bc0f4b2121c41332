package org.s2s4j.tokenization;

import java.util.ArrayList;
import java.util.List;

/**
 * One token per Unicode code point (not per UTF-16 char); whitespace is dropped, so word
 * boundaries cannot be restored. Meant for toy data and tests.
 */
public final class CharTokenizer implements Tokenizer {

  /** The registry name of this scheme. */
  public static final String NAME = "char";

  @Override
  public List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>(text.length());
    text.codePoints()
        .filter(cp -> !WhitespaceTokenizer.isWhitespace(cp))
        .forEach(cp -> tokens.add(new String(Character.toChars(cp))));
    return tokens;
  }
}
