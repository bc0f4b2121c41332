package org.s2s4j.seq2seq;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How scheduled sampling picks the model's own token from the previous step's logits. No gradient
 * flows through the choice.
 */
public enum TokenSampler {
  /** The most probable token. */
  ARGMAX,
  /** A draw from the softmax distribution (Gumbel-max: argmax of logits plus Gumbel noise). */
  MULTINOMIAL;

  /** Picks one token per row of (R,V) {@code logits}; returns (R) int32. */
  public NDArray choose(NDArray logits) {
    NDArray scores = logits.stopGradient();
    if (this == MULTINOMIAL) {
      NDArray u = scores.getManager().randomUniform(1e-20f, 1f, scores.getShape());
      scores = scores.sub(u.log().neg().log());
    }
    return scores.argMax(-1).toType(DataType.INT32, false);
  }

  /** The name used in configuration files. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a configuration name; the error lists the valid choices. */
  public static TokenSampler parse(String name) {
    for (TokenSampler t : values()) {
      if (t.configName().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown sample '" + name + "'; valid choices: "
        + Arrays.stream(values()).map(TokenSampler::configName).collect(Collectors.joining(", ")));
  }
}
