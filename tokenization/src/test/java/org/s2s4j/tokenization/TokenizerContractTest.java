package org.s2s4j.tokenization;

import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/**
 * Every registered scheme, on arbitrary text: tokens are non-empty and hold no space or line
 * break, so that joining them with spaces keeps one output line per input line.
 */
class TokenizerContractTest {

  @Property(tries = 300)
  void tokensAreNonEmptyAndHoldNoSpaceOrLineBreak(
      @ForAll @StringLength(max = 40) String text) {
    for (String scheme : Tokenizers.schemes()) {
      for (String token : Tokenizers.create(scheme, "de", true).tokenize(text)) {
        assertFalse(token.isEmpty(), scheme + " gave an empty token for '" + text + "'");
        assertFalse(token.contains(" ") || token.contains("\n") || token.contains("\r"),
            scheme + " gave '" + token + "' for '" + text + "'");
      }
    }
  }
}
