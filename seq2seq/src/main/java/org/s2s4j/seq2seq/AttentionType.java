package org.s2s4j.seq2seq;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the decoder scores a source position against its current hidden state (the query).
 *
 * <ul>
 *   <li>{@code bahdanau}: additive (MLP) score {@code v . tanh(W_q q + W_k k)} (Bahdanau et al., 2015);
 *   <li>{@code dot}: {@code q . k} (Luong et al., 2015); needs decoder size = 2 x encoder size;
 *   <li>{@code general}: {@code q . W k} (Luong et al., 2015).
 * </ul>
 */
public enum AttentionType {
  BAHDANAU,
  DOT,
  GENERAL;

  /** The name used in configuration files. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a configuration name; the error lists the valid choices. */
  public static AttentionType parse(String name) {
    for (AttentionType t : values()) {
      if (t.configName().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown attention '" + name + "'; valid choices: "
        + Arrays.stream(values()).map(AttentionType::configName).collect(Collectors.joining(", ")));
  }
}
