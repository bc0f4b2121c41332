package org.s2s4j.corpora.batch;

/**
 * Where a {@link Batcher} stands: {@code batches} batches of epoch {@code epoch} have been
 * emitted. Save it in a checkpoint (it is a plain record, so Jackson writes and reads it as
 * {@code {"epoch":3,"batches":120}}) and pass it to {@link Batcher#resume} with the same source and
 * options to get exactly the remaining batches of that epoch.
 */
public record BatchPosition(int epoch, long batches) {

  public BatchPosition {
    if (epoch < 0 || batches < 0) {
      throw new IllegalArgumentException("epoch and batches must be >= 0: " + epoch + ", " + batches);
    }
  }

  /** The start of {@code epoch}. */
  public static BatchPosition start(int epoch) {
    return new BatchPosition(epoch, 0);
  }
}
