package org.s2s4j.evaluation.caption;

import java.util.Set;

/**
 * The SPICE statistics of one image: how many candidate tuples match a reference tuple, and the
 * sizes of both tuple sets; precision, recall and their F1 as SPICE 1.0 computes them (a score
 * with no match, or with no reference tuple, is 0, never NaN).
 *
 * @param matched candidate tuples that equal a reference tuple
 * @param candidate distinct candidate tuples
 * @param reference distinct reference tuples
 */
record TupleFScore(int matched, int candidate, int reference) {

  TupleFScore {
    if (matched < 0 || matched > candidate || matched > reference) {
      throw new IllegalArgumentException("matched tuples must be within 0.." + "min(candidate "
          + candidate + ", reference " + reference + "), not " + matched);
    }
  }

  /** Compares the candidate's tuples with the (merged) references' tuples by exact match. */
  static TupleFScore compare(Set<SemanticTuple> candidate, Set<SemanticTuple> reference) {
    int matched = 0;
    for (SemanticTuple t : candidate) {
      if (reference.contains(t)) {
        matched++;
      }
    }
    return new TupleFScore(matched, candidate.size(), reference.size());
  }

  /** Matched over candidate tuples; 0 when there is no candidate tuple. */
  double precision() {
    return candidate == 0 ? 0.0 : matched / (double) candidate;
  }

  /** Matched over reference tuples; 0 when there is no reference tuple. */
  double recall() {
    return reference == 0 ? 0.0 : matched / (double) reference;
  }

  /** The F1 of precision and recall; 0 when either is 0. */
  double f() {
    double p = precision();
    double r = recall();
    return p > 0 && r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
}
