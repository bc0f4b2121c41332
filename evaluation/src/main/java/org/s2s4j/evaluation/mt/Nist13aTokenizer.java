package org.s2s4j.evaluation.mt;

/**
 * sacreBLEU's default {@code 13a} tokenizer, equivalent to mteval-v13a (used by WMT): unescapes
 * four HTML entities, then splits off punctuation and symbols, keeping {@code .} and {@code ,}
 * between digits.
 */
public final class Nist13aTokenizer implements BleuTokenizer {

  /** The tokenizer's name. */
  public static final String NAME = "13a";

  @Override
  public String signature() {
    return NAME;
  }

  @Override
  public String tokenize(String line) {
    if (line.indexOf('<') >= 0) {
      line = line.replace("<skipped>", "");
    }
    if (line.indexOf('\n') >= 0) {
      line = line.replace("-\n", "");
      line = line.replace("\n", " ");
    }
    if (line.indexOf('&') >= 0) {
      line = line.replace("&quot;", "\"");
      line = line.replace("&amp;", "&");
      line = line.replace("&lt;", "<");
      line = line.replace("&gt;", ">");
    }
    return RegexpPostTokenizer.apply(line, true);
  }
}
