package org.s2s4j.corpora.features;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.s2s4j.corpora.io.AtomicOutput;

/**
 * An n-dimensional NumPy array in memory, read from or written to the {@code .npy} format.
 *
 * <p>Any dtype of {@link NpyDtype} in either byte order and either memory order can be read; the
 * array is kept in C (row-major) order, so a Fortran-order file is transposed on reading. The
 * elements come out as {@code float}, {@code double} or {@code long} in C order whatever the
 * stored type. Written files are C order in the array's dtype (little-endian for arrays made
 * here), byte for byte what {@code numpy.save} writes for the same dtype and shape.
 */
public final class NpyArray {

  private final NpyDtype dtype;
  private final int[] shape;
  private final ByteBuffer data;

  private NpyArray(NpyDtype dtype, int[] shape, ByteBuffer data) {
    this.dtype = dtype;
    this.shape = shape.clone();
    this.data = data.order(dtype.order());
  }

  /** A float32 array of {@code shape} holding {@code values} in C order (not copied). */
  public static NpyArray ofFloats(float[] values, int... shape) {
    ByteBuffer b = allocate(NpyDtype.FLOAT32, values.length, shape);
    b.asFloatBuffer().put(values);
    return new NpyArray(NpyDtype.FLOAT32, shape, b);
  }

  /** A float64 array of {@code shape} holding {@code values} in C order. */
  public static NpyArray ofDoubles(double[] values, int... shape) {
    ByteBuffer b = allocate(NpyDtype.FLOAT64, values.length, shape);
    b.asDoubleBuffer().put(values);
    return new NpyArray(NpyDtype.FLOAT64, shape, b);
  }

  /** An int32 array of {@code shape} holding {@code values} in C order. */
  public static NpyArray ofInts(int[] values, int... shape) {
    ByteBuffer b = allocate(NpyDtype.INT32, values.length, shape);
    b.asIntBuffer().put(values);
    return new NpyArray(NpyDtype.INT32, shape, b);
  }

  /** An int64 array of {@code shape} holding {@code values} in C order. */
  public static NpyArray ofLongs(long[] values, int... shape) {
    ByteBuffer b = allocate(NpyDtype.INT64, values.length, shape);
    b.asLongBuffer().put(values);
    return new NpyArray(NpyDtype.INT64, shape, b);
  }

  private static ByteBuffer allocate(NpyDtype dtype, int length, int[] shape) {
    long elements = new NpyHeader(dtype, shape).elements();
    if (elements != length) {
      throw new IllegalArgumentException(length + " values do not fill shape " + Arrays.toString(shape)
          + " (" + elements + " elements)");
    }
    return ByteBuffer.allocate(Math.multiplyExact(length, dtype.size())).order(dtype.order());
  }

  /** Reads a {@code .npy} file. */
  public static NpyArray read(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads one {@code .npy} array from {@code in} (header and data).
   *
   * @param source names the file in error messages
   */
  public static NpyArray read(InputStream in, String source) throws IOException {
    NpyHeader header = NpyHeader.read(in, source);
    long bytes = header.dataBytes();
    if (bytes > Integer.MAX_VALUE - 16) {
      throw new NpyFormatException(source, header + " holds " + bytes
          + " bytes, more than one in-memory array can hold (2 GiB)");
    }
    byte[] raw = in.readNBytes((int) bytes);
    if (raw.length < bytes) {
      throw new NpyFormatException(source, "truncated: the header says " + header + " ("
          + bytes + " data bytes) but only " + raw.length + " follow it");
    }
    ByteBuffer data = ByteBuffer.wrap(raw);
    if (header.fortranOrder() && header.shape().length > 1) {
      data = fortranToC(data, header.shape(), header.dtype().size());
    }
    return new NpyArray(header.dtype(), header.shape(), data);
  }

  /** Reorders column-major elements into row-major order. */
  private static ByteBuffer fortranToC(ByteBuffer in, int[] shape, int size) {
    int n = shape.length;
    byte[] src = in.array();
    byte[] dst = new byte[src.length];
    int[] index = new int[n];
    long[] cStride = new long[n];
    cStride[n - 1] = 1;
    for (int i = n - 2; i >= 0; i--) {
      cStride[i] = cStride[i + 1] * shape[i + 1];
    }
    long elements = src.length / size;
    for (long f = 0; f < elements; f++) {
      long c = 0;
      for (int i = 0; i < n; i++) {
        c += index[i] * cStride[i];
      }
      System.arraycopy(src, (int) (f * size), dst, (int) (c * size), size);
      // Fortran order: the first index varies fastest.
      for (int i = 0; i < n && ++index[i] == shape[i]; i++) {
        index[i] = 0;
      }
    }
    return ByteBuffer.wrap(dst);
  }

  /** The element type as stored. */
  public NpyDtype dtype() {
    return dtype;
  }

  /** The dimensions. */
  public int[] shape() {
    return shape.clone();
  }

  /** The number of elements. */
  public int size() {
    return data.capacity() / dtype.size();
  }

  /** The header this array is written with: C order, its dtype, its shape. */
  public NpyHeader header() {
    return new NpyHeader(dtype, shape);
  }

  /** The elements in C order as float (float64 and int64 are rounded to the nearest float). */
  public float[] toFloatArray() {
    int n = size();
    float[] out = new float[n];
    if (dtype.kind() == 'f' && dtype.size() == 4) {
      data.asFloatBuffer().get(0, out);
      return out;
    }
    for (int i = 0; i < n; i++) {
      out[i] = (float) element(i);
    }
    return out;
  }

  /** The elements in C order as double. */
  public double[] toDoubleArray() {
    int n = size();
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = element(i);
    }
    return out;
  }

  /**
   * The elements in C order as long; only for integer and bool arrays (uint64 values above
   * {@code Long.MAX_VALUE} come out negative, as in two's complement).
   */
  public long[] toLongArray() {
    if (dtype.kind() == 'f') {
      throw new IllegalStateException("a " + dtype.name() + " array has no exact long values");
    }
    int n = size();
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = integer(i);
    }
    return out;
  }

  private double element(int i) {
    if (dtype.kind() == 'f') {
      int at = i * dtype.size();
      return switch (dtype.size()) {
        case 2 -> halfToFloat(data.getShort(at));
        case 4 -> data.getFloat(at);
        default -> data.getDouble(at);
      };
    }
    long v = integer(i);
    if (dtype.kind() == 'u' && dtype.size() == 8 && v < 0) {
      return (double) (v >>> 1) * 2.0 + (v & 1);
    }
    return v;
  }

  private long integer(int i) {
    int at = i * dtype.size();
    boolean unsigned = dtype.kind() != 'i';
    return switch (dtype.size()) {
      case 1 -> unsigned ? data.get(at) & 0xffL : data.get(at);
      case 2 -> unsigned ? data.getShort(at) & 0xffffL : data.getShort(at);
      case 4 -> unsigned ? data.getInt(at) & 0xffffffffL : data.getInt(at);
      default -> data.getLong(at);
    };
  }

  /** IEEE 754 binary16 to float, exactly (subnormals, infinities and NaN included). */
  static float halfToFloat(short bits) {
    int h = bits & 0xffff;
    int sign = (h >>> 15) << 31;
    int exponent = (h >>> 10) & 0x1f;
    int mantissa = h & 0x3ff;
    if (exponent == 0x1f) {
      return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
    }
    if (exponent == 0) {
      float magnitude = mantissa * 0x1p-24f;
      return sign == 0 ? magnitude : -magnitude;
    }
    return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
  }

  /** Writes header and data ({@code numpy.save}'s bytes for little-endian arrays). */
  public void write(OutputStream out) throws IOException {
    out.write(header().encode());
    out.write(data.array(), data.arrayOffset(), data.capacity());
  }

  /** Writes a {@code .npy} file atomically: {@code file} is either the old file or the whole new one. */
  public void write(Path file) throws IOException {
    try (AtomicOutput out = AtomicOutput.create(file)) {
      OutputStream stream = new BufferedOutputStream(out.stream(), 1 << 16);
      write(stream);
      stream.flush();
      out.commit();
    }
  }

  /** Element {@code i} of the first axis: an array of {@code shape[1:]} (a copy). */
  public NpyArray row(int i) {
    if (shape.length == 0 || i < 0 || i >= shape[0]) {
      throw new IndexOutOfBoundsException("row " + i + " of an array of shape " + Arrays.toString(shape));
    }
    int rowBytes = data.capacity() / shape[0];
    byte[] bytes = new byte[rowBytes];
    data.get(i * rowBytes, bytes);
    return new NpyArray(dtype, Arrays.copyOfRange(shape, 1, shape.length), ByteBuffer.wrap(bytes));
  }

  /** An array over {@code bytes}, C order, in {@code dtype}'s byte order (not copied). */
  static NpyArray wrap(NpyDtype dtype, int[] shape, byte[] bytes) {
    if (new NpyHeader(dtype, shape).dataBytes() != bytes.length) {
      throw new IllegalArgumentException(bytes.length + " bytes do not fill " + dtype + " " + Arrays.toString(shape));
    }
    return new NpyArray(dtype, shape, ByteBuffer.wrap(bytes));
  }

  /** The same elements viewed with another shape of the same size (no copy). */
  public NpyArray reshape(int... newShape) {
    if (new NpyHeader(dtype, newShape).elements() != size()) {
      throw new IllegalArgumentException("cannot reshape " + Arrays.toString(shape) + " to "
          + Arrays.toString(newShape));
    }
    return new NpyArray(dtype, newShape, data);
  }

  @Override
  public String toString() {
    return header().toString();
  }
}
