package org.s2s4j.seq2seq.train;

import java.util.List;
import java.util.function.Function;

/**
 * The development data a run evaluates on.
 *
 * @param sources source id sequences (non-empty)
 * @param targets target id sequences (without BOS/EOS)
 * @param references reference texts (one per source) for BLEU
 * @param toText turns a hypothesis' target ids into text comparable with the references
 * @param bleu corpus BLEU of hypotheses against references, or null to evaluate perplexity only
 */
public record DevSet(List<int[]> sources, List<int[]> targets, List<String> references,
    Function<int[], String> toText, CorpusScorer bleu) {

  /** Validates that the lists line up and are not empty. */
  public DevSet {
    if (sources.isEmpty() || sources.size() != targets.size() || sources.size() != references.size()) {
      throw new IllegalArgumentException("dev set: " + sources.size() + " sources, " + targets.size()
          + " targets, " + references.size() + " references (need equal, non-zero counts)");
    }
  }

  /** Corpus-level score of hypotheses against references (e.g. BLEU in 0..100). */
  @FunctionalInterface
  public interface CorpusScorer {
    double score(List<String> hypotheses, List<String> references);
  }
}
