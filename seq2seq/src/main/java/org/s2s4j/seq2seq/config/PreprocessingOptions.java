package org.s2s4j.seq2seq.config;

import java.util.List;
import org.s2s4j.seq2seq.Preprocessing;

/**
 * The {@code preprocessing} section: how each side's raw lines become tokens, and the BPE
 * subwords learned on the training split.
 *
 * @param source the source side's tokenizer, language and lowercasing
 * @param target the target side's
 * @param bpe the subwords to learn, or null for none
 * @param bpeDropout BPE-dropout probability on the training side, in [0, 1)
 */
public record PreprocessingOptions(Preprocessing.Side source, Preprocessing.Side target, Bpe bpe,
    double bpeDropout) {

  /**
   * BPE to learn.
   *
   * @param merges merges to learn (at least 1)
   * @param joint one set of codes for both sides
   * @param minFrequency stop when no pair is this frequent
   * @param vocabularyThreshold subwords rarer than this on their side's training data are split
   *     again when applying (0: no vocabulary filter)
   * @param glossaries words or regular expressions never split
   */
  public record Bpe(int merges, boolean joint, int minFrequency, int vocabularyThreshold,
      List<String> glossaries) {}

  /**
   * True if the pipeline changes nothing but lowercasing and splitting at whitespace, so that
   * training reads the data files as they are.
   */
  public boolean splitsOnly() {
    return bpe == null && source.splitsAtWhitespace() && target.splitsAtWhitespace();
  }
}
