package org.s2s4j.tokenization;

import java.util.List;
import java.util.Locale;

/**
 * Lower-cases the text (full Unicode lower-casing, {@link Locale#ROOT}) before handing it to
 * another tokenizer, as Moses' {@code lowercase.perl} does in front of its tokenizer.
 */
public final class LowercasingTokenizer implements Tokenizer {

  private final Tokenizer delegate;

  public LowercasingTokenizer(Tokenizer delegate) {
    this.delegate = delegate;
  }

  @Override
  public List<String> tokenize(String text) {
    return delegate.tokenize(text.toLowerCase(Locale.ROOT));
  }
}
