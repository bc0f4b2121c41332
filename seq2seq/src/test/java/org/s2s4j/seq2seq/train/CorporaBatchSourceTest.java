package org.s2s4j.seq2seq.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.s2s4j.corpora.batch.BatchPosition;
import org.s2s4j.corpora.batch.Batcher;
import org.s2s4j.corpora.batch.BatchingOptions;
import org.s2s4j.corpora.batch.Example;
import org.s2s4j.corpora.batch.ExampleSource;
import org.s2s4j.corpora.io.CloseableIterator;

class CorporaBatchSourceTest {

  private static final int PAIRS = 20_000;
  private static final int WINDOW = 500;

  /** A corpus of generated pairs that counts how many have been read. */
  private static ExampleSource counting(AtomicLong read) {
    return () -> new CloseableIterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < PAIRS;
      }

      @Override
      public Example next() {
        int i = next++;
        read.incrementAndGet();
        int length = 1 + i % 7;
        int[] ids = new int[length];
        java.util.Arrays.fill(ids, 4 + i % 11);
        return new Example(i, ids, ids);
      }

      @Override
      public void close() {}
    };
  }

  private static CorporaBatchSource source(AtomicLong read) {
    return new CorporaBatchSource(new Batcher(counting(read), new BatchingOptions(Integer.MAX_VALUE, 25, WINDOW,
        true, 3)));
  }

  @Test
  void streamsAnEpochHoldingNoMoreThanOneWindowAhead() {
    AtomicLong read = new AtomicLong();
    long trained = 0;
    long batches = 0;
    try (BatchStream epoch = source(read).open(BatchPosition.start(1))) {
      while (epoch.hasNext()) {
        TokenBatch b = epoch.next();
        trained += b.size();
        batches++;
        assertEquals(batches, epoch.position().batches());
        // Pairs read but not yet handed out in a batch: at most the window being batched.
        assertTrue(read.get() - trained <= WINDOW, "read " + read.get() + ", batched " + trained);
      }
    }
    assertEquals(PAIRS, trained);
    assertEquals(PAIRS, read.get());
  }

  @Test
  void resumingMidEpochContinuesWithTheSameBatch() {
    List<TokenBatch> whole = new ArrayList<>();
    try (BatchStream epoch = source(new AtomicLong()).open(BatchPosition.start(2))) {
      epoch.forEachRemaining(whole::add);
    }
    int cut = whole.size() / 2 + 3;
    try (BatchStream tail = source(new AtomicLong()).open(new BatchPosition(2, cut))) {
      for (int i = cut; i < whole.size(); i++) {
        assertTrue(tail.hasNext(), "batch " + i);
        TokenBatch b = tail.next();
        assertArrayEquals(whole.get(i).source(), b.source(), "batch " + i);
        assertArrayEquals(whole.get(i).target(), b.target(), "batch " + i);
      }
      assertFalse(tail.hasNext());
      assertEquals(new BatchPosition(2, whole.size()), tail.position());
    }
  }
}
