package org.s2s4j.decoding.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic translator for testing the corpus machinery (not a model): the translation of a
 * line is its tokens reversed and upper-cased, and the second of the n-best list keeps the order.
 * Records the batches it saw; can be slowed down or made to fail after some batches.
 */
final class ReversingTranslator implements SentenceTranslator {

  final List<List<Integer>> batchLengths = Collections.synchronizedList(new ArrayList<>());
  private final long delayMillis;
  private final int failAfterBatches;
  private int batches;

  ReversingTranslator() {
    this(0, -1);
  }

  ReversingTranslator(long delayMillis, int failAfterBatches) {
    this.delayMillis = delayMillis;
    this.failAfterBatches = failAfterBatches;
  }

  static String expected(String line) {
    List<String> tokens = new ArrayList<>(List.of(line.strip().split(" +")));
    Collections.reverse(tokens);
    return String.join(" ", tokens).toUpperCase(Locale.ROOT);
  }

  @Override
  public List<String> tokenize(String line) {
    String stripped = line.strip();
    return stripped.isEmpty() ? List.of() : List.of(stripped.split(" +"));
  }

  @Override
  public List<List<Translation>> translate(List<List<String>> sources) {
    synchronized (this) {
      if (batches++ == failAfterBatches) {
        throw new IllegalStateException("injected failure at batch " + failAfterBatches);
      }
    }
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    List<Integer> lengths = new ArrayList<>();
    List<List<Translation>> out = new ArrayList<>();
    for (List<String> source : sources) {
      lengths.add(source.size());
      List<String> reversed = new ArrayList<>(source);
      Collections.reverse(reversed);
      String text = String.join(" ", reversed).toUpperCase(Locale.ROOT);
      out.add(List.of(new Translation(text, -source.size(), -2.0 * source.size()),
          new Translation(String.join(" ", source), -source.size() - 1, -3.0 * source.size())));
    }
    batchLengths.add(lengths);
    return out;
  }
}
