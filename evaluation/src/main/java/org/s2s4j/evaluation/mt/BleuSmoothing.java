package org.s2s4j.evaluation.mt;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** BLEU smoothing methods (Chen and Cherry, 2014), with sacreBLEU's names and defaults. */
public enum BleuSmoothing {
  /** No smoothing. */
  NONE("none", OptionalDouble.empty()),
  /** Method 1: a zero count becomes {@code value} (default 0.1). */
  FLOOR("floor", OptionalDouble.of(0.1)),
  /** Method 2: add {@code value} (default 1) to counts and totals of orders above 1. */
  ADD_K("add-k", OptionalDouble.of(1)),
  /** Method 3, mteval-v13a's: halve the precision of each further zero-count order. */
  EXP("exp", OptionalDouble.empty());

  private final String id;
  private final OptionalDouble defaultValue;

  BleuSmoothing(String id, OptionalDouble defaultValue) {
    this.id = id;
    this.defaultValue = defaultValue;
  }

  /** The sacreBLEU name ({@code exp}, {@code floor}, {@code add-k}, {@code none}). */
  public String id() {
    return id;
  }

  /** The default smoothing value, empty for methods without one. */
  public OptionalDouble defaultValue() {
    return defaultValue;
  }

  /**
   * The method called {@code id}.
   *
   * @throws IllegalArgumentException for an unknown name, listing the valid ones
   */
  public static BleuSmoothing byId(String id) {
    for (BleuSmoothing s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown smoothing method '" + id + "'; valid choices: "
        + Arrays.stream(values()).map(BleuSmoothing::id).collect(Collectors.joining(", ")));
  }
}
