package org.s2s4j.corpora.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.s2s4j.corpora.io.CloseableIterator;

/** In-memory example sources for the batching tests. */
final class ExamplesForTests {

  private ExamplesForTests() {}

  /** Example i has a source of {@code sourceLengths[i]} tokens and a target one token shorter. */
  static List<Example> withSourceLengths(int... sourceLengths) {
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < sourceLengths.length; i++) {
      int[] source = new int[sourceLengths[i]];
      Arrays.fill(source, i + 1);
      int[] target = new int[Math.max(0, sourceLengths[i] - 1)];
      Arrays.fill(target, i + 1);
      examples.add(new Example(i, source, target));
    }
    return examples;
  }

  /** A source over {@code examples}; {@code read} counts the examples handed out. */
  static ExampleSource source(List<Example> examples, AtomicInteger read) {
    return () -> {
      Iterator<Example> it = examples.iterator();
      return new CloseableIterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public Example next() {
          read.incrementAndGet();
          return it.next();
        }

        @Override
        public void close() {}
      };
    };
  }

  static ExampleSource source(List<Example> examples) {
    return source(examples, new AtomicInteger());
  }
}
