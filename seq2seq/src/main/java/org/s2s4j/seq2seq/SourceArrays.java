package org.s2s4j.seq2seq;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * Makes the arrays an {@link Encoder} reads from the sources of a batch as training and search
 * see them, one {@code int[]} per row: token ids for text ({@link #TOKENS}), or for images the
 * row of an image in a feature table, whose grid the implementation looks up.
 */
public interface SourceArrays {

  /**
   * The (B,S) or (B,S,C) source array and the (B) int32 lengths of {@code rows}, created in
   * {@code manager}.
   *
   * @throws IllegalArgumentException if a row is empty or unknown
   */
  NDList create(NDManager manager, List<int[]> rows);

  /** Token ids padded with 0 to the longest row: (B,S) int32. */
  SourceArrays TOKENS = (manager, rows) -> {
    int width = 0;
    for (int[] r : rows) {
      width = Math.max(width, r.length);
    }
    int[] flat = new int[rows.size() * width];
    int[] lengths = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      int[] r = rows.get(i);
      if (r.length == 0) {
        throw new IllegalArgumentException("source " + i + " of the batch is empty");
      }
      System.arraycopy(r, 0, flat, i * width, r.length);
      lengths[i] = r.length;
    }
    return new NDList(manager.create(flat, new Shape(rows.size(), width)), manager.create(lengths));
  };
}
