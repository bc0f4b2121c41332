package org.s2s4j.evaluation.caption;

import java.util.List;

/**
 * One SPICE proposition: an object {@code (man)}, an attribute of an object
 * {@code (man, young)} or a relation between two objects {@code (man, ride, horse)}. Each
 * element is a lemma (or a compound lemma such as {@code teddy bear}). Two tuples match when
 * all their elements are equal.
 *
 * @param elements the lemmas, 1 to 3 of them
 */
record SemanticTuple(List<String> elements) {

  SemanticTuple {
    if (elements.isEmpty() || elements.size() > 3) {
      throw new IllegalArgumentException(
          "a semantic tuple has 1 to 3 elements, not " + elements.size() + ": " + elements);
    }
    elements = List.copyOf(elements);
  }

  /** An object tuple. */
  static SemanticTuple object(String object) {
    return new SemanticTuple(List.of(object));
  }

  /** An attribute tuple: {@code object} has {@code attribute}. */
  static SemanticTuple attribute(String object, String attribute) {
    return new SemanticTuple(List.of(object, attribute));
  }

  /** A relation tuple: {@code subject} {@code relation} {@code object}. */
  static SemanticTuple relation(String subject, String relation, String object) {
    return new SemanticTuple(List.of(subject, relation, object));
  }

  @Override
  public String toString() {
    return "(" + String.join(", ", elements) + ")";
  }
}
