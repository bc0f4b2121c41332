package org.s2s4j.tokenization;

/** Rewrites one line of text before tokenization. Implementations are immutable and thread-safe. */
@FunctionalInterface
public interface TextNormalizer {

  /** The normalized form of {@code text}. */
  String normalize(String text);

  /** This normalizer, then {@code next}. */
  default TextNormalizer andThen(TextNormalizer next) {
    return text -> next.normalize(normalize(text));
  }
}
