package org.s2s4j.corpora.batch;

import java.util.Objects;

/**
 * One training pair as token ids, without BOS/EOS (the model adds them).
 *
 * <p>{@code index} is the 0-based position of the pair in the corpus stream. The arrays are not
 * copied: callers must not change them after construction. Equality is that of records, so arrays
 * compare by identity.
 */
public record Example(long index, int[] source, int[] target) {

  public Example {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0: " + index);
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
  }
}
