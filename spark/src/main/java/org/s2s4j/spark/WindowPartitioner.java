package org.s2s4j.spark;

import org.apache.spark.Partitioner;

/**
 * Sends input line {@code i} (0-based, a {@code Long} key) to partition {@code i / window}: each
 * partition holds one whole window of the input, the same lines that local decoding reads, sorts
 * and batches together.
 */
final class WindowPartitioner extends Partitioner {

  private static final long serialVersionUID = 1L;

  private final int window;
  private final int windows;

  WindowPartitioner(int window, int windows) {
    this.window = window;
    this.windows = windows;
  }

  @Override
  public int numPartitions() {
    return windows;
  }

  @Override
  public int getPartition(Object key) {
    return (int) ((Long) key / window);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WindowPartitioner p && p.window == window && p.windows == windows;
  }

  @Override
  public int hashCode() {
    return 31 * window + windows;
  }
}
