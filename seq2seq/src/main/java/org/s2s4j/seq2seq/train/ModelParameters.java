package org.s2s4j.seq2seq.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Saves a block's parameters to a {@link TensorFile} and loads them back by name and shape. */
public final class ModelParameters {

  private ModelParameters() {}

  /** The block's parameters by unique name. */
  public static Map<String, Parameter> byName(Block block) {
    Map<String, Parameter> params = new LinkedHashMap<>();
    for (Pair<String, Parameter> p : block.getParameters()) {
      params.put(p.getKey(), p.getValue());
    }
    return params;
  }

  /** Writes every parameter to {@code path} atomically. */
  public static void save(Block block, Path path) throws IOException {
    Map<String, NDArray> arrays = new LinkedHashMap<>();
    byName(block).forEach((name, p) -> arrays.put(name, p.getArray()));
    TensorFile.write(path, arrays);
  }

  /**
   * Copies the values in {@code path} into the (initialised) block's parameters; every parameter
   * must be present with the same shape.
   */
  public static void load(Block block, Path path, NDManager scratch) throws IOException {
    Map<String, NDArray> saved = TensorFile.read(path, scratch);
    for (Map.Entry<String, Parameter> e : byName(block).entrySet()) {
      NDArray value = saved.get(e.getKey());
      NDArray target = e.getValue().getArray();
      if (value == null) {
        throw new IOException(path + " has no parameter " + e.getKey() + " (model and checkpoint differ)");
      }
      if (!value.getShape().equals(target.getShape())) {
        throw new IOException(path + ": parameter " + e.getKey() + " has shape " + value.getShape()
            + " but the model expects " + target.getShape());
      }
      value.copyTo(target);
    }
  }
}
