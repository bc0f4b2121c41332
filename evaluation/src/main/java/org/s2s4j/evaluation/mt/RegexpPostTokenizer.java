package org.s2s4j.evaluation.mt;

/**
 * The mteval-v13a regular expressions shared by the {@code 13a} and {@code zh} tokenizers, as
 * four linear scans. Each scan does exactly what sacreBLEU's {@code re.sub} does with its
 * two-character pattern (leftmost, non-overlapping matches):
 *
 * <ol>
 *   <li>{@code ([\{-\~\[-\` -\&\(-\+\:-\@\/])} → {@code " \1 "};
 *   <li>{@code ([^0-9])([\.,])} → {@code "\1 \2 "};
 *   <li>{@code ([\.,])([^0-9])} → {@code " \1 \2"};
 *   <li>{@code ([0-9])(-)} → {@code "\1 \2 "};
 * </ol>
 * then whitespace is normalized. Scanning UTF-16 units gives the same result as scanning code
 * points because every character the patterns name is ASCII.
 */
final class RegexpPostTokenizer {

  private static final boolean[] SYMBOL = new boolean[128];

  static {
    for (char c = '{'; c <= '~'; c++) {
      SYMBOL[c] = true;
    }
    for (char c = '['; c <= '`'; c++) {
      SYMBOL[c] = true;
    }
    for (char c = ' '; c <= '&'; c++) {
      SYMBOL[c] = true;
    }
    for (char c = '('; c <= '+'; c++) {
      SYMBOL[c] = true;
    }
    for (char c = ':'; c <= '@'; c++) {
      SYMBOL[c] = true;
    }
    SYMBOL['/'] = true;
  }

  private RegexpPostTokenizer() {}

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean periodOrComma(char c) {
    return c == '.' || c == ',';
  }

  static String apply(String line) {
    return apply(line, false);
  }

  /** With {@code pad}, as if {@code line} had a space added at each end (13a does so). */
  static String apply(String line, boolean pad) {
    int n = line.length();
    char[] a = new char[3 * n + 7];
    int m = 0;
    boolean anyPeriodComma = false;
    boolean anyDash = false;
    if (pad) {
      // Pass 1 turns the leading space into three.
      a[m++] = ' ';
      a[m++] = ' ';
      a[m++] = ' ';
    }
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c < 128 && SYMBOL[c]) {
        a[m++] = ' ';
        a[m++] = c;
        a[m++] = ' ';
      } else {
        a[m++] = c;
        anyPeriodComma |= periodOrComma(c);
        anyDash |= c == '-';
      }
    }
    if (pad) {
      a[m++] = ' ';
      a[m++] = ' ';
      a[m++] = ' ';
    }
    if (anyPeriodComma) {
      // ([^0-9])([\.,]) -> "\1 \2 "
      char[] b = new char[2 * m + 1];
      int k = 0;
      int i = 0;
      while (i < m) {
        char c = a[i];
        if (i + 1 < m && !digit(c) && periodOrComma(a[i + 1])) {
          b[k++] = c;
          b[k++] = ' ';
          b[k++] = a[i + 1];
          b[k++] = ' ';
          i += 2;
        } else {
          b[k++] = c;
          i++;
        }
      }
      // ([\.,])([^0-9]) -> " \1 \2"
      a = new char[2 * k + 1];
      m = 0;
      i = 0;
      while (i < k) {
        char c = b[i];
        if (i + 1 < k && periodOrComma(c) && !digit(b[i + 1])) {
          a[m++] = ' ';
          a[m++] = c;
          a[m++] = ' ';
          a[m++] = b[i + 1];
          i += 2;
        } else {
          a[m++] = c;
          i++;
        }
      }
    }
    if (anyDash) {
      // ([0-9])(-) -> "\1 \2 "
      char[] b = new char[2 * m + 1];
      int k = 0;
      int i = 0;
      while (i < m) {
        char c = a[i];
        if (i + 1 < m && digit(c) && a[i + 1] == '-') {
          b[k++] = c;
          b[k++] = ' ';
          b[k++] = '-';
          b[k++] = ' ';
          i += 2;
        } else {
          b[k++] = c;
          i++;
        }
      }
      a = b;
      m = k;
    }
    return PyText.normalizeSpace(a, m);
  }
}
