package org.s2s4j.corpora.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.s2s4j.corpora.io.CloseableIterator;

/**
 * The batches of one epoch, as made by a {@link Batcher}; {@link #position()} says how far it has
 * got. Closing it closes the underlying example stream. Not thread-safe.
 */
public final class BatchIterator implements CloseableIterator<Batch> {

  private static final Comparator<Example> BY_LENGTH =
      Comparator.<Example>comparingInt(e -> e.source().length).thenComparingInt(e -> e.target().length);

  private final CloseableIterator<Example> examples;
  private final BatchingOptions options;
  private final int epoch;
  private final ArrayDeque<List<Example>> pending = new ArrayDeque<>();
  private long windowNumber;
  private long emitted;

  BatchIterator(CloseableIterator<Example> examples, BatchingOptions options, int epoch) {
    this.examples = examples;
    this.options = options;
    this.epoch = epoch;
  }

  /** The position after the batches returned so far; resuming from it continues right here. */
  public BatchPosition position() {
    return new BatchPosition(epoch, emitted);
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty() && examples.hasNext()) {
      fillWindow();
    }
    return !pending.isEmpty();
  }

  @Override
  public Batch next() {
    if (!hasNext()) {
      throw new NoSuchElementException("epoch " + epoch + " has no more batches");
    }
    emitted++;
    return Batch.of(pending.poll());
  }

  @Override
  public void close() {
    examples.close();
  }

  /** Passes over {@code count} batches without padding them. */
  void skip(long count) {
    for (long i = 0; i < count; i++) {
      if (!hasNext()) {
        throw new IllegalArgumentException("cannot resume after " + count + " batches of epoch "
            + epoch + ": it has only " + emitted + " (the corpus or the batching options changed)");
      }
      pending.poll();
      emitted++;
    }
  }

  private void fillWindow() {
    List<Example> window = new ArrayList<>(Math.min(options.window(), 1 << 16));
    while (window.size() < options.window() && examples.hasNext()) {
      window.add(examples.next());
    }
    Random random = new Random(windowSeed(options.seed(), epoch, windowNumber++));
    if (options.shuffle()) {
      Collections.shuffle(window, random);
    }
    window.sort(BY_LENGTH);
    List<List<Example>> batches = cut(window);
    if (options.shuffle()) {
      Collections.shuffle(batches, random);
    }
    pending.addAll(batches);
  }

  private List<List<Example>> cut(List<Example> sorted) {
    List<List<Example>> batches = new ArrayList<>();
    List<Example> batch = new ArrayList<>();
    int longest = 0;
    for (Example e : sorted) {
      int length = Math.max(e.source().length, e.target().length);
      int newLongest = Math.max(longest, length);
      boolean fits = batch.size() < options.maxSentences()
          && (long) (batch.size() + 1) * newLongest <= options.maxTokens();
      if (!fits && !batch.isEmpty()) {
        batches.add(batch);
        batch = new ArrayList<>();
        newLongest = length;
      }
      batch.add(e);
      longest = newLongest;
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches;
  }

  /** A well-mixed seed for one window; java.util.Random's algorithm is fixed by its spec. */
  static long windowSeed(long seed, long epoch, long window) {
    return mix(mix(mix(seed) + epoch) + window);
  }

  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
