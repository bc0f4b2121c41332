package org.s2s4j.seq2seq.train;

/** How a batch's rows are split across devices for a data-parallel step. */
final class Shards {

  private Shards() {}

  /**
   * The row counts of the shards of {@code rows} rows on {@code devices} devices: one shard per
   * device (fewer when there are fewer rows), every shard non-empty, sizes differing by at most 1,
   * the larger shards first.
   */
  static int[] sizes(int rows, int devices) {
    if (rows < 1 || devices < 1) {
      throw new IllegalArgumentException("need >= 1 row and >= 1 device, got " + rows + " rows, " + devices
          + " devices");
    }
    int n = Math.min(rows, devices);
    int[] sizes = new int[n];
    for (int k = 0; k < n; k++) {
      sizes[k] = rows / n + (k < rows % n ? 1 : 0);
    }
    return sizes;
  }
}
