package org.s2s4j.decoding;

import java.util.OptionalInt;

/**
 * The settings of a search, immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * SearchOptions options = SearchOptions.builder()
 *     .beamSize(5).nBest(3)
 *     .lengthPenalty(new GnmtLengthPenalty(1.0))
 *     .blockRepeatedNgrams(3)
 *     .build();
 * }</pre>
 *
 * @param beamSize hypotheses kept per sentence (1 for greedy)
 * @param nBest finished hypotheses returned per sentence, best first (at most the beam size)
 * @param lengthPenalty how finished hypotheses are normalised for length
 * @param coverageWeight weight beta of the GNMT coverage penalty (0 for none)
 * @param limits minimum and maximum output lengths
 * @param repeatedNgram size of n-grams that may not occur twice in an output, if set
 */
public record SearchOptions(int beamSize, int nBest, LengthPenalty lengthPenalty,
    double coverageWeight, LengthLimits limits, OptionalInt repeatedNgram) {

  public SearchOptions {
    if (beamSize < 1) {
      throw new IllegalArgumentException("beam size must be >= 1: " + beamSize);
    }
    if (nBest < 1 || nBest > beamSize) {
      throw new IllegalArgumentException(
          "n-best must be between 1 and the beam size " + beamSize + ": " + nBest);
    }
    if (!(coverageWeight >= 0)) {
      throw new IllegalArgumentException("coverage weight must be >= 0: " + coverageWeight);
    }
    if (repeatedNgram.isPresent() && repeatedNgram.getAsInt() < 1) {
      throw new IllegalArgumentException(
          "blocked n-gram size must be >= 1: " + repeatedNgram.getAsInt());
    }
  }

  /** Default beam size of every search s2s4j runs ({@code s2s translate}, reports, quickstart). */
  public static final int DEFAULT_BEAM = 5;

  /** Default alpha of the GNMT length penalty. */
  public static final double DEFAULT_ALPHA = 1.0;

  /**
   * A builder holding s2s4j's search defaults, the one place they are defined: beam
   * {@value #DEFAULT_BEAM}, 1-best, the GNMT length penalty with alpha {@value #DEFAULT_ALPHA},
   * no coverage penalty, {@link LengthLimits#DEFAULT}, no n-gram blocking. {@code s2s translate},
   * {@code s2s report}, {@code s2s quickstart} and dev decoding during training start from it.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** s2s4j's default search settings with beam size {@code beamSize} (1: greedy search). */
  public static SearchOptions defaults(int beamSize) {
    return builder().beamSize(beamSize).build();
  }

  /** Builds {@link SearchOptions}; each setter returns this builder. */
  public static final class Builder {
    private int beamSize = DEFAULT_BEAM;
    private int nBest = 1;
    private LengthPenalty lengthPenalty = new GnmtLengthPenalty(DEFAULT_ALPHA);
    private double coverageWeight;
    private LengthLimits limits = LengthLimits.DEFAULT;
    private OptionalInt repeatedNgram = OptionalInt.empty();

    private Builder() {}

    public Builder beamSize(int beamSize) {
      this.beamSize = beamSize;
      return this;
    }

    public Builder nBest(int nBest) {
      this.nBest = nBest;
      return this;
    }

    public Builder lengthPenalty(LengthPenalty lengthPenalty) {
      this.lengthPenalty = lengthPenalty;
      return this;
    }

    public Builder coverageWeight(double coverageWeight) {
      this.coverageWeight = coverageWeight;
      return this;
    }

    public Builder limits(LengthLimits limits) {
      this.limits = limits;
      return this;
    }

    /** Forbids any n-gram of this size from occurring twice in one output. */
    public Builder blockRepeatedNgrams(int n) {
      this.repeatedNgram = OptionalInt.of(n);
      return this;
    }

    public SearchOptions build() {
      return new SearchOptions(beamSize, nBest, lengthPenalty, coverageWeight, limits,
          repeatedNgram);
    }
  }
}
