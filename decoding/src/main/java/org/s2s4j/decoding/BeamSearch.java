package org.s2s4j.decoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Batched beam search: every sentence of the batch keeps up to {@code beamSize} hypotheses as rows
 * of one {@link StepScorer} batch, and a sentence leaves the batch as soon as it is done. Each step
 * expands the rows ({@link TopK} picks the best {@code 2 × beamSize} expansions per sentence),
 * prunes them to the beam (an end of sequence ranked within the beam finishes its hypothesis), and
 * retires the finished sentences. A sentence is done only when no unfinished hypothesis can still
 * beat its n-best under the length penalty in use, so the result never depends on the batch.
 *
 * <p>Thread-safe if its {@link TopK} is; the scorer is not.
 */
public final class BeamSearch implements SearchStrategy {

  private final SearchOptions options;
  private final TopK topK;
  private final NgramBlocker blocker;

  public BeamSearch(SearchOptions options, TopK topK) {
    this.options = options;
    this.topK = topK;
    this.blocker = options.repeatedNgram().isPresent()
        ? new NgramBlocker(options.repeatedNgram().getAsInt()) : null;
  }

  /** Beam search with top-k in Java. */
  public BeamSearch(SearchOptions options) {
    this(options, new HostTopK());
  }

  public SearchOptions options() {
    return options;
  }

  @Override
  public List<List<Hypothesis>> search(StepScorer scorer, List<int[]> sources) {
    List<List<Hypothesis>> results = new ArrayList<>(sources.size());
    List<SentenceBeam> active = new ArrayList<>(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      results.add(null);
      active.add(new SentenceBeam(i, sources.get(i).length, options, scorer.bosId()));
    }
    if (sources.isEmpty()) {
      return results;
    }
    scorer.start(sources);
    while (!active.isEmpty()) {
      StepScores scores = scorer.step(previousTokens(active));
      int[][] parents = expandAndPrune(active, scores, scorer.eosId());
      int[] kept = retireFinished(active, parents, results);
      if (!active.isEmpty()) {
        scorer.select(kept);
      }
    }
    return results;
  }

  private static int[] previousTokens(List<SentenceBeam> active) {
    int rows = 0;
    for (SentenceBeam beam : active) {
      rows += beam.rows();
    }
    int[] previous = new int[rows];
    int row = 0;
    for (SentenceBeam beam : active) {
      for (PartialHypothesis h : beam.alive()) {
        previous[row++] = h.token;
      }
    }
    return previous;
  }

  /** One step for every sentence; returns, per sentence, the parent rows of its new hypotheses. */
  private int[][] expandAndPrune(List<SentenceBeam> active, StepScores scores, int eos) {
    int groups = active.size();
    int[] groupStart = new int[groups + 1];
    int[] k = new int[groups];
    float[] base = new float[scores.rows()];
    int[][] bans = new int[scores.rows()][];
    for (int g = 0; g < groups; g++) {
      SentenceBeam beam = active.get(g);
      int first = groupStart[g];
      groupStart[g + 1] = first + beam.rows();
      List<PartialHypothesis> alive = beam.alive();
      for (int i = 0; i < alive.size(); i++) {
        base[first + i] = (float) alive.get(i).logProb;
      }
      k[g] = beam.mustEnd() ? 0 : 2 * options.beamSize();
      beam.bans(bans, first, eos, blocker);
    }
    Candidate[][] best = topK.best(scores, base, groupStart, k, RowBans.of(bans));
    int[][] parents = new int[groups][];
    for (int g = 0; g < groups; g++) {
      SentenceBeam beam = active.get(g);
      if (beam.mustEnd()) {
        beam.endAll(scores, groupStart[g], eos);
        parents[g] = new int[0];
      } else {
        parents[g] = beam.prune(best[g], scores, groupStart[g], eos);
      }
    }
    return parents;
  }

  /** Removes the sentences that are done; returns the scorer rows the others continue from. */
  private static int[] retireFinished(List<SentenceBeam> active, int[][] parents,
      List<List<Hypothesis>> results) {
    int[] kept = new int[Arrays.stream(parents).mapToInt(p -> p.length).sum()];
    int count = 0;
    List<SentenceBeam> remaining = new ArrayList<>(active.size());
    for (int g = 0; g < active.size(); g++) {
      SentenceBeam beam = active.get(g);
      if (beam.isDone()) {
        results.set(beam.index, beam.results());
      } else {
        System.arraycopy(parents[g], 0, kept, count, parents[g].length);
        count += parents[g].length;
        remaining.add(beam);
      }
    }
    active.clear();
    active.addAll(remaining);
    return Arrays.copyOf(kept, count);
  }
}
