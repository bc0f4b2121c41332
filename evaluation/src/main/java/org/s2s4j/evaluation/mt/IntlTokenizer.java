package org.s2s4j.evaluation.mt;

import java.util.regex.Pattern;

/**
 * sacreBLEU's {@code intl} tokenizer (mteval-v14 international): splits off Unicode punctuation
 * unless it sits between digits, and every Unicode symbol.
 *
 * <p>The categories are Java's ({@code \p{P}}, {@code \p{S}}, {@code \p{N}}). They agree with
 * Python's {@code regex} module for every code point that Java 17's Unicode 13 assigns; code points
 * assigned only in Unicode 14 or later are neither punctuation nor symbols here.
 */
public final class IntlTokenizer implements BleuTokenizer {

  /** The tokenizer's name. */
  public static final String NAME = "intl";

  private static final Pattern PUNCT_AFTER_NON_NUMBER = Pattern.compile("(\\P{N})(\\p{P})");
  private static final Pattern PUNCT_BEFORE_NON_NUMBER = Pattern.compile("(\\p{P})(\\P{N})");
  private static final Pattern SYMBOL = Pattern.compile("(\\p{S})");

  @Override
  public String signature() {
    return NAME;
  }

  @Override
  public String tokenize(String line) {
    line = PUNCT_AFTER_NON_NUMBER.matcher(line).replaceAll("$1 $2 ");
    line = PUNCT_BEFORE_NON_NUMBER.matcher(line).replaceAll(" $1 $2");
    line = SYMBOL.matcher(line).replaceAll(" $1 ");
    return PyText.normalizeSpace(line);
  }
}
