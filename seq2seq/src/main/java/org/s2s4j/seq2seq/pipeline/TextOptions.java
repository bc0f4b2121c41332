package org.s2s4j.seq2seq.pipeline;

/**
 * Translation-time departures from the pipeline a model recorded; null everywhere means "as
 * recorded".
 *
 * @param inputTokenizer the scheme that tokenizes the input instead of the model's ({@code none}:
 *     the input is already tokenized; lowercasing and BPE still apply)
 * @param sourceLanguage the input language for the tokenizer instead of the model's
 * @param targetLanguage the output language for the detokenizer instead of the model's
 * @param detokenize whether output tokens become text (default: unless the model's target
 *     scheme is {@code none})
 */
public record TextOptions(String inputTokenizer, String sourceLanguage, String targetLanguage,
    Boolean detokenize) {

  /** Everything as the model recorded it. */
  public static final TextOptions AS_RECORDED = new TextOptions(null, null, null, null);
}
