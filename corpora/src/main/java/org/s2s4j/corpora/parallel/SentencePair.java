package org.s2s4j.corpora.parallel;

import java.util.Objects;

/** A source sentence and its translation, with the 1-based line they were read from. */
public record SentencePair(long line, String source, String target) {

  public SentencePair {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
  }
}
