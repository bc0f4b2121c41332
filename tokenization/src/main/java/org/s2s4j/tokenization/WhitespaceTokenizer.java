package org.s2s4j.tokenization;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits at runs of whitespace: s2s4j's one definition of "split at whitespace", used to read
 * tokenized text in training, in translation and in the corpus commands.
 *
 * <p>Whitespace is what Python's {@code str.split()} splits at (so what JoeyNMT, OpenNMT-py and
 * sacreBLEU's {@code tokenize none} do): the Unicode {@code White_Space} characters (tab, line
 * feed, VT, FF, CR, space, U+0085, the no-break space U+00A0, U+1680, U+2000..U+200A such as the
 * em space U+2003, U+2028, U+2029, U+202F, U+205F, U+3000) and the information separators
 * U+001C..U+001F. A no-break space separates tokens like a space does.
 */
public final class WhitespaceTokenizer implements Tokenizer {

  /** The registry name of this scheme. */
  public static final String NAME = "whitespace";

  @Override
  public List<String> tokenize(String text) {
    return split(text);
  }

  /** Whether {@code cp} is whitespace as defined above (Python's {@code str.isspace()}). */
  public static boolean isWhitespace(int cp) {
    // isWhitespace: Zs/Zl/Zp except the no-break spaces, tab..CR, U+001C..U+001F;
    // isSpaceChar adds the no-break spaces U+00A0, U+2007, U+202F; U+0085 is a control
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }

  /** The tokens of {@code line}: its maximal runs of non-whitespace, in order. */
  public static List<String> split(String line) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      boolean space = isWhitespace(cp);
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

  /** The number of tokens {@link #split} would give, without building them. */
  public static int count(String line) {
    int count = 0;
    boolean inToken = false;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      boolean space = isWhitespace(cp);
      if (!space && !inToken) {
        count++;
      }
      inToken = !space;
      i += Character.charCount(cp);
    }
    return count;
  }
}
