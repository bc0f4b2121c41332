package org.s2s4j.evaluation.caption;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** N-gram counting shared by the metrics. */
final class NGrams {

  private NGrams() {}

  /**
   * The counts of all n-grams of orders 1..{@code maxOrder}, in the order Python's
   * {@code precook} first meets them (all unigrams, then all bigrams, ...).
   */
  static Map<List<String>, Integer> count(List<String> words, int maxOrder) {
    Map<List<String>, Integer> counts = new LinkedHashMap<>();
    for (int k = 1; k <= maxOrder; k++) {
      for (int i = 0; i + k <= words.size(); i++) {
        counts.merge(List.copyOf(words.subList(i, i + k)), 1, Integer::sum);
      }
    }
    return counts;
  }
}
