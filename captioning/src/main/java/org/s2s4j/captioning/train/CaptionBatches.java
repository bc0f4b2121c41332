package org.s2s4j.captioning.train;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.s2s4j.corpora.batch.BatchPosition;
import org.s2s4j.seq2seq.train.BatchSource;
import org.s2s4j.seq2seq.train.BatchStream;
import org.s2s4j.seq2seq.train.TokenBatch;

/**
 * The training batches of a captioning run: every (image, reference caption) pair once per epoch,
 * in an order shuffled afresh each epoch from the seed, {@code batchSize} pairs a batch. A pair's
 * source is its image's row in the {@link FeatureTable}; the target its caption's ids. The same
 * seed and position give the same batches, so a resumed run continues exactly.
 */
public final class CaptionBatches implements BatchSource {

  /** One training pair. */
  public record Pair(int imageRow, int[] caption) {}

  private final List<Pair> pairs;
  private final int batchSize;
  private final long seed;

  public CaptionBatches(List<Pair> pairs, int batchSize, long seed) {
    if (pairs.isEmpty()) {
      throw new IllegalArgumentException("no training captions");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("data.batch_size must be >= 1, got " + batchSize);
    }
    this.pairs = List.copyOf(pairs);
    this.batchSize = batchSize;
    this.seed = seed;
  }

  /** Batches per epoch. */
  public int batchesPerEpoch() {
    return (pairs.size() + batchSize - 1) / batchSize;
  }

  @Override
  public BatchStream open(BatchPosition from) {
    int[] order = order(from.epoch());
    return new BatchStream() {
      private long done = from.batches();

      @Override
      public BatchPosition position() {
        return new BatchPosition(from.epoch(), done);
      }

      @Override
      public boolean hasNext() {
        return done * batchSize < order.length;
      }

      @Override
      public TokenBatch next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int start = (int) (done * batchSize);
        int end = Math.min(order.length, start + batchSize);
        int b = end - start;
        int[][] source = new int[b][];
        int[] sourceLengths = new int[b];
        int[][] target = new int[b][];
        int[] targetLengths = new int[b];
        for (int i = 0; i < b; i++) {
          Pair p = pairs.get(order[start + i]);
          source[i] = new int[] {p.imageRow()};
          sourceLengths[i] = 1;
          target[i] = p.caption();
          targetLengths[i] = p.caption().length;
        }
        done++;
        return new TokenBatch(source, sourceLengths, target, targetLengths);
      }

      @Override
      public void close() {}
    };
  }

  /** The pair order of {@code epoch}: a Fisher-Yates shuffle seeded by (seed, epoch). */
  private int[] order(int epoch) {
    int[] order = new int[pairs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
