package org.s2s4j.evaluation.mt;

import java.util.regex.Pattern;

/** sacreBLEU's 13a tokenizer written with its regular expressions, to check the fast version. */
final class Regex13aReference {

  private static final Pattern P1 = Pattern.compile("([\\{-\\~\\[-\\` -\\&\\(-\\+\\:-\\@\\/])");
  private static final Pattern P2 = Pattern.compile("([^0-9])([\\.,])");
  private static final Pattern P3 = Pattern.compile("([\\.,])([^0-9])");
  private static final Pattern P4 = Pattern.compile("([0-9])(-)");

  private Regex13aReference() {}

  static String tokenize(String line) {
    line = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ");
    line = line.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<")
        .replace("&gt;", ">");
    line = " " + line + " ";
    line = P1.matcher(line).replaceAll(" $1 ");
    line = P2.matcher(line).replaceAll("$1 $2 ");
    line = P3.matcher(line).replaceAll(" $1 $2");
    line = P4.matcher(line).replaceAll("$1 $2 ");
    return PyText.normalizeSpace(line);
  }
}
