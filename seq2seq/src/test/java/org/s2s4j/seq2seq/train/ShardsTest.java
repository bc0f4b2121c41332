package org.s2s4j.seq2seq.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ShardsTest {

  @Test
  void evenSplit() {
    assertArrayEquals(new int[] {32, 32}, Shards.sizes(64, 2));
  }

  @Test
  void unevenSplitPutsTheExtraRowsFirst() {
    assertArrayEquals(new int[] {3, 3, 2, 2}, Shards.sizes(10, 4));
  }

  @Test
  void oneDeviceTakesTheWholeBatch() {
    assertArrayEquals(new int[] {7}, Shards.sizes(7, 1));
  }

  @Test
  void fewerRowsThanDevicesUsesFewerShards() {
    assertArrayEquals(new int[] {1, 1, 1}, Shards.sizes(3, 8));
  }

  @Test
  void rejectsEmptyBatchAndNoDevices() {
    assertThrows(IllegalArgumentException.class, () -> Shards.sizes(0, 2));
    assertThrows(IllegalArgumentException.class, () -> Shards.sizes(4, 0));
  }
}
