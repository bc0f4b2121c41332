package org.s2s4j.evaluation.mt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Python {@code str} semantics that the metrics depend on: whitespace, split, strip, lower. */
final class PyText {

  private PyText() {}

  /** Python's {@code str.isspace()} for one code point. */
  static boolean isSpace(int cp) {
    if (cp <= 0x20) {
      return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    }
    if (cp < 0x85) {
      return false;
    }
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A)
        || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
  }

  /** Python's {@code s.split()}: runs of whitespace separate, no empty tokens. */
  static List<String> split(CharSequence s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      while (i < n && !isSpace(s.charAt(i))) {
        i++;
      }
      out.add(s.subSequence(start, i).toString());
    }
    return out;
  }

  /** Python's {@code ' '.join(s.split())}. */
  static String normalizeSpace(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      while (i < n && !isSpace(s.charAt(i))) {
        sb.append(s.charAt(i));
        i++;
      }
    }
    return sb.toString();
  }

  /** Python's {@code ' '.join(s.split())} of the first {@code n} characters of {@code s}. */
  static String normalizeSpace(char[] s, int n) {
    char[] out = new char[n];
    int m = 0;
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(s[i])) {
        i++;
      }
      if (i >= n) {
        break;
      }
      if (m > 0) {
        out[m++] = ' ';
      }
      while (i < n && !isSpace(s[i])) {
        out[m++] = s[i++];
      }
    }
    return new String(out, 0, m);
  }

  /** Python's {@code s.rstrip()}. */
  static String rstrip(String s) {
    int end = s.length();
    while (end > 0 && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  /** Python's {@code s.strip()}. */
  static String strip(String s) {
    String r = rstrip(s);
    int start = 0;
    while (start < r.length() && isSpace(r.charAt(start))) {
      start++;
    }
    return r.substring(start);
  }

  /** Python's {@code ''.join(s.split())}: every whitespace character removed. */
  static String removeSpace(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Python's {@code s.lower()} (full Unicode lower-casing, locale-independent). */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
