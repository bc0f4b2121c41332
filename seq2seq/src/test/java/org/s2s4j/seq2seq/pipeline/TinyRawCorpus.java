package org.s2s4j.seq2seq.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * A tiny raw English-German corpus for pipeline tests: 80 cased, punctuated sentence pairs made
 * of every subject, verb and place below. Shared with the cli module's tests.
 */
public final class TinyRawCorpus {

  private static final String[][] SUBJECTS = {{"A man", "Ein Mann"}, {"A woman", "Eine Frau"},
      {"The dog", "Der Hund"}, {"A girl", "Ein Mädchen"}, {"The boy", "Der Junge"}};
  private static final String[][] VERBS = {{"is running", "läuft"}, {"is sleeping", "schläft"},
      {"is playing", "spielt"}, {"is sitting", "sitzt"}};
  private static final String[][] PLACES = {{" in the park.", " im Park."},
      {" on the street, outside.", " auf der Straße, draußen."}, {" near the house!", " beim Haus!"},
      {".", "."}};

  private TinyRawCorpus() {}

  /** The pairs, each {English, German}, in a fixed order. */
  public static List<String[]> pairs() {
    List<String[]> pairs = new ArrayList<>();
    for (String[] s : SUBJECTS) {
      for (String[] v : VERBS) {
        for (String[] p : PLACES) {
          pairs.add(new String[] {s[0] + " " + v[0] + p[0], s[1] + " " + v[1] + p[1]});
        }
      }
    }
    return pairs;
  }
}
