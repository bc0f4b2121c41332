package org.s2s4j.tokenization;

import java.util.ArrayList;
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

  /**
   * The tokens of each line, in order. By default each line is tokenized on its own; a tokenizer
   * whose reference tool reads whole files (CoreNLP) may look at the following lines too, so
   * callers that stream should pass a few lines of right context and keep only the results of
   * the lines before it.
   */
  default List<List<String>> tokenizeLines(List<String> lines) {
    List<List<String>> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      out.add(tokenize(line));
    }
    return out;
  }
}
