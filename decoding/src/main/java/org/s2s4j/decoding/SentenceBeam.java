package org.s2s4j.decoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The beam of one sentence during {@link BeamSearch}: its unfinished hypotheses (one scorer row
 * each, in order), its finished ones, and the rule that says when it is done.
 */
final class SentenceBeam {

  private static final Comparator<Hypothesis> BEST_FIRST =
      Comparator.comparingDouble(Hypothesis::score).reversed();

  final int index;
  private final int sourceLength;
  private final int minLength;
  private final int maxLength;
  private final SearchOptions options;
  private List<PartialHypothesis> alive;
  private final List<Hypothesis> finished = new ArrayList<>();

  SentenceBeam(int index, int sourceLength, SearchOptions options, int bos) {
    this.index = index;
    this.sourceLength = sourceLength;
    this.minLength = options.limits().min(sourceLength);
    this.maxLength = options.limits().max(sourceLength);
    this.options = options;
    this.alive = List.of(PartialHypothesis.root(bos, sourceLength, options.coverageWeight() > 0));
  }

  /** The number of scorer rows this sentence uses now. */
  int rows() {
    return alive.size();
  }

  List<PartialHypothesis> alive() {
    return alive;
  }

  /** Whether this step must end every hypothesis (they have reached the maximum length). */
  boolean mustEnd() {
    return alive.get(0).length >= maxLength;
  }

  /** Writes the bans of this sentence's rows, which start at {@code firstRow}. */
  void bans(int[][] bans, int firstRow, int eos, NgramBlocker blocker) {
    boolean tooShort = alive.get(0).length < minLength;
    for (int i = 0; i < alive.size(); i++) {
      int[] banned = blocker == null ? new int[0] : blocker.banned(alive.get(i).tokens());
      if (tooShort) {
        banned = Arrays.copyOf(banned, banned.length + 1);
        banned[banned.length - 1] = eos;
      }
      bans[firstRow + i] = banned;
    }
  }

  /** Ends every hypothesis with the end-of-sequence token. */
  void endAll(StepScores scores, int firstRow, int eos) {
    for (int i = 0; i < alive.size(); i++) {
      PartialHypothesis h = alive.get(i);
      addFinished(h.finish(scores.logProb(firstRow + i, eos), attention(scores, firstRow + i),
          options));
    }
    alive = List.of();
  }

  /**
   * Keeps the best expansions: an end of sequence ranked within the beam size finishes its
   * hypothesis; other tokens continue until the beam is full. Returns the parent row of each new
   * hypothesis.
   */
  int[] prune(Candidate[] candidates, StepScores scores, int firstRow, int eos) {
    int beam = options.beamSize();
    List<PartialHypothesis> next = new ArrayList<>(beam);
    int[] parents = new int[beam];
    for (int rank = 0; rank < candidates.length && next.size() < beam; rank++) {
      Candidate c = candidates[rank];
      PartialHypothesis parent = alive.get(c.row() - firstRow);
      if (c.token() == eos) {
        if (rank < beam) {
          addFinished(parent.finish(c.score() - parent.logProb, attention(scores, c.row()),
              options));
        }
      } else {
        parents[next.size()] = c.row();
        next.add(parent.extend(c.token(), c.score(), attention(scores, c.row())));
      }
    }
    if (next.isEmpty() && finished.isEmpty()) {
      endAll(scores, firstRow, eos);
      return new int[0];
    }
    alive = next;
    return Arrays.copyOf(parents, next.size());
  }

  /**
   * Done when nothing is left to extend, or when n-best hypotheses are finished and no unfinished
   * one can still reach a better score than the worst of them under the length penalty in use.
   */
  boolean isDone() {
    if (alive.isEmpty()) {
      return true;
    }
    if (finished.size() < options.nBest()) {
      return false;
    }
    double worstKept = finished.get(options.nBest() - 1).score();
    return bestReachable() <= worstKept;
  }

  /** An upper bound on the score of any finished extension of the unfinished hypotheses. */
  private double bestReachable() {
    double best = Double.NEGATIVE_INFINITY;
    for (PartialHypothesis h : alive) {
      int shortest = Math.max(h.length, minLength) + 1;
      // The coverage penalty is at most 0, so leaving it out keeps this a bound.
      best = Math.max(best,
          options.lengthPenalty().bestReachable(h.logProb, shortest, maxLength + 1));
    }
    return best;
  }

  /** The n-best finished hypotheses, best first. */
  List<Hypothesis> results() {
    return List.copyOf(finished.subList(0, Math.min(options.nBest(), finished.size())));
  }

  private void addFinished(Hypothesis h) {
    finished.add(h);
    finished.sort(BEST_FIRST);
    if (finished.size() > options.nBest()) {
      finished.remove(finished.size() - 1);
    }
  }

  private float[] attention(StepScores scores, int row) {
    int width = scores.sourceWidth();
    return Arrays.copyOfRange(scores.attention(), row * width, row * width + sourceLength);
  }
}
