package org.s2s4j.decoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Greedy search: each sentence takes its most probable next token until the end of sequence or
 * its maximum length, and leaves the batch when it is finished. Uses the length limits, blocked
 * n-grams and scoring (length and coverage penalties) of its {@link SearchOptions}; the beam size
 * and n-best are ignored (one hypothesis per sentence).
 */
public final class GreedySearch implements SearchStrategy {

  private final SearchOptions options;
  private final TopK topK;
  private final NgramBlocker blocker;

  public GreedySearch(SearchOptions options, TopK topK) {
    this.options = options;
    this.topK = topK;
    this.blocker = options.repeatedNgram().isPresent()
        ? new NgramBlocker(options.repeatedNgram().getAsInt()) : null;
  }

  /** Greedy search with the arg-max taken in Java. */
  public GreedySearch(SearchOptions options) {
    this(options, new HostTopK());
  }

  @Override
  public List<List<Hypothesis>> search(StepScorer scorer, List<int[]> sources) {
    List<List<Hypothesis>> results = new ArrayList<>(sources.size());
    List<SentenceBeam> active = new ArrayList<>(sources.size());
    SearchOptions single = SearchOptions.builder().beamSize(1).nBest(1)
        .lengthPenalty(options.lengthPenalty()).coverageWeight(options.coverageWeight())
        .limits(options.limits()).build();
    for (int i = 0; i < sources.size(); i++) {
      results.add(null);
      active.add(new SentenceBeam(i, sources.get(i).length, single, scorer.bosId()));
    }
    if (sources.isEmpty()) {
      return results;
    }
    int eos = scorer.eosId();
    scorer.start(sources);
    while (!active.isEmpty()) {
      int rows = active.size();
      int[] previous = new int[rows];
      int[][] bans = new int[rows][];
      int[] groupStart = new int[rows + 1];
      int[] k = new int[rows];
      for (int row = 0; row < rows; row++) {
        SentenceBeam sentence = active.get(row);
        previous[row] = sentence.alive().get(0).token;
        sentence.bans(bans, row, eos, blocker);
        groupStart[row + 1] = row + 1;
        k[row] = sentence.mustEnd() ? 0 : 1;
      }
      StepScores scores = scorer.step(previous);
      Candidate[][] best = topK.best(scores, new float[rows], groupStart, k, RowBans.of(bans));
      int[] kept = new int[rows];
      int count = 0;
      List<SentenceBeam> remaining = new ArrayList<>(rows);
      for (int row = 0; row < rows; row++) {
        SentenceBeam sentence = active.get(row);
        if (!advance(sentence, best[row], scores, row, eos)) {
          results.set(sentence.index, sentence.results());
        } else {
          kept[count++] = row;
          remaining.add(sentence);
        }
      }
      active = remaining;
      if (!active.isEmpty()) {
        scorer.select(Arrays.copyOf(kept, count));
      }
    }
    return results;
  }

  /** Appends the best token (or ends the sentence); returns whether the sentence goes on. */
  private static boolean advance(SentenceBeam sentence, Candidate[] best, StepScores scores,
      int row, int eos) {
    if (best.length == 0 || best[0].token() == eos) {
      sentence.endAll(scores, row, eos);
      return false;
    }
    PartialHypothesis h = sentence.alive().get(0);
    Candidate shifted = new Candidate(row, best[0].token(), (float) h.logProb + best[0].score());
    sentence.prune(new Candidate[] {shifted}, scores, row, eos);
    return true;
  }
}
