package org.s2s4j.corpora.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Batching invariants for random corpora and options. */
class BatcherPropertiesTest {

  private static List<Batch> epoch(Batcher batcher, BatchPosition from) throws IOException {
    List<Batch> batches = new ArrayList<>();
    try (BatchIterator it = batcher.resume(from)) {
      it.forEachRemaining(batches::add);
    }
    return batches;
  }

  private static List<List<Long>> indices(List<Batch> batches) {
    return batches.stream().map(b -> Arrays.stream(b.indices()).boxed().toList()).toList();
  }

  @Property
  void batchesCoverTheCorpusWithinTheLimitsAndResumeAnywhere(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 25) Integer> lengths,
      @ForAll @IntRange(min = 1, max = 80) int maxTokens,
      @ForAll @IntRange(min = 1, max = 12) int maxSentences,
      @ForAll @IntRange(min = 1, max = 70) int window,
      @ForAll boolean shuffle,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 3) int epoch,
      @ForAll @IntRange(min = 0, max = 100) int cut) throws IOException {
    List<Example> examples = ExamplesForTests.withSourceLengths(
        lengths.stream().mapToInt(Integer::intValue).toArray());
    Batcher batcher = new Batcher(ExamplesForTests.source(examples),
        new BatchingOptions(maxTokens, maxSentences, window, shuffle, seed));
    List<Batch> full = epoch(batcher, BatchPosition.start(epoch));

    boolean[] seen = new boolean[examples.size()];
    for (Batch b : full) {
      int width = Math.max(b.source()[0].length, b.target()[0].length);
      assertTrue(b.size() <= maxSentences);
      assertTrue(b.size() == 1 || (long) b.size() * width <= maxTokens);
      for (long i : b.indices()) {
        assertTrue(!seen[(int) i], "example " + i + " twice");
        seen[(int) i] = true;
      }
    }
    for (boolean s : seen) {
      assertTrue(s);
    }

    int k = full.isEmpty() ? 0 : cut % (full.size() + 1);
    assertEquals(indices(full.subList(k, full.size())),
        indices(epoch(batcher, new BatchPosition(epoch, k))));
    assertEquals(indices(full), indices(epoch(batcher, BatchPosition.start(epoch))));
  }
}
