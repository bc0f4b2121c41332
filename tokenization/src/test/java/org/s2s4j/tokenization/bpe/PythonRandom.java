package org.s2s4j.tokenization.bpe;

import java.util.random.RandomGenerator;

/**
 * CPython's {@code random} module generator (MT19937, seeded as {@code random.seed(n)} seeds it
 * from an integer), so that a test can feed {@link BpeApplier} the very draws that subword-nmt's
 * {@code apply_bpe.py --seed n} makes. {@link #nextDouble()} is {@code random.random()}. Test only.
 */
final class PythonRandom implements RandomGenerator {

  private static final int N = 624;
  private static final int M = 397;

  private final int[] mt = new int[N];
  private int index = N;

  /** {@code random.seed(seed)} for a non-negative integer. */
  PythonRandom(long seed) {
    if (seed < 0) {
      throw new IllegalArgumentException("CPython seeds from abs(seed); pass it non-negative");
    }
    // the integer's 32-bit words, least significant first; 0 is one word
    int[] key = (seed >>> 32) == 0
        ? new int[] {(int) seed}
        : new int[] {(int) seed, (int) (seed >>> 32)};
    initByArray(key);
  }

  private void initGenrand(int s) {
    mt[0] = s;
    for (int i = 1; i < N; i++) {
      mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
    }
  }

  private void initByArray(int[] key) {
    initGenrand(19650218);
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** genrand_uint32, as an int holding the unsigned value. */
  private int next32() {
    if (index >= N) {
      for (int k = 0; k < N; k++) {
        int y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
        mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : 0x9908b0df);
      }
      index = 0;
    }
    int y = mt[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y;
  }

  /** {@code random.random()}: 53 random bits from two 32-bit outputs. */
  @Override
  public double nextDouble() {
    long a = (next32() & 0xffffffffL) >>> 5;
    long b = (next32() & 0xffffffffL) >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  @Override
  public long nextLong() {
    return ((next32() & 0xffffffffL) << 32) | (next32() & 0xffffffffL);
  }
}
