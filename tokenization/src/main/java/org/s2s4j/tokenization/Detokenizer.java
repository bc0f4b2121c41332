package org.s2s4j.tokenization;

import java.util.List;

/** Joins tokens back into running text. Implementations are immutable and thread-safe. */
public interface Detokenizer {

  /** The text that {@code tokens} most likely came from. */
  String detokenize(List<String> tokens);
}
