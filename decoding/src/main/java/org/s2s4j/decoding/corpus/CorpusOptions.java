package org.s2s4j.decoding.corpus;

/**
 * Settings of a {@link CorpusDecoder} run.
 *
 * @param batching how lines are grouped into batches
 * @param window lines read, sorted by length and translated together; bounds memory
 * @param maxSourceTokens longer lines are truncated to this many tokens, with a warning
 * @param format how translations are written
 * @param progress whether to show a progress bar on standard error
 */
public record CorpusOptions(Batching batching, int window, int maxSourceTokens,
    OutputFormat format, boolean progress) {

  public CorpusOptions {
    if (window < 1) {
      throw new IllegalArgumentException("window must be >= 1 line: " + window);
    }
    if (maxSourceTokens < 1) {
      throw new IllegalArgumentException("maximum source length must be >= 1: " + maxSourceTokens);
    }
  }
}
