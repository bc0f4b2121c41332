package org.s2s4j.evaluation.mt;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Python's {@code f"{x:.Nf}"}: the exact binary value rounded half-to-even. */
final class PyFormat {

  private PyFormat() {}

  static String fixed(double x, int digits) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return Double.isNaN(x) ? "nan" : (x > 0 ? "inf" : "-inf");
    }
    String s = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    if (x < 0 || (x == 0 && 1 / x < 0)) {
      if (!s.startsWith("-")) {
        s = "-" + s;
      }
    }
    return s;
  }
}
