package org.s2s4j.seq2seq.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.s2s4j.corpora.io.AtomicOutput;

/**
 * Named float32 arrays in an engine-neutral binary file ({@code S2ST}, version 1: count, then per
 * array its name, rank, dimensions and big-endian floats). Written atomically.
 */
public final class TensorFile {

  private static final int MAGIC = 0x53325354; // "S2ST"
  private static final int VERSION = 1;

  private TensorFile() {}

  /** Writes {@code arrays} to {@code path}; the file appears only when complete. */
  public static void write(Path path, Map<String, NDArray> arrays) throws IOException {
    try (AtomicOutput out = AtomicOutput.create(path)) {
      DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out.stream(), 1 << 16));
      data.writeInt(MAGIC);
      data.writeInt(VERSION);
      data.writeInt(arrays.size());
      for (Map.Entry<String, NDArray> e : arrays.entrySet()) {
        NDArray a = e.getValue();
        data.writeUTF(e.getKey());
        long[] dims = a.getShape().getShape();
        data.writeInt(dims.length);
        for (long d : dims) {
          data.writeLong(d);
        }
        for (float f : a.toType(DataType.FLOAT32, false).toFloatArray()) {
          data.writeFloat(f);
        }
      }
      data.flush();
      out.commit();
    }
  }

  /** Reads every array of {@code path} into {@code manager}, in file order. */
  public static Map<String, NDArray> read(Path path, NDManager manager) throws IOException {
    Map<String, NDArray> arrays = new LinkedHashMap<>();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw new IOException(path + " is not an s2s4j tensor file (version " + VERSION + ")");
      }
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        String name = in.readUTF();
        long[] dims = new long[in.readInt()];
        long size = 1;
        for (int d = 0; d < dims.length; d++) {
          dims[d] = in.readLong();
          size *= dims[d];
        }
        float[] values = new float[Math.toIntExact(size)];
        for (int j = 0; j < values.length; j++) {
          values[j] = in.readFloat();
        }
        arrays.put(name, manager.create(values, new Shape(dims)));
      }
    } catch (NoSuchFileException e) {
      throw new IOException("missing file " + path, e);
    } catch (EOFException e) {
      throw new IOException(path + " is truncated", e);
    }
    return arrays;
  }
}
