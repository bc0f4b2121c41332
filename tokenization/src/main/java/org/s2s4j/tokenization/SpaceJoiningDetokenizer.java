package org.s2s4j.tokenization;

import java.util.List;

/** Joins tokens with single spaces: the inverse of {@link WhitespaceTokenizer}. */
public final class SpaceJoiningDetokenizer implements Detokenizer {

  @Override
  public String detokenize(List<String> tokens) {
    return String.join(" ", tokens);
  }
}
