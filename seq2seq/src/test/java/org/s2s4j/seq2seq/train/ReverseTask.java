package org.s2s4j.seq2seq.train;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.s2s4j.corpora.batch.Example;
import org.s2s4j.corpora.batch.ExampleSource;
import org.s2s4j.corpora.io.CloseableIterator;

/** A tiny synthetic task: the target is the source reversed. Ids 4..(4+symbols-1). */
final class ReverseTask {

  final List<int[]> sources = new ArrayList<>();
  final List<int[]> targets = new ArrayList<>();
  private final int batchSize;

  ReverseTask(long seed, int count, int symbols, int minLength, int maxLength, int batchSize) {
    this.batchSize = batchSize;
    Random random = new Random(seed);
    for (int i = 0; i < count; i++) {
      int len = minLength + random.nextInt(maxLength - minLength + 1);
      int[] s = new int[len];
      int[] t = new int[len];
      for (int j = 0; j < len; j++) {
        s[j] = 4 + random.nextInt(symbols);
      }
      for (int j = 0; j < len; j++) {
        t[j] = s[len - 1 - j];
      }
      sources.add(s);
      targets.add(t);
    }
  }

  /** The pairs as a corpus stream, for the corpora module's batcher. */
  ExampleSource examples() {
    return () -> {
      Iterator<Integer> order = java.util.stream.IntStream.range(0, sources.size()).iterator();
      return new CloseableIterator<>() {
        @Override
        public boolean hasNext() {
          return order.hasNext();
        }

        @Override
        public Example next() {
          int i = order.next();
          return new Example(i, sources.get(i), targets.get(i));
        }

        @Override
        public void close() {}
      };
    };
  }

  /** Fixed-size batches of a shuffle seeded by the epoch. */
  List<TokenBatch> epoch(int epoch) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, new Random(1000L + epoch));
    List<TokenBatch> batches = new ArrayList<>();
    for (int start = 0; start + batchSize <= order.size(); start += batchSize) {
      int[][] src = new int[batchSize][];
      int[][] tgt = new int[batchSize][];
      int[] sl = new int[batchSize];
      int[] tl = new int[batchSize];
      for (int k = 0; k < batchSize; k++) {
        int i = order.get(start + k);
        src[k] = sources.get(i);
        tgt[k] = targets.get(i);
        sl[k] = src[k].length;
        tl[k] = tgt[k].length;
      }
      batches.add(new TokenBatch(src, sl, tgt, tl));
    }
    return batches;
  }
}
