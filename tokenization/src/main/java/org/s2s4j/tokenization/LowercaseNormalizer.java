package org.s2s4j.tokenization;

import java.util.Locale;

/**
 * Full Unicode lower-casing ({@link Locale#ROOT}), as Moses' {@code lowercase.perl} does before
 * its tokenizer.
 */
public final class LowercaseNormalizer implements TextNormalizer {

  @Override
  public String normalize(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
