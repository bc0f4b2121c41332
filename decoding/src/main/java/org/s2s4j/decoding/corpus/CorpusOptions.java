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

  /** Default sentences per batch. */
  public static final int DEFAULT_BATCH_SENTENCES = 64;

  /** Default lines read, sorted and decoded together. */
  public static final int DEFAULT_WINDOW = 5000;

  /** Default maximum source length in tokens; longer lines are truncated. */
  public static final int DEFAULT_MAX_SOURCE_TOKENS = 250;

  /**
   * s2s4j's corpus-decoding defaults, the one place they are defined: batches of
   * {@value #DEFAULT_BATCH_SENTENCES} sentences, a window of {@value #DEFAULT_WINDOW} lines,
   * sources truncated at {@value #DEFAULT_MAX_SOURCE_TOKENS} tokens, plain text, no progress bar.
   */
  public static CorpusOptions defaults() {
    return new CorpusOptions(Batching.sentences(DEFAULT_BATCH_SENTENCES), DEFAULT_WINDOW,
        DEFAULT_MAX_SOURCE_TOKENS, OutputFormat.TEXT, false);
  }

  /** These options with a progress bar on standard error, or without. */
  public CorpusOptions withProgress(boolean show) {
    return new CorpusOptions(batching, window, maxSourceTokens, format, show);
  }

  public CorpusOptions {
    if (window < 1) {
      throw new IllegalArgumentException("window must be >= 1 line: " + window);
    }
    if (maxSourceTokens < 1) {
      throw new IllegalArgumentException("maximum source length must be >= 1: " + maxSourceTokens);
    }
  }
}
