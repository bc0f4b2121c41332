package org.s2s4j.tokenization;

import java.util.List;

/**
 * Splits one line of text into tokens.
 *
 * <p>Implementations are immutable and thread-safe. A line never yields {@code null}; an empty or
 * blank line yields an empty list. Tokens are never empty strings.
 */
public interface Tokenizer {

  /** The tokens of {@code text}, in order. */
  List<String> tokenize(String text);
}
