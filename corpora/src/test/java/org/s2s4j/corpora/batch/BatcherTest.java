package org.s2s4j.corpora.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.s2s4j.corpora.TestCorpora;
import org.s2s4j.corpora.io.CloseableIterator;
import org.s2s4j.tokenization.WhitespaceTokenizer;

class BatcherTest {

  /** The indices of every batch of an epoch, from {@code position}. */
  private static List<List<Long>> run(Batcher batcher, BatchPosition position) throws IOException {
    List<List<Long>> batches = new ArrayList<>();
    try (BatchIterator it = batcher.resume(position)) {
      while (it.hasNext()) {
        batches.add(Arrays.stream(it.next().indices()).boxed().toList());
      }
    }
    return batches;
  }

  private static List<Example> randomCorpus(int size, long seed) {
    Random random = new Random(seed);
    int[] lengths = new int[size];
    for (int i = 0; i < size; i++) {
      lengths[i] = 1 + random.nextInt(30);
    }
    return ExamplesForTests.withSourceLengths(lengths);
  }

  @Test
  void withoutShuffleBatchesAreCutFromTheLengthSortedWindow() throws IOException {
    // source lengths 4 2 5 1 3 -> sorted indices 3(1) 1(2) 4(3) 0(4) 2(5)
    List<Example> examples = ExamplesForTests.withSourceLengths(4, 2, 5, 1, 3);
    Batcher batcher = new Batcher(ExamplesForTests.source(examples),
        BatchingOptions.bySentences(2).withShuffle(false));
    assertEquals(List.of(List.of(3L, 1L), List.of(4L, 0L), List.of(2L)),
        run(batcher, BatchPosition.start(0)));
  }

  @Test
  void tokenBudgetCountsPaddedTokensOfTheLongerSide() throws IOException {
    // lengths 1..5 with a budget of 6: {1,2} costs 2x2=4; adding 3 would cost 3x3=9 > 6.
    List<Example> examples = ExamplesForTests.withSourceLengths(1, 2, 3, 4, 5, 10);
    Batcher batcher = new Batcher(ExamplesForTests.source(examples),
        BatchingOptions.byTokens(6).withShuffle(false));
    assertEquals(List.of(List.of(0L, 1L), List.of(2L), List.of(3L), List.of(4L), List.of(5L)),
        run(batcher, BatchPosition.start(0)), "an example over the budget is a batch of its own");
  }

  @Test
  void bothLimitsApply() throws IOException {
    List<Example> examples = ExamplesForTests.withSourceLengths(1, 1, 1, 1, 1);
    Batcher batcher = new Batcher(ExamplesForTests.source(examples),
        BatchingOptions.byTokens(100).withMaxSentences(2).withShuffle(false));
    assertEquals(List.of(List.of(0L, 1L), List.of(2L, 3L), List.of(4L)),
        run(batcher, BatchPosition.start(0)));
  }

  @Test
  void batchesNeverSpanTwoWindows() throws IOException {
    List<Example> examples = ExamplesForTests.withSourceLengths(3, 1, 2, 2, 1);
    Batcher batcher = new Batcher(ExamplesForTests.source(examples),
        BatchingOptions.bySentences(10).withWindow(3).withShuffle(false));
    assertEquals(List.of(List.of(1L, 2L, 0L), List.of(4L, 3L)),
        run(batcher, BatchPosition.start(0)));
  }

  @Test
  void everyExampleAppearsExactlyOncePerEpoch() throws IOException {
    List<Example> examples = randomCorpus(1000, 1);
    for (int window : new int[] {1, 7, 100, 5000}) {
      Batcher batcher = new Batcher(ExamplesForTests.source(examples),
          BatchingOptions.byTokens(120).withWindow(window).withSeed(3));
      List<Long> seen = run(batcher, BatchPosition.start(2)).stream().flatMap(List::stream).toList();
      assertEquals(1000, seen.size(), "window " + window);
      assertEquals(1000, new TreeSet<>(seen).size(), "window " + window);
    }
  }

  @Test
  void sameSeedAndEpochGiveTheSameBatchesOtherwiseTheyDiffer() throws IOException {
    List<Example> examples = randomCorpus(500, 2);
    BatchingOptions options = BatchingOptions.byTokens(100).withWindow(64).withSeed(42);
    List<List<Long>> first = run(new Batcher(ExamplesForTests.source(examples), options),
        BatchPosition.start(1));
    List<List<Long>> again = run(new Batcher(ExamplesForTests.source(examples), options),
        BatchPosition.start(1));
    assertEquals(first, again);
    assertNotEquals(first, run(new Batcher(ExamplesForTests.source(examples), options),
        BatchPosition.start(2)));
    assertNotEquals(first, run(new Batcher(ExamplesForTests.source(examples),
        options.withSeed(43)), BatchPosition.start(1)));
  }

  @Test
  void resumingFromAnySavedPositionGivesTheTailOfAnUninterruptedRun() throws IOException {
    List<Example> examples = randomCorpus(300, 3);
    Batcher batcher = new Batcher(ExamplesForTests.source(examples),
        BatchingOptions.byTokens(90).withWindow(50).withSeed(7));
    List<List<Long>> full = run(batcher, BatchPosition.start(4));
    ObjectMapper json = new ObjectMapper();
    try (BatchIterator it = batcher.epoch(4)) {
      for (int k = 0; k <= full.size(); k++) {
        // Save the position as a checkpoint would, then resume in a "new run".
        String saved = json.writeValueAsString(it.position());
        BatchPosition restored = json.readValue(saved, BatchPosition.class);
        assertEquals(new BatchPosition(4, k), restored);
        assertEquals(full.subList(k, full.size()), run(batcher, restored), "after " + k);
        if (it.hasNext()) {
          it.next();
        }
      }
    }
  }

  /**
   * A source whose example lengths depend on the epoch (as with BPE-dropout); records the epochs
   * it is opened with.
   */
  private static ExampleSource perEpoch(int size, List<Integer> opened) {
    return new ExampleSource() {
      @Override
      public CloseableIterator<Example> open() {
        throw new AssertionError("the batcher must open a source with its epoch");
      }

      @Override
      public CloseableIterator<Example> open(int epoch) throws IOException {
        opened.add(epoch);
        int[] lengths = new int[size];
        Random random = new Random(31L * epoch + 7);
        for (int i = 0; i < size; i++) {
          lengths[i] = 1 + random.nextInt(30);
        }
        return ExamplesForTests.source(ExamplesForTests.withSourceLengths(lengths)).open();
      }
    };
  }

  @Test
  void eachEpochOpensTheSourceWithItsNumberAndResumeReplaysIt() throws IOException {
    List<Integer> opened = new ArrayList<>();
    Batcher batcher = new Batcher(perEpoch(200, opened),
        BatchingOptions.byTokens(90).withWindow(50).withSeed(7));
    List<List<Long>> third = run(batcher, BatchPosition.start(3));
    assertEquals(List.of(3), opened);
    List<List<Long>> fourth = run(batcher, BatchPosition.start(4));
    assertEquals(List.of(3, 4), opened);
    // Same seed, different epochs and different examples: different batches.
    assertNotEquals(third, fourth);
    for (int k : new int[] {0, 1, third.size() / 2, third.size()}) {
      assertEquals(third.subList(k, third.size()), run(batcher, new BatchPosition(3, k)), "after " + k);
    }
    assertEquals(List.of(3, 4, 3, 3, 3, 3), opened);
  }

  @Test
  void positionJsonIsEpochAndBatches() throws IOException {
    assertEquals("{\"epoch\":3,\"batches\":120}",
        new ObjectMapper().writeValueAsString(new BatchPosition(3, 120)));
  }

  @Test
  void optionsRoundTripThroughJson() throws IOException {
    BatchingOptions options = BatchingOptions.byTokens(4096).withWindow(500).withSeed(-3);
    ObjectMapper json = new ObjectMapper();
    assertEquals(options,
        json.readValue(json.writeValueAsString(options), BatchingOptions.class));
  }

  @Test
  void resumingPastTheEndOfTheEpochIsAnError() {
    Batcher batcher = new Batcher(ExamplesForTests.source(ExamplesForTests.withSourceLengths(1, 2)),
        BatchingOptions.bySentences(1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> batcher.resume(new BatchPosition(0, 5)));
    assertEquals("cannot resume after 5 batches of epoch 0: it has only 2 (the corpus or the "
        + "batching options changed)", e.getMessage());
  }

  @Test
  void readsNoFurtherThanOneWindowAhead() throws IOException {
    AtomicInteger read = new AtomicInteger();
    Batcher batcher = new Batcher(ExamplesForTests.source(randomCorpus(1000, 4), read),
        BatchingOptions.bySentences(4).withWindow(32));
    try (BatchIterator it = batcher.epoch(0)) {
      it.next();
      assertEquals(32, read.get());
    }
  }

  @Test
  void optionsNeedALimitAndAPositiveWindow() {
    assertThrows(IllegalArgumentException.class,
        () -> new BatchingOptions(Integer.MAX_VALUE, Integer.MAX_VALUE, 10, true, 0));
    assertThrows(IllegalArgumentException.class, () -> BatchingOptions.byTokens(0));
    assertThrows(IllegalArgumentException.class, () -> BatchingOptions.byTokens(10).withWindow(0));
    assertTrue(BatchingOptions.byTokens(10).shuffle());
  }

  @Test
  void multi30kTrainEpochCoversEveryPairWithinTheTokenBudget() throws IOException {
    Path tok = TestCorpora.shared().resolve("data/multi30k/task1/tok");
    assumeTrue(Files.isDirectory(tok), "Multi30k not found at " + tok);
    Function<String, int[]> ids = line -> WhitespaceTokenizer.split(line).stream()
        .mapToInt(t -> 1 + Math.floorMod(t.hashCode(), 10_000)).toArray();
    ExampleSource source = new ParallelTextSource(tok.resolve("train.lc.norm.tok.en"),
        tok.resolve("train.lc.norm.tok.de"), ids, ids);
    Batcher batcher = new Batcher(source, BatchingOptions.byTokens(2000).withSeed(1));
    BitSet seen = new BitSet();
    long batches = 0;
    try (BatchIterator it = batcher.epoch(0)) {
      while (it.hasNext()) {
        Batch batch = it.next();
        batches++;
        int width = Math.max(batch.source()[0].length, batch.target()[0].length);
        assertTrue(batch.size() * width <= 2000, "padded tokens within the budget");
        for (long index : batch.indices()) {
          assertFalse(seen.get((int) index), "index " + index + " twice");
          seen.set((int) index);
        }
      }
      assertEquals(new BatchPosition(0, batches), it.position());
    }
    assertEquals(29000, seen.cardinality());
  }
}
