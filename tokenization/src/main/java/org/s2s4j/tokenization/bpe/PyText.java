package org.s2s4j.tokenization.bpe;

import java.util.ArrayList;
import java.util.List;

/** String operations with the semantics of the Python calls subword-nmt makes. */
final class PyText {

  private PyText() {}

  /** {@code c in '\r\n '}. */
  static boolean isStripChar(char c) {
    return c == ' ' || c == '\n' || c == '\r';
  }

  /** {@code s.strip('\r\n ')}. */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isStripChar(s.charAt(start))) {
      start++;
    }
    while (end > start && isStripChar(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** The non-empty parts of {@code s.strip('\r\n ').split(' ')}. */
  static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    String stripped = strip(s);
    int start = 0;
    for (int i = 0; i <= stripped.length(); i++) {
      if (i == stripped.length() || stripped.charAt(i) == ' ') {
        if (i > start) {
          words.add(stripped.substring(start, i));
        }
        start = i + 1;
      }
    }
    return words;
  }

  /** The code points of {@code word} as strings. */
  static String[] codePoints(String word) {
    return word.codePoints().mapToObj(Character::toString).toArray(String[]::new);
  }

  /** Python's string order: by code point, not by UTF-16 unit. */
  static int compare(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char ca = a.charAt(i);
      char cb = b.charAt(i);
      if (ca != cb) {
        if (Character.isSurrogate(ca) || Character.isSurrogate(cb)) {
          return Integer.compare(a.codePointAt(i), b.codePointAt(i));
        }
        return Character.compare(ca, cb);
      }
    }
    return Integer.compare(a.length(), b.length());
  }
}
