package org.s2s4j.evaluation.mt;

/**
 * chrF settings, sacreBLEU's defaults unless changed: character n-grams up to 6, no word
 * n-grams (chrF2; word order 2 gives chrF++), beta 2, case-sensitive, whitespace ignored, effective
 * order averaging (no epsilon smoothing). Each setter returns a new instance.
 */
public final class ChrfOptions {

  private final int charOrder;
  private final int wordOrder;
  private final int beta;
  private final boolean lowercase;
  private final boolean whitespace;
  private final boolean epsSmoothing;

  private ChrfOptions(int charOrder, int wordOrder, int beta, boolean lowercase,
      boolean whitespace, boolean epsSmoothing) {
    this.charOrder = charOrder;
    this.wordOrder = wordOrder;
    this.beta = beta;
    this.lowercase = lowercase;
    this.whitespace = whitespace;
    this.epsSmoothing = epsSmoothing;
  }

  /** chrF2: {@code CHRF()}. */
  public static ChrfOptions defaults() {
    return new ChrfOptions(6, 0, 2, false, false, false);
  }

  /** chrF++: {@code CHRF(word_order=2)}. */
  public static ChrfOptions plusPlus() {
    return defaults().wordOrder(2);
  }

  public ChrfOptions charOrder(int order) {
    if (order < 1) {
      throw new IllegalArgumentException("character order must be >= 1: " + order);
    }
    return new ChrfOptions(order, wordOrder, beta, lowercase, whitespace, epsSmoothing);
  }

  public ChrfOptions wordOrder(int order) {
    if (order < 0) {
      throw new IllegalArgumentException("word order must be >= 0: " + order);
    }
    return new ChrfOptions(charOrder, order, beta, lowercase, whitespace, epsSmoothing);
  }

  public ChrfOptions beta(int beta) {
    if (beta < 1) {
      throw new IllegalArgumentException("beta must be >= 1: " + beta);
    }
    return new ChrfOptions(charOrder, wordOrder, beta, lowercase, whitespace, epsSmoothing);
  }

  public ChrfOptions lowercase(boolean on) {
    return new ChrfOptions(charOrder, wordOrder, beta, on, whitespace, epsSmoothing);
  }

  /** Keep whitespace inside character n-grams. */
  public ChrfOptions whitespace(boolean on) {
    return new ChrfOptions(charOrder, wordOrder, beta, lowercase, on, epsSmoothing);
  }

  /** chrF++.py-style epsilon smoothing instead of effective-order averaging. */
  public ChrfOptions epsSmoothing(boolean on) {
    return new ChrfOptions(charOrder, wordOrder, beta, lowercase, whitespace, on);
  }

  public int charOrder() {
    return charOrder;
  }

  public int wordOrder() {
    return wordOrder;
  }

  public int beta() {
    return beta;
  }

  public boolean lowercase() {
    return lowercase;
  }

  public boolean whitespace() {
    return whitespace;
  }

  public boolean epsSmoothing() {
    return epsSmoothing;
  }
}
