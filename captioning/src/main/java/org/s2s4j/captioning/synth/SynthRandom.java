package org.s2s4j.captioning.synth;

import java.util.List;

/**
 * SplitMix64 (Steele, Lea and Flood, 2014), written out here so that a seed gives the same
 * numbers on every JVM: {@link java.util.SplittableRandom} uses the same mixing, but its bounded
 * draws are an implementation detail that may change between JDKs. Not thread-safe.
 */
final class SynthRandom {

  private long state;

  SynthRandom(long seed) {
    this.state = seed;
  }

  /** The next 64 random bits. */
  long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in {@code [0, bound)}, without modulo bias (rejection of the top remainder). */
  int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be > 0: " + bound);
    }
    long limit = (1L << 31) - (1L << 31) % bound;
    while (true) {
      long r = nextLong() >>> 33;
      if (r < limit) {
        return (int) (r % bound);
      }
    }
  }

  /** Uniform in {@code [lo, hi]}. */
  int between(int lo, int hi) {
    return lo + nextInt(hi - lo + 1);
  }

  /** True with probability {@code percent / 100}. */
  boolean percent(int percent) {
    return nextInt(100) < percent;
  }

  <T> T pick(List<T> items) {
    return items.get(nextInt(items.size()));
  }

  <T> T pick(T[] items) {
    return items[nextInt(items.length)];
  }
}
