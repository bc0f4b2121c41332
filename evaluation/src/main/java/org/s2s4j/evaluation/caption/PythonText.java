package org.s2s4j.evaluation.caption;

import java.util.ArrayList;
import java.util.List;

/**
 * The few Python {@code str} operations the reference scorers rely on, with Python's semantics:
 * {@code split()} and {@code rstrip()} treat every Unicode whitespace character Python knows as a
 * separator (including U+00A0 and U+3000), {@code split(" ")} keeps empty fields.
 */
final class PythonText {

  private PythonText() {}

  /** Python's {@code str.isspace()} for one character ({@code Py_UNICODE_ISSPACE}). */
  static boolean isSpace(int c) {
    switch (c) {
      case '\t', '\n', 0x0B, 0x0C, '\r', 0x1C, 0x1D, 0x1E, 0x1F, ' ', 0x85, 0xA0, 0x1680,
          0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> {
        return true;
      }
      default -> {
        return c >= 0x2000 && c <= 0x200A;
      }
    }
  }

  /** Python's {@code s.split()}: fields between runs of whitespace, never empty. */
  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(s.substring(start, i));
      }
    }
    return out;
  }

  /** Python's {@code s.split(" ")}: fields between single spaces, empty fields kept. */
  static List<String> splitOnSpace(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', start)) {
      out.add(s.substring(start, i));
      start = i + 1;
    }
    out.add(s.substring(start));
    return out;
  }

  /** Python's {@code s.rstrip()}. */
  static String rstrip(String s) {
    int end = s.length();
    while (end > 0 && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }
}
