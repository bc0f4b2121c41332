package org.s2s4j.evaluation.caption.meteor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * METEOR's sufficient statistics for one hypothesis against one reference, or summed over a
 * corpus: lengths, function-word counts, matched words per module split into content and function
 * words, chunks and matched-word totals. Word-level (the reference's {@code -ch} is not
 * supported). Immutable.
 */
public final class MeteorStats {

  private static final int MODULES = MeteorModule.values().length;

  /** The statistics of nothing, the start of a sum. */
  public static final MeteorStats EMPTY =
      new MeteorStats(0, 0, 0, 0, new double[4 * MODULES], 0, 0, 0);

  private final double testLength;
  private final double refLength;
  private final double testFunctionWords;
  private final double refFunctionWords;
  // Per module: test content, ref content, test function, ref function.
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
   * The statistics of one aligned pair: {@code alignment[j]} is the match of reference word
   * {@code j} or null. Chunks are maximal runs of matches that are consecutive on both sides.
   */
  public static MeteorStats of(List<String> hyp, List<String> ref, MeteorMatch[] alignment,
      FunctionWords functionWords) {
    boolean[] hypFunction = flags(hyp, functionWords);
    boolean[] refFunction = flags(ref, functionWords);
    double[] stages = new double[4 * MODULES];
    int chunks = 0;
    int matched = 0;
    int lastMatchEnd = -1;
    for (MeteorMatch m : alignment) {
      if (m == null) {
        if (lastMatchEnd != -1) {
          chunks++;
          lastMatchEnd = -1;
        }
        continue;
      }
      int slot = 4 * m.module().ordinal();
      stages[slot + (hypFunction[m.hyp()] ? 2 : 0)]++;
      stages[slot + (refFunction[m.ref()] ? 3 : 1)]++;
      matched++;
      if (lastMatchEnd != -1 && m.hyp() != lastMatchEnd) {
        chunks++;
      }
      lastMatchEnd = m.hyp() + 1;
    }
    if (lastMatchEnd != -1) {
      chunks++;
    }
    return new MeteorStats(hyp.size(), ref.size(), count(hypFunction), count(refFunction), stages,
        chunks, matched, matched);
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

  /** Hypothesis content words matched by module {@code m}. */
  public double testContent(MeteorModule m) {
    return stageMatches[4 * m.ordinal()];
  }

  /** Reference content words matched by module {@code m}. */
  public double refContent(MeteorModule m) {
    return stageMatches[4 * m.ordinal() + 1];
  }

  /** Hypothesis function words matched by module {@code m}. */
  public double testFunction(MeteorModule m) {
    return stageMatches[4 * m.ordinal() + 2];
  }

  /** Reference function words matched by module {@code m}. */
  public double refFunction(MeteorModule m) {
    return stageMatches[4 * m.ordinal() + 3];
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
    for (int m = 0; m < MODULES; m++) {
      sum += stageMatches[4 * m] + stageMatches[4 * m + 2];
    }
    return sum;
  }

  /** All matched reference words, summed over modules. */
  double refTotalMatches() {
    double sum = 0;
    for (int m = 0; m < MODULES; m++) {
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
    append(sb, testLength, refLength, testFunctionWords, refFunctionWords);
    append(sb, stageMatches);
    append(sb, chunks, testWordMatches, refWordMatches);
    return sb.toString().trim();
  }

  private static void append(StringBuilder sb, double... values) {
    for (double v : values) {
      sb.append(String.format(Locale.ROOT, "%s ", v));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MeteorStats s && toStatsLine().equals(s.toStatsLine());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(stageMatches) * 31 + Double.hashCode(testLength + 7 * refLength);
  }

  @Override
  public String toString() {
    return "MeteorStats[" + toStatsLine() + "]";
  }
}
