package org.s2s4j.evaluation.mt;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The registry of BLEU tokenizers by their sacreBLEU names. */
public final class BleuTokenizers {

  private static final Map<String, Supplier<BleuTokenizer>> BY_NAME = Map.of(
      Nist13aTokenizer.NAME, Nist13aTokenizer::new,
      IntlTokenizer.NAME, IntlTokenizer::new,
      ZhTokenizer.NAME, ZhTokenizer::new,
      CharTokenizer.NAME, CharTokenizer::new,
      NoneTokenizer.NAME, NoneTokenizer::new);

  /** The accepted names, default first. */
  public static final List<String> NAMES = List.of(
      Nist13aTokenizer.NAME, IntlTokenizer.NAME, ZhTokenizer.NAME, CharTokenizer.NAME,
      NoneTokenizer.NAME);

  private BleuTokenizers() {}

  /**
   * The tokenizer called {@code name}.
   *
   * @throws IllegalArgumentException for an unknown name, listing the valid ones
   */
  public static BleuTokenizer byName(String name) {
    Supplier<BleuTokenizer> s = BY_NAME.get(name);
    if (s == null) {
      throw new IllegalArgumentException(
          "unknown tokenizer '" + name + "'; valid choices: " + String.join(", ", NAMES));
    }
    return s.get();
  }
}
