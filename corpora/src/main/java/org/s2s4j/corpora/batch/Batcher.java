package org.s2s4j.corpora.batch;

import java.io.IOException;
import java.util.Objects;

/**
 * Cuts a streamed corpus into length-bucketed batches, reproducibly.
 *
 * <p>For each epoch the source is read in windows of {@link BatchingOptions#window()} examples.
 * Each window is (when shuffling) shuffled, stably sorted by source then target length, cut
 * greedily into batches within the limits, and its batches are (when shuffling) shuffled. The
 * random generator of a window depends only on the seed, the epoch and the window's number, so the
 * same seed, epoch and corpus give the same batches in every run, and {@link #resume} can replay an
 * epoch up to a saved {@link BatchPosition}. Each epoch reads {@link ExampleSource#open(int)}
 * with its number. Memory holds one window.
 *
 * <pre>{@code
 * Batcher batcher = new Batcher(source, BatchingOptions.byTokens(4096).withSeed(42));
 * try (BatchIterator batches = batcher.epoch(0)) {
 *   while (batches.hasNext()) {
 *     train(batches.next());
 *     checkpoint.save(batches.position());
 *   }
 * }
 * }</pre>
 *
 * <p>Thread-safe; each iterator it returns is not.
 */
public final class Batcher {

  private final ExampleSource source;
  private final BatchingOptions options;

  public Batcher(ExampleSource source, BatchingOptions options) {
    this.source = Objects.requireNonNull(source, "source");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The options batches are cut with. */
  public BatchingOptions options() {
    return options;
  }

  /** Every batch of {@code epoch}, from the first. */
  public BatchIterator epoch(int epoch) throws IOException {
    return resume(BatchPosition.start(epoch));
  }

  /**
   * The batches of {@code position.epoch()} that come after the first {@code position.batches()}:
   * exactly the tail of an uninterrupted run of that epoch, given the same source and options.
   * The skipped part of the epoch is read and bucketed again (no padding), so resuming costs a
   * read of the data up to the position.
   *
   * @throws IllegalArgumentException if the epoch has fewer batches than the position has passed
   *     (the corpus or the options changed since the position was saved)
   */
  public BatchIterator resume(BatchPosition position) throws IOException {
    BatchIterator batches = new BatchIterator(source.open(position.epoch()), options, position.epoch());
    try {
      batches.skip(position.batches());
    } catch (RuntimeException e) {
      batches.close();
      throw e;
    }
    return batches;
  }
}
