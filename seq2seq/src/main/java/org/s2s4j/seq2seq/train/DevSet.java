package org.s2s4j.seq2seq.train;

import java.util.List;
import org.s2s4j.decoding.SearchOptions;
import org.s2s4j.decoding.corpus.CorpusOptions;
import org.s2s4j.decoding.corpus.TextCodec;
import org.s2s4j.evaluation.mt.BleuOptions;

/**
 * The development data a run evaluates on: id sequences for the teacher-forced perplexity, and
 * for BLEU the source and reference lines with the text path of {@code s2s translate} (the
 * model's codec, greedy search settings and corpus settings), so that dev BLEU is by construction
 * what {@code s2s translate --beam 1} and {@code s2s score bleu} give on the same files.
 *
 * @param sources source id sequences (non-empty), for perplexity
 * @param targets target id sequences (without BOS/EOS), for perplexity
 * @param sourceLines the dev source lines as {@code s2s translate} reads them
 * @param references the dev reference lines as {@code s2s score bleu} reads them
 * @param codec the model's text side: source line to ids, output ids to text
 * @param search the greedy search settings
 * @param corpus the corpus decoder's settings (batching, window, longest input)
 * @param bleu how BLEU is computed, or null to evaluate perplexity only
 */
public record DevSet(List<int[]> sources, List<int[]> targets, List<String> sourceLines, List<String> references,
    TextCodec codec, SearchOptions search, CorpusOptions corpus, BleuOptions bleu) {

  /** Validates that the lists line up and are not empty. */
  public DevSet {
    int n = sources.size();
    if (n == 0 || targets.size() != n || sourceLines.size() != n || references.size() != n) {
      throw new IllegalArgumentException("dev set: " + n + " sources, " + targets.size() + " targets, "
          + sourceLines.size() + " source lines, " + references.size()
          + " references (need equal, non-zero counts)");
    }
    if (bleu != null && (codec == null || search == null || corpus == null)) {
      throw new IllegalArgumentException("dev BLEU needs the codec, search and corpus settings");
    }
  }

  /** A dev set scored by perplexity only. */
  public static DevSet perplexityOnly(List<int[]> sources, List<int[]> targets) {
    List<String> none = sources.stream().map(s -> "").toList();
    return new DevSet(sources, targets, none, none, null, null, null, null);
  }
}
