package org.s2s4j.decoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Exhaustive search for tests: scores every allowed output of a {@link TableScorer.Table}. */
final class Exhaustive {

  record Scored(int[] tokens, double logProb, double score) {}

  private Exhaustive() {}

  /**
   * Every output over tokens {@code 2..vocabularySize-1} with a length in [min, max] and no n-gram
   * of size {@code blockedN} twice (0: no blocking), scored as the search would, best first.
   */
  static List<Scored> rank(TableScorer.Table table, int vocabularySize, int[] source, int min,
      int max, LengthPenalty penalty, double coverageWeight, int blockedN) {
    List<Scored> all = new ArrayList<>();
    enumerate(table, vocabularySize, source, new int[0], min, max, penalty, coverageWeight,
        blockedN, all);
    all.sort(Comparator.comparingDouble(Scored::score).reversed());
    return all;
  }

  private static void enumerate(TableScorer.Table table, int vocabularySize, int[] source,
      int[] prefix, int min, int max, LengthPenalty penalty, double coverageWeight, int blockedN,
      List<Scored> out) {
    if (blockedN > 0 && hasRepeatedNgram(prefix, blockedN)) {
      return;
    }
    if (prefix.length >= min) {
      out.add(score(table, source, prefix, penalty, coverageWeight));
    }
    if (prefix.length == max) {
      return;
    }
    for (int v = 2; v < vocabularySize; v++) {
      int[] longer = Arrays.copyOf(prefix, prefix.length + 1);
      longer[prefix.length] = v;
      enumerate(table, vocabularySize, source, longer, min, max, penalty, coverageWeight,
          blockedN, out);
    }
  }

  static Scored score(TableScorer.Table table, int[] source, int[] tokens, LengthPenalty penalty,
      double coverageWeight) {
    double logProb = 0;
    double[] coverage = new double[source.length];
    for (int t = 0; t <= tokens.length; t++) {
      int[] prefix = Arrays.copyOf(tokens, t);
      int token = t < tokens.length ? tokens[t] : RandomTable.EOS;
      logProb += Math.log(table.next(source, prefix)[token]);
      double[] a = table.attention(source, prefix);
      for (int s = 0; s < a.length; s++) {
        coverage[s] += a[s];
      }
    }
    double score = penalty.normalize(logProb, tokens.length + 1);
    if (coverageWeight > 0) {
      double cp = 0;
      for (double c : coverage) {
        cp += Math.log(Math.max(Math.min(c, 1.0), 1e-10));
      }
      score += coverageWeight * cp;
    }
    return new Scored(tokens, logProb, score);
  }

  static boolean hasRepeatedNgram(int[] tokens, int n) {
    for (int i = 0; i + n <= tokens.length; i++) {
      for (int j = i + 1; j + n <= tokens.length; j++) {
        if (Arrays.equals(tokens, i, i + n, tokens, j, j + n)) {
          return true;
        }
      }
    }
    return false;
  }
}
