package org.s2s4j.decoding;

import java.util.List;

/** A way to search for the best outputs of a batch of sources, for example {@link BeamSearch}. */
public interface SearchStrategy {

  /**
   * Decodes {@code sources} as one batch on {@code scorer}: for each source, in the same order,
   * its finished hypotheses, best first.
   */
  List<List<Hypothesis>> search(StepScorer scorer, List<int[]> sources);

  /**
   * The search for {@code options}: {@link GreedySearch} for beam size 1 (the same output as a
   * beam of one, without the beam's bookkeeping), {@link BeamSearch} otherwise.
   */
  static SearchStrategy of(SearchOptions options) {
    return options.beamSize() == 1 ? new GreedySearch(options) : new BeamSearch(options);
  }
}
