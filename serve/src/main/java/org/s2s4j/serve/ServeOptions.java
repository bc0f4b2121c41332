package org.s2s4j.serve;

import org.s2s4j.decoding.corpus.CorpusOptions;

/**
 * Settings of a {@link TranslationServer}.
 *
 * @param host the address to listen on (loopback unless told otherwise)
 * @param port the port, 0 for any free one
 * @param maxBatchSentences most sentences decoded together in one batch
 * @param maxWaitMillis longest a sentence waits for others to fill its batch
 * @param queueSentences most sentences queued or being decoded per model; beyond it, 503
 * @param maxBodyBytes largest request body; beyond it, 413
 * @param maxInputTokens longer sources are truncated, with a warning, as by {@code s2s translate}
 * @param maxBeam largest beam a request may ask for
 * @param drainSeconds how long shutdown waits for requests in flight
 */
public record ServeOptions(String host, int port, int maxBatchSentences, long maxWaitMillis,
    int queueSentences, int maxBodyBytes, int maxInputTokens, int maxBeam, int drainSeconds) {

  /** Default address: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** Default port. */
  public static final int DEFAULT_PORT = 8080;

  /** Default most sentences per batch (as {@code s2s translate}). */
  public static final int DEFAULT_MAX_BATCH = CorpusOptions.DEFAULT_BATCH_SENTENCES;

  /** Default longest wait for a batch to fill, in milliseconds. */
  public static final long DEFAULT_MAX_WAIT_MILLIS = 10;

  /** Default queue bound per model, in sentences. */
  public static final int DEFAULT_QUEUE = 1024;

  /** Default largest request body (1 MiB). */
  public static final int DEFAULT_MAX_BODY = 1 << 20;

  /** Default largest beam a request may ask for. */
  public static final int DEFAULT_MAX_BEAM = 50;

  /** Default seconds shutdown waits for requests in flight. */
  public static final int DEFAULT_DRAIN_SECONDS = 30;

  public ServeOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in 0..65535: " + port);
    }
    positive("most sentences per batch", maxBatchSentences);
    if (maxWaitMillis < 0) {
      throw new IllegalArgumentException("batch wait must be >= 0 ms: " + maxWaitMillis);
    }
    positive("queue size", queueSentences);
    positive("largest body", maxBodyBytes);
    positive("most input tokens", maxInputTokens);
    positive("largest beam", maxBeam);
    if (drainSeconds < 0) {
      throw new IllegalArgumentException("drain time must be >= 0 s: " + drainSeconds);
    }
  }

  private static void positive(String what, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " must be >= 1: " + value);
    }
  }

  /** The defaults, on loopback at {@code port}. */
  public static ServeOptions defaults(int port) {
    return new ServeOptions(DEFAULT_HOST, port, DEFAULT_MAX_BATCH, DEFAULT_MAX_WAIT_MILLIS,
        DEFAULT_QUEUE, DEFAULT_MAX_BODY, CorpusOptions.DEFAULT_MAX_SOURCE_TOKENS, DEFAULT_MAX_BEAM,
        DEFAULT_DRAIN_SECONDS);
  }

  /** These options with another batching. */
  public ServeOptions withBatching(int sentences, long waitMillis, int queue) {
    return new ServeOptions(host, port, sentences, waitMillis, queue, maxBodyBytes, maxInputTokens,
        maxBeam, drainSeconds);
  }

  /** These options with other request limits. */
  public ServeOptions withLimits(int bodyBytes, int inputTokens) {
    return new ServeOptions(host, port, maxBatchSentences, maxWaitMillis, queueSentences,
        bodyBytes, inputTokens, maxBeam, drainSeconds);
  }
}
