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
    int n = line.length();
    StringBuilder a = new StringBuilder(n * 2 + 8);
    boolean anyPeriodComma = false;
    boolean anyDash = false;
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c < 128 && SYMBOL[c]) {
        a.append(' ').append(c).append(' ');
      } else {
        a.append(c);
        anyPeriodComma |= periodOrComma(c);
        anyDash |= c == '-';
      }
    }
    if (anyPeriodComma) {
      StringBuilder b = new StringBuilder(a.length() + 16);
      int m = a.length();
      int i = 0;
      while (i < m) {
        char c = a.charAt(i);
        if (i + 1 < m && !digit(c) && periodOrComma(a.charAt(i + 1))) {
          b.append(c).append(' ').append(a.charAt(i + 1)).append(' ');
          i += 2;
        } else {
          b.append(c);
          i++;
        }
      }
      a = new StringBuilder(b.length() + 16);
      m = b.length();
      i = 0;
      while (i < m) {
        char c = b.charAt(i);
        if (i + 1 < m && periodOrComma(c) && !digit(b.charAt(i + 1))) {
          a.append(' ').append(c).append(' ').append(b.charAt(i + 1));
          i += 2;
        } else {
          a.append(c);
          i++;
        }
      }
    }
    if (anyDash) {
      StringBuilder b = new StringBuilder(a.length() + 16);
      int m = a.length();
      int i = 0;
      while (i < m) {
        char c = a.charAt(i);
        if (i + 1 < m && digit(c) && a.charAt(i + 1) == '-') {
          b.append(c).append(' ').append('-').append(' ');
          i += 2;
        } else {
          b.append(c);
          i++;
        }
      }
      a = b;
    }
    return PyText.normalizeSpace(a);
  }
}
