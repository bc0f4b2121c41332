package org.s2s4j.corpora.features;

import java.nio.ByteOrder;
import java.util.Locale;

/**
 * A NumPy scalar dtype as written in a {@code .npy} header's {@code descr}: {@code '<f4'},
 * {@code '>f8'}, {@code '<f2'}, {@code '|u1'}, {@code '<i8'}, {@code '|b1'} ... Floats of 2, 4 and
 * 8 bytes, signed and unsigned integers of 1, 2, 4 and 8 bytes and bool are supported, in either
 * byte order; structured, complex, string, object and date types are not.
 *
 * @param kind {@code 'f'} float, {@code 'i'} signed integer, {@code 'u'} unsigned integer,
 *     {@code 'b'} bool
 * @param size bytes per element
 * @param order the byte order of multi-byte elements
 */
public record NpyDtype(char kind, int size, ByteOrder order) {

  /** Little-endian float32, NumPy's {@code '<f4'}. */
  public static final NpyDtype FLOAT32 = new NpyDtype('f', 4, ByteOrder.LITTLE_ENDIAN);

  /** Little-endian float64, NumPy's {@code '<f8'}. */
  public static final NpyDtype FLOAT64 = new NpyDtype('f', 8, ByteOrder.LITTLE_ENDIAN);

  /** Little-endian int32, NumPy's {@code '<i4'}. */
  public static final NpyDtype INT32 = new NpyDtype('i', 4, ByteOrder.LITTLE_ENDIAN);

  /** Little-endian int64, NumPy's {@code '<i8'}. */
  public static final NpyDtype INT64 = new NpyDtype('i', 8, ByteOrder.LITTLE_ENDIAN);

  public NpyDtype {
    boolean valid = switch (kind) {
      case 'f' -> size == 2 || size == 4 || size == 8;
      case 'i', 'u' -> size == 1 || size == 2 || size == 4 || size == 8;
      case 'b' -> size == 1;
      default -> false;
    };
    if (!valid) {
      throw new IllegalArgumentException("unsupported dtype " + kind + size);
    }
  }

  /**
   * Parses a {@code descr} string such as {@code '<f4'}.
   *
   * @throws IllegalArgumentException naming the dtype and what is supported
   */
  public static NpyDtype parse(String descr) {
    if (descr.length() >= 3) {
      char byteOrder = descr.charAt(0);
      char kind = descr.charAt(1);
      ByteOrder order = switch (byteOrder) {
        case '<', '|' -> ByteOrder.LITTLE_ENDIAN;
        case '>' -> ByteOrder.BIG_ENDIAN;
        case '=' -> ByteOrder.nativeOrder();
        default -> null;
      };
      if (order != null && "fiub".indexOf(kind) >= 0) {
        try {
          return new NpyDtype(kind, Integer.parseInt(descr.substring(2)), order);
        } catch (IllegalArgumentException e) {
          // falls through to the error below
        }
      }
    }
    throw new IllegalArgumentException("dtype '" + descr + "' is not supported (supported: "
        + "float16/32/64, int8..int64, uint8..uint64 and bool, either byte order)");
  }

  /** The header form: {@code '<f4'}; single-byte types use {@code '|'} as NumPy writes them. */
  public String descr() {
    char byteOrder = size == 1 ? '|' : order == ByteOrder.BIG_ENDIAN ? '>' : '<';
    return byteOrder + String.valueOf(kind) + size;
  }

  /** A readable name: {@code float32}, {@code uint8}, {@code bool}. */
  public String name() {
    return switch (kind) {
      case 'f' -> "float" + 8 * size;
      case 'i' -> "int" + 8 * size;
      case 'u' -> "uint" + 8 * size;
      default -> "bool";
    };
  }

  @Override
  public String toString() {
    return name() + (size > 1 ? " (" + order.toString().toLowerCase(Locale.ROOT).replace('_', ' ') + ")" : "");
  }
}
