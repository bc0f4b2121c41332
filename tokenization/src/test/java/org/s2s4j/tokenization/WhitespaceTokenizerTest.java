package org.s2s4j.tokenization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhitespaceTokenizerTest {

  /**
   * Every code point for which CPython 3.11 (Unicode 14) says {@code chr(c).isspace()}, and so
   * where {@code str.split()} splits: {@code [c for c in range(0x110000) if chr(c).isspace()]}.
   */
  private static final int[] PYTHON_ISSPACE = {0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f,
      0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
      0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000};

  @Test
  void whitespaceIsWhatPythonsSplitSplitsAt() {
    List<Integer> java = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (WhitespaceTokenizer.isWhitespace(cp)) {
        java.add(cp);
      }
    }
    assertEquals(java.size(), PYTHON_ISSPACE.length);
    for (int i = 0; i < PYTHON_ISSPACE.length; i++) {
      assertEquals(PYTHON_ISSPACE[i], java.get(i), "at " + i);
    }
  }

  @Test
  void splitsOnRunsOfAnyWhitespace() {
    String line = " ein\thund \u2003 .\u00a0da\u0085\n";
    assertEquals(List.of("ein", "hund", ".", "da"), WhitespaceTokenizer.split(line));
    assertEquals(4, WhitespaceTokenizer.count(line));
    assertEquals(WhitespaceTokenizer.split(line), new WhitespaceTokenizer().tokenize(line));
  }

  @Test
  void blankLinesHaveNoTokens() {
    assertEquals(List.of(), WhitespaceTokenizer.split(" \t\u00a0"));
    assertEquals(List.of(), WhitespaceTokenizer.split(""));
    assertEquals(0, WhitespaceTokenizer.count(" \u3000 "));
    assertEquals(0, WhitespaceTokenizer.count(""));
  }

  @Test
  void supplementaryCharactersStayWhole() {
    assertEquals(List.of("🐕", "dog"), WhitespaceTokenizer.split("🐕 dog"));
    assertEquals(2, WhitespaceTokenizer.count("🐕 dog"));
  }
}
