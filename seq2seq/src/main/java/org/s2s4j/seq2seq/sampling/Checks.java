package org.s2s4j.seq2seq.sampling;

final class Checks {

  private Checks() {}

  static void probability(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
    }
  }
}
