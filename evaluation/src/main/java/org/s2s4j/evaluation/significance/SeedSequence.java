package org.s2s4j.evaluation.significance;

/**
 * NumPy's {@code SeedSequence} for a single non-negative integer seed (no spawn key): hashes the
 * entropy into a pool of four 32-bit words and draws state words from it.
 */
final class SeedSequence {

  private static final int POOL_SIZE = 4;
  private static final int INIT_A = 0x43b0d7e5;
  private static final int MULT_A = 0x931e8875;
  private static final int INIT_B = 0x8b51f9dd;
  private static final int MULT_B = 0x58f38ded;
  private static final int MIX_MULT_L = 0xca01f9dd;
  private static final int MIX_MULT_R = 0x4973f715;
  private static final int XSHIFT = 16;

  private final int[] pool = new int[POOL_SIZE];

  SeedSequence(long seed) {
    if (seed < 0) {
      throw new IllegalArgumentException("seed must be non-negative: " + seed);
    }
    // The entropy as little-endian 32-bit words (at least one word).
    int[] entropy = (seed >>> 32) == 0 ? new int[] {(int) seed}
        : new int[] {(int) seed, (int) (seed >>> 32)};
    int[] hashConst = {INIT_A};
    for (int i = 0; i < POOL_SIZE; i++) {
      pool[i] = hashmix(i < entropy.length ? entropy[i] : 0, hashConst);
    }
    for (int src = 0; src < POOL_SIZE; src++) {
      for (int dst = 0; dst < POOL_SIZE; dst++) {
        if (src != dst) {
          pool[dst] = mix(pool[dst], hashmix(pool[src], hashConst));
        }
      }
    }
    for (int src = POOL_SIZE; src < entropy.length; src++) {
      for (int dst = 0; dst < POOL_SIZE; dst++) {
        pool[dst] = mix(pool[dst], hashmix(entropy[src], hashConst));
      }
    }
  }

  private static int hashmix(int value, int[] hashConst) {
    value ^= hashConst[0];
    hashConst[0] *= MULT_A;
    value *= hashConst[0];
    value ^= value >>> XSHIFT;
    return value;
  }

  private static int mix(int x, int y) {
    int result = MIX_MULT_L * x - MIX_MULT_R * y;
    result ^= result >>> XSHIFT;
    return result;
  }

  /** {@code generate_state(n, np.uint64)}: n 64-bit words from pairs of 32-bit words. */
  long[] generateState64(int n) {
    int[] words = new int[2 * n];
    int hashConst = INIT_B;
    for (int i = 0; i < words.length; i++) {
      int v = pool[i % POOL_SIZE];
      v ^= hashConst;
      hashConst *= MULT_B;
      v *= hashConst;
      v ^= v >>> XSHIFT;
      words[i] = v;
    }
    long[] out = new long[n];
    for (int k = 0; k < n; k++) {
      out[k] = (words[2 * k] & 0xFFFFFFFFL) | ((long) words[2 * k + 1] << 32);
    }
    return out;
  }
}
