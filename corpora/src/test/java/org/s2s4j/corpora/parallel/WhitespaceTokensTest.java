package org.s2s4j.corpora.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhitespaceTokensTest {

  @Test
  void splitsOnRunsOfAnyWhitespace() {
    assertEquals(List.of("ein", "hund", "."), WhitespaceTokens.split(" ein\thund \u2003 .\n"));
    assertEquals(3, WhitespaceTokens.count(" ein\thund \u2003 .\n"));
  }

  @Test
  void blankLinesHaveNoTokens() {
    assertEquals(List.of(), WhitespaceTokens.split(" \t "));
    assertEquals(0, WhitespaceTokens.count(""));
  }

  @Test
  void supplementaryCharactersStayWhole() {
    assertEquals(List.of("🐕", "dog"), WhitespaceTokens.split("🐕 dog"));
  }
}
