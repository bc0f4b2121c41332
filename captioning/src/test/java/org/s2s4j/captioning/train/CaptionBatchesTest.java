package org.s2s4j.captioning.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.s2s4j.corpora.batch.BatchPosition;
import org.s2s4j.seq2seq.train.BatchStream;
import org.s2s4j.seq2seq.train.TokenBatch;

class CaptionBatchesTest {

  private static List<CaptionBatches.Pair> pairs(int n) {
    List<CaptionBatches.Pair> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pairs.add(new CaptionBatches.Pair(i / 3, new int[] {4 + i}));
    }
    return pairs;
  }

  private static List<Integer> captions(CaptionBatches source, BatchPosition from) {
    List<Integer> out = new ArrayList<>();
    try (BatchStream s = source.open(from)) {
      while (s.hasNext()) {
        TokenBatch b = s.next();
        for (int r = 0; r < b.size(); r++) {
          assertEquals((b.target()[r][0] - 4) / 3, b.source()[r][0], "a caption keeps its image row");
          out.add(b.target()[r][0]);
        }
      }
    }
    return out;
  }

  @Test
  void everyPairOncePerEpochShuffledBySeedAndEpochAndResumable() {
    CaptionBatches source = new CaptionBatches(pairs(23), 5, 9);
    assertEquals(5, source.batchesPerEpoch());
    List<Integer> one = captions(source, BatchPosition.start(1));
    assertEquals(23, one.size());
    assertEquals(23, one.stream().distinct().count());
    assertEquals(one, captions(new CaptionBatches(pairs(23), 5, 9), BatchPosition.start(1)));
    assertNotEquals(one, captions(source, BatchPosition.start(2)));
    assertNotEquals(one, captions(new CaptionBatches(pairs(23), 5, 10), BatchPosition.start(1)));
    assertEquals(one.subList(10, 23), captions(source, new BatchPosition(1, 2)));
    try (BatchStream s = source.open(new BatchPosition(1, 4))) {
      TokenBatch last = s.next();
      assertEquals(3, last.size());
      assertArrayEquals(new int[] {1, 1, 1}, last.sourceLengths());
      assertEquals(new BatchPosition(1, 5), s.position());
    }
  }
}
