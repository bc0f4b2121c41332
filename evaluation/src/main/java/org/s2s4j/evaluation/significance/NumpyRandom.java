package org.s2s4j.evaluation.significance;

/**
 * A port of {@code numpy.random.default_rng(seed)}: the PCG64 bit generator (128-bit LCG with
 * the XSL-RR output) seeded through {@code SeedSequence}, and the {@code Generator} methods the
 * significance tests use. For the same seed it produces NumPy's numbers exactly.
 *
 * <p>Not thread-safe.
 */
public final class NumpyRandom {

  private static final long MULT_HI = 0x2360ED051FC65DA4L;
  private static final long MULT_LO = 0x4385DF649FCCF645L;

  private long stateHi;
  private long stateLo;
  private final long incHi;
  private final long incLo;
  private boolean hasUint32;
  private int uint32;

  /** {@code numpy.random.default_rng(seed)}. */
  public NumpyRandom(long seed) {
    long[] s = new SeedSequence(seed).generateState64(4);
    long initHi = s[0];
    long initLo = s[1];
    long seqHi = s[2];
    long seqLo = s[3];
    // inc = (initseq << 1) | 1
    incHi = (seqHi << 1) | (seqLo >>> 63);
    incLo = (seqLo << 1) | 1L;
    stateHi = 0;
    stateLo = 0;
    step();
    long lo = stateLo + initLo;
    long carry = Long.compareUnsigned(lo, stateLo) < 0 ? 1 : 0;
    stateHi = stateHi + initHi + carry;
    stateLo = lo;
    step();
  }

  private static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }

  private void step() {
    // state = state * MULT + inc (mod 2^128)
    long lo = stateLo * MULT_LO;
    long hi = unsignedMultiplyHigh(stateLo, MULT_LO) + stateLo * MULT_HI + stateHi * MULT_LO;
    long newLo = lo + incLo;
    long carry = Long.compareUnsigned(newLo, lo) < 0 ? 1 : 0;
    stateHi = hi + incHi + carry;
    stateLo = newLo;
  }

  /** The next raw 64-bit output. */
  public long nextLong() {
    step();
    return Long.rotateRight(stateHi ^ stateLo, (int) (stateHi >>> 58));
  }

  /** The next 32-bit output: the low half of a 64-bit draw, then its high half. */
  public int nextInt() {
    if (hasUint32) {
      hasUint32 = false;
      return uint32;
    }
    long next = nextLong();
    hasUint32 = true;
    uint32 = (int) (next >>> 32);
    return (int) next;
  }

  /**
   * {@code integers(0, bound)} for {@code bound <= 2^32}: Lemire's unbiased multiply-shift
   * method on 32-bit draws, as NumPy does for ranges that fit in 32 bits.
   */
  public long nextBounded(long bound) {
    if (bound < 1 || bound > (1L << 32)) {
      throw new IllegalArgumentException("bound must be in [1, 2^32]: " + bound);
    }
    long rng = bound - 1;
    if (rng == 0) {
      return 0;
    }
    if (rng == 0xFFFFFFFFL) {
      return nextInt() & 0xFFFFFFFFL;
    }
    long rngExcl = rng + 1;
    long m = (nextInt() & 0xFFFFFFFFL) * rngExcl;
    long leftover = m & 0xFFFFFFFFL;
    if (leftover < rngExcl) {
      long threshold = (0xFFFFFFFFL - rng) % rngExcl;
      while (leftover < threshold) {
        m = (nextInt() & 0xFFFFFFFFL) * rngExcl;
        leftover = m & 0xFFFFFFFFL;
      }
    }
    return m >>> 32;
  }

  /**
   * Fills {@code out} as {@code choice(bound, size=out.length, replace=True)} (equivalently
   * {@code integers(0, bound)}) would, continuing this generator's stream.
   */
  public void choice(int bound, int[] out) {
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) nextBounded(bound);
    }
  }

  /**
   * Starts {@code integers(2, size=(rows, n), dtype=bool)}: each {@link BooleanFill#next} call
   * fills the next row. One bit per value, least significant first, 32 values per 32-bit draw;
   * the bit buffer carries over from row to row as in NumPy's single call.
   */
  public BooleanFill booleanFill() {
    return new BooleanFill();
  }

  /** Rows of one boolean fill; see {@link #booleanFill()}. */
  public final class BooleanFill {
    private int buffer;
    private int count;

    private BooleanFill() {}

    /** Fills {@code row} with the next values of this fill. */
    public void next(boolean[] row) {
      for (int i = 0; i < row.length; i++) {
        if (count == 0) {
          buffer = nextInt();
          count = 31;
        } else {
          buffer >>>= 1;
          count--;
        }
        row[i] = (buffer & 1) != 0;
      }
    }
  }
}
