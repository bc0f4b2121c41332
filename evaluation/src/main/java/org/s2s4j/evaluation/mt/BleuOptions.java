package org.s2s4j.evaluation.mt;

import java.util.OptionalDouble;

/**
 * BLEU settings, sacreBLEU's defaults unless changed: tokenizer {@code 13a}, case-sensitive,
 * {@code exp} smoothing, n-grams up to 4, no effective order. Each setter returns a new instance.
 *
 * <pre>{@code
 * BleuOptions.defaults().tokenize("none").lowercase(true)
 * }</pre>
 */
public final class BleuOptions {

  private final String tokenize;
  private final boolean lowercase;
  private final BleuSmoothing smoothing;
  private final OptionalDouble smoothValue;
  private final int maxNgramOrder;
  private final boolean effectiveOrder;

  private BleuOptions(String tokenize, boolean lowercase, BleuSmoothing smoothing,
      OptionalDouble smoothValue, int maxNgramOrder, boolean effectiveOrder) {
    this.tokenize = tokenize;
    this.lowercase = lowercase;
    this.smoothing = smoothing;
    this.smoothValue = smoothValue;
    this.maxNgramOrder = maxNgramOrder;
    this.effectiveOrder = effectiveOrder;
  }

  /** sacreBLEU's corpus defaults ({@code BLEU()}). */
  public static BleuOptions defaults() {
    return new BleuOptions(Nist13aTokenizer.NAME, false, BleuSmoothing.EXP, OptionalDouble.empty(),
        4, false);
  }

  /** sacreBLEU's sentence-level defaults ({@code sentence_bleu}): effective order on. */
  public static BleuOptions sentenceDefaults() {
    return defaults().effectiveOrder(true);
  }

  /** The tokenizer by name: {@code 13a}, {@code intl}, {@code zh}, {@code char} or {@code none}. */
  public BleuOptions tokenize(String name) {
    BleuTokenizers.byName(name);
    return new BleuOptions(name, lowercase, smoothing, smoothValue, maxNgramOrder, effectiveOrder);
  }

  /** Lower-case hypotheses and references before tokenizing. */
  public BleuOptions lowercase(boolean on) {
    return new BleuOptions(tokenize, on, smoothing, smoothValue, maxNgramOrder, effectiveOrder);
  }

  /** The smoothing method with its default value. */
  public BleuOptions smoothing(BleuSmoothing method) {
    return new BleuOptions(tokenize, lowercase, method, OptionalDouble.empty(), maxNgramOrder,
        effectiveOrder);
  }

  /** The smoothing value of {@code floor} or {@code add-k}. */
  public BleuOptions smoothValue(double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("smoothing value must be finite and >= 0: " + value);
    }
    return new BleuOptions(tokenize, lowercase, smoothing, OptionalDouble.of(value), maxNgramOrder,
        effectiveOrder);
  }

  /** The highest n-gram order (default 4). */
  public BleuOptions maxNgramOrder(int order) {
    if (order < 1) {
      throw new IllegalArgumentException("max n-gram order must be >= 1: " + order);
    }
    return new BleuOptions(tokenize, lowercase, smoothing, smoothValue, order, effectiveOrder);
  }

  /** Stop at the highest order with any n-grams (for sentence-level BLEU). */
  public BleuOptions effectiveOrder(boolean on) {
    return new BleuOptions(tokenize, lowercase, smoothing, smoothValue, maxNgramOrder, on);
  }

  public String tokenize() {
    return tokenize;
  }

  public boolean lowercase() {
    return lowercase;
  }

  public BleuSmoothing smoothing() {
    return smoothing;
  }

  /** The smoothing value in effect: the one set, else the method's default (NaN if none). */
  public double effectiveSmoothValue() {
    return smoothValue.isPresent() ? smoothValue.getAsDouble()
        : smoothing.defaultValue().orElse(Double.NaN);
  }

  public int maxNgramOrder() {
    return maxNgramOrder;
  }

  public boolean effectiveOrder() {
    return effectiveOrder;
  }
}
