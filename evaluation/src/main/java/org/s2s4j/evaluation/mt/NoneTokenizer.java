package org.s2s4j.evaluation.mt;

/** sacreBLEU's {@code none} tokenizer: the text is used as it is (already tokenized input). */
public final class NoneTokenizer implements BleuTokenizer {

  /** The tokenizer's name. */
  public static final String NAME = "none";

  @Override
  public String signature() {
    return NAME;
  }

  @Override
  public String tokenize(String line) {
    return line;
  }
}
