package org.s2s4j.evaluation.mt;

/**
 * One of sacreBLEU's tokenizers: turns a segment into space-separated tokens.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface BleuTokenizer {

  /** The name written into signatures ({@code tok:13a}) and accepted by {@code --tokenize}. */
  String signature();

  /** The tokenized segment: tokens separated by single spaces. */
  String tokenize(String line);
}
