package org.s2s4j.evaluation.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PythonTextTest {

  @Test
  void splitDropsEmptyFieldsAndKnowsUnicodeWhitespace() {
    assertEquals(List.of("a", "b", "c"), PythonText.split("  a\u3000b\u00A0\tc "));
    assertEquals(List.of(), PythonText.split(""));
  }

  @Test
  void splitOnSpaceKeepsEmptyFields() {
    assertEquals(List.of(""), PythonText.splitOnSpace(""));
    assertEquals(List.of("a", "", "b", ""), PythonText.splitOnSpace("a  b "));
  }

  @Test
  void rstrip() {
    assertEquals(" a", PythonText.rstrip(" a \u2003\n"));
  }
}
