package org.s2s4j.evaluation.caption.meteor;

import java.util.ArrayList;
import java.util.List;

/**
 * Word splitting as the reference does it ({@code java.util.StringTokenizer} with its default
 * delimiters): words are separated by runs of space, tab, newline, carriage return and form feed
 * only, so other Unicode spaces stay inside words.
 */
public final class MeteorWords {

  private MeteorWords() {
  }

  /** The words of {@code line}. */
  public static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < line.length(); i++) {
      if (isDelimiter(line.charAt(i))) {
        if (start >= 0) {
          words.add(line.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      words.add(line.substring(start));
    }
    return words;
  }

  private static boolean isDelimiter(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
