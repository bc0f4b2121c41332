package org.s2s4j.evaluation.caption.meteor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * METEOR's sufficient statistics for one hypothesis against one reference, or summed over a
 * corpus: lengths, function-word counts, matched words per module stage (the module's position
 * in the module list) split into content and function words, chunks and matched-word totals.
 * Word-level (the reference's {@code -ch} is not supported). Immutable.
 */
public final class MeteorStats {

  /** How many module stages the statistics have room for, as in the reference's output. */
  public static final int STAGES = 4;

  /** How many numbers {@link #toArray()} gives. */
  public static final int FIELDS = 4 + 4 * STAGES + 3;

  /** The statistics of nothing, the start of a sum. */
  public static final MeteorStats EMPTY =
      new MeteorStats(0, 0, 0, 0, new double[4 * STAGES], 0, 0, 0);

  private final double testLength;
  private final double refLength;
  private final double testFunctionWords;
  private final double refFunctionWords;
  // Per stage: test content, ref content, test function, ref function.
  private final double[] stageMatches;
  private final double chunks;
  private final double testWordMatches;
  private final double refWordMatches;

  MeteorStats(double testLength, double refLength, double testFunctionWords,
      double refFunctionWords, double[] stageMatches, double chunks, double testWordMatches,
      double refWordMatches) {
    this.testLength = testLength;
    this.refLength = refLength;
    this.testFunctionWords = testFunctionWords;
    this.refFunctionWords = refFunctionWords;
    this.stageMatches = stageMatches.clone();
    this.chunks = chunks;
    this.testWordMatches = testWordMatches;
    this.refWordMatches = refWordMatches;
  }

  /**
   * The statistics of one aligned pair: {@code alignment[j]} is the match whose reference side
   * starts at word {@code j}, or null. Chunks are maximal runs of matches that are consecutive on
   * both sides.
   */
  public static MeteorStats of(List<String> hyp, List<String> ref, MeteorMatch[] alignment,
      FunctionWords functionWords) {
    boolean[] hypFunction = flags(hyp, functionWords);
    boolean[] refFunction = flags(ref, functionWords);
    double[] stages = new double[4 * STAGES];
    int chunks = 0;
    int hypMatched = 0;
    int refMatched = 0;
    int lastMatchEnd = -1;
    int j = 0;
    while (j < alignment.length) {
      MeteorMatch m = alignment[j];
      if (m == null) {
        if (lastMatchEnd != -1) {
          chunks++;
          lastMatchEnd = -1;
        }
        j++;
        continue;
      }
      int slot = 4 * m.stage();
      for (int k = m.hyp(); k < m.hypEnd(); k++) {
        stages[slot + (hypFunction[k] ? 2 : 0)]++;
      }
      for (int k = m.ref(); k < m.refEnd(); k++) {
        stages[slot + (refFunction[k] ? 3 : 1)]++;
      }
      hypMatched += m.hypLength();
      refMatched += m.refLength();
      if (lastMatchEnd != -1 && m.hyp() != lastMatchEnd) {
        chunks++;
      }
      lastMatchEnd = m.hypEnd();
      j = m.refEnd();
    }
    if (lastMatchEnd != -1) {
      chunks++;
    }
    return new MeteorStats(hyp.size(), ref.size(), count(hypFunction), count(refFunction), stages,
        chunks, hypMatched, refMatched);
  }

  /**
   * Statistics from the {@value #FIELDS} numbers of {@link #toArray()} (the reference's
   * {@code SCORE} reply).
   *
   * @throws IllegalArgumentException if {@code fields} does not have {@value #FIELDS} numbers
   */
  public static MeteorStats fromArray(double[] fields) {
    if (fields.length != FIELDS) {
      throw new IllegalArgumentException("METEOR statistics have " + FIELDS + " numbers, not "
          + fields.length);
    }
    return new MeteorStats(fields[0], fields[1], fields[2], fields[3],
        Arrays.copyOfRange(fields, 4, 4 + 4 * STAGES), fields[FIELDS - 3], fields[FIELDS - 2],
        fields[FIELDS - 1]);
  }

  private static boolean[] flags(List<String> words, FunctionWords functionWords) {
    boolean[] out = new boolean[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = functionWords.contains(words.get(i));
    }
    return out;
  }

  private static int count(boolean[] flags) {
    int n = 0;
    for (boolean f : flags) {
      n += f ? 1 : 0;
    }
    return n;
  }

  public double testLength() {
    return testLength;
  }

  public double refLength() {
    return refLength;
  }

  public double testFunctionWords() {
    return testFunctionWords;
  }

  public double refFunctionWords() {
    return refFunctionWords;
  }

  /** Hypothesis content words matched at stage {@code stage} (0-based module position). */
  public double testContent(int stage) {
    return stageMatches[4 * stage];
  }

  /** Reference content words matched at stage {@code stage}. */
  public double refContent(int stage) {
    return stageMatches[4 * stage + 1];
  }

  /** Hypothesis function words matched at stage {@code stage}. */
  public double testFunction(int stage) {
    return stageMatches[4 * stage + 2];
  }

  /** Reference function words matched at stage {@code stage}. */
  public double refFunction(int stage) {
    return stageMatches[4 * stage + 3];
  }

  public double chunks() {
    return chunks;
  }

  public double testWordMatches() {
    return testWordMatches;
  }

  public double refWordMatches() {
    return refWordMatches;
  }

  /** All matched hypothesis words, summed over modules. */
  double testTotalMatches() {
    double sum = 0;
    for (int m = 0; m < STAGES; m++) {
      sum += stageMatches[4 * m] + stageMatches[4 * m + 2];
    }
    return sum;
  }

  /** All matched reference words, summed over modules. */
  double refTotalMatches() {
    double sum = 0;
    for (int m = 0; m < STAGES; m++) {
      sum += stageMatches[4 * m + 1] + stageMatches[4 * m + 3];
    }
    return sum;
  }

  /**
   * Whether every word on both sides is matched and the matches form one chunk: the case in
   * which the reference sets the fragmentation to 0 and leaves the chunk out of corpus sums.
   */
  public boolean isPerfect() {
    return testTotalMatches() == testLength && refTotalMatches() == refLength && chunks == 1.0;
  }

  /**
   * The sum of this and {@code other}, as the reference aggregates a corpus: every count is added,
   * except that the chunk of a {@linkplain #isPerfect() perfect} {@code other} is not.
   */
  public MeteorStats plus(MeteorStats other) {
    double[] stages = stageMatches.clone();
    for (int i = 0; i < stages.length; i++) {
      stages[i] += other.stageMatches[i];
    }
    return new MeteorStats(testLength + other.testLength, refLength + other.refLength,
        testFunctionWords + other.testFunctionWords, refFunctionWords + other.refFunctionWords,
        stages, other.isPerfect() ? chunks : chunks + other.chunks,
        testWordMatches + other.testWordMatches, refWordMatches + other.refWordMatches);
  }

  /**
   * The 23 numbers of the reference's {@code SCORE} reply, in its order: {@code tstLen refLen
   * tstFuncWords refFuncWords}, then per module {@code tstContent refContent tstFunction
   * refFunction}, then {@code chunks tstWordMatches refWordMatches}.
   */
  public String toStatsLine() {
    StringBuilder sb = new StringBuilder();
    for (double v : toArray()) {
      sb.append(String.format(Locale.ROOT, "%s ", v));
    }
    return sb.toString().trim();
  }

  /** The {@value #FIELDS} numbers of {@link #toStatsLine()}. */
  public double[] toArray() {
    double[] out = new double[FIELDS];
    out[0] = testLength;
    out[1] = refLength;
    out[2] = testFunctionWords;
    out[3] = refFunctionWords;
    System.arraycopy(stageMatches, 0, out, 4, stageMatches.length);
    out[FIELDS - 3] = chunks;
    out[FIELDS - 2] = testWordMatches;
    out[FIELDS - 1] = refWordMatches;
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MeteorStats s && Arrays.equals(toArray(), s.toArray());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(toArray());
  }

  @Override
  public String toString() {
    return "MeteorStats[" + toStatsLine() + "]";
  }
}
