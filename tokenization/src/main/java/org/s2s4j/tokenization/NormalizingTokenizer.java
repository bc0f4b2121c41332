package org.s2s4j.tokenization;

import java.util.List;

/** Normalizes the text, then tokenizes it. */
public final class NormalizingTokenizer implements Tokenizer {

  private final TextNormalizer normalizer;
  private final Tokenizer tokenizer;

  public NormalizingTokenizer(TextNormalizer normalizer, Tokenizer tokenizer) {
    this.normalizer = normalizer;
    this.tokenizer = tokenizer;
  }

  @Override
  public List<String> tokenize(String text) {
    return tokenizer.tokenize(normalizer.normalize(text));
  }
}
