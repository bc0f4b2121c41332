package org.s2s4j.serve;

import java.util.List;
import org.s2s4j.decoding.corpus.Translation;

/**
 * The translations of one sentence, best first, with the attention of the best one: a row per
 * target token and one for the end of sequence, a column per source token.
 *
 * @param translations the n-best list (one {@link Translation#EMPTY} for an empty sentence)
 * @param sourceTokens the tokens the model read (after the pipeline and any truncation)
 * @param targetTokens the best translation's tokens before detokenization
 * @param attention the best translation's attention, {@code targetTokens.size() + 1} rows
 */
public record SentenceResult(List<Translation> translations, List<String> sourceTokens,
    List<String> targetTokens, float[][] attention) {

  /** The result of an empty sentence. */
  static SentenceResult empty() {
    return new SentenceResult(List.of(Translation.EMPTY), List.of(), List.of(), new float[0][]);
  }
}
