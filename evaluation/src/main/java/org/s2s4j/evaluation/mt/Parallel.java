package org.s2s4j.evaluation.mt;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** Per-segment work spread over the common fork-join pool (segments are independent). */
final class Parallel {

  /** Below this many segments the work stays on the calling thread. */
  private static final int MIN_PARALLEL = 256;

  private Parallel() {}

  static void forEachSegment(int n, IntConsumer body) {
    if (n < MIN_PARALLEL) {
      for (int i = 0; i < n; i++) {
        body.accept(i);
      }
    } else {
      IntStream.range(0, n).parallel().forEach(body);
    }
  }
}
