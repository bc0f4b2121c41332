package org.s2s4j.seq2seq;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/** Row gathers written with ops that exist on both MXNet and PyTorch. */
final class Rows {

  private Rows() {}

  /** {@code x[rows]} along axis 0; {@code rows} is an int32 (R) index array. */
  static NDArray select(NDArray x, NDArray rows) {
    return x.get(new NDIndex("{}", rows));
  }

  /**
   * For (B,S,D) {@code x}, the flat row index {@code b*S + positions[b][s]} gathered into (B,S',D);
   * the index array is built on the host and created in {@code x}'s manager.
   */
  static NDArray gather(NDArray x, int[][] positions) {
    Shape shape = x.getShape();
    int b = (int) shape.get(0);
    int s = (int) shape.get(1);
    int width = positions[0].length;
    int[] flat = new int[b * width];
    for (int i = 0; i < b; i++) {
      for (int j = 0; j < width; j++) {
        flat[i * width + j] = i * s + positions[i][j];
      }
    }
    NDManager manager = x.getManager();
    NDArray index = manager.create(flat);
    return select(x.reshape(b * (long) s, shape.get(2)), index).reshape(b, width, shape.get(2));
  }
}
