package org.s2s4j.decoding.corpus;

/** One translation of a line: its text, its search score and its log-probability under the model. */
public record Translation(String text, double score, double logProb) {

  /** The translation of an empty line. */
  public static final Translation EMPTY = new Translation("", 0.0, 0.0);
}
