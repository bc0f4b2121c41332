package org.s2s4j.corpora.features;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a {@code .npy} file, as the NPY format specification (numpy.lib.format) defines it:
 * the magic string {@code \x93NUMPY}, a major and minor version byte, the header length (2 bytes
 * little-endian in version 1.0, 4 bytes in 2.0 and 3.0), then a Python dict literal
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }} padded with spaces and ended
 * by a newline so that the data starts at a multiple of 64 bytes.
 *
 * <p>{@link #read} accepts versions 1.0, 2.0 and 3.0 (3.0 only differs by a UTF-8 header);
 * {@link #encode} writes exactly what NumPy 1.24 and later write: version 1.0 unless the header
 * needs more than 65535 bytes, keys in sorted order, 21 - digits(shape[0]) spare spaces for growing
 * the first axis, alignment to 64 bytes.
 *
 * @param dtype the element type
 * @param fortranOrder whether the data is in column-major (Fortran) order
 * @param shape the dimensions; empty for a scalar
 * @param dataOffset where the data starts in the file: the header's length in bytes ({@code -1}
 *     for a header not read from a file)
 */
public record NpyHeader(NpyDtype dtype, boolean fortranOrder, int[] shape, long dataOffset) {

  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final int ALIGN = 64;
  private static final int GROWTH_AXIS_MAX_DIGITS = 21;

  public NpyHeader {
    shape = shape.clone();
    for (int d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
      }
    }
  }

  /** A C-order header for writing. */
  public NpyHeader(NpyDtype dtype, int... shape) {
    this(dtype, false, shape, -1);
  }

  @Override
  public int[] shape() {
    return shape.clone();
  }

  /** The number of elements: the product of the shape (1 for a scalar). */
  public long elements() {
    long n = 1;
    for (int d : shape) {
      n *= d;
    }
    return n;
  }

  /** The number of data bytes after the header. */
  public long dataBytes() {
    return elements() * dtype.size();
  }

  /** The shape as NumPy prints it: {@code (2, 3)}, {@code (3,)}, {@code ()}. */
  public String shapeText() {
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      s.append(i > 0 ? ", " : "").append(shape[i]);
    }
    return s.append(shape.length == 1 ? ",)" : ")").toString();
  }

  /**
   * Reads a header from the start of {@code in}, leaving the stream at the first data byte.
   *
   * @param source names the file in error messages
   * @throws NpyFormatException when the bytes are not a supported NPY header
   */
  public static NpyHeader read(InputStream in, String source) throws IOException {
    DataInputStream data = new DataInputStream(in);
    byte[] prefix = new byte[8];
    try {
      data.readFully(prefix);
    } catch (EOFException e) {
      throw new NpyFormatException(source, "not a .npy file (shorter than the 8-byte magic and version)");
    }
    if (!Arrays.equals(Arrays.copyOf(prefix, 6), MAGIC)) {
      throw new NpyFormatException(source, "not a .npy file (no \\x93NUMPY magic string)");
    }
    int major = prefix[6] & 0xff;
    int minor = prefix[7] & 0xff;
    long length;
    int lengthBytes;
    try {
      if (major == 1) {
        lengthBytes = 2;
        length = (data.readUnsignedByte()) | (data.readUnsignedByte() << 8);
      } else if (major == 2 || major == 3) {
        lengthBytes = 4;
        byte[] b = new byte[4];
        data.readFully(b);
        length = (b[0] & 0xffL) | (b[1] & 0xffL) << 8 | (b[2] & 0xffL) << 16 | (b[3] & 0xffL) << 24;
      } else {
        throw new NpyFormatException(source, "NPY format version " + major + "." + minor
            + " is not supported (1.0, 2.0 and 3.0 are)");
      }
      if (length > Integer.MAX_VALUE - 16) {
        throw new NpyFormatException(source, "header length " + length + " is not plausible");
      }
      byte[] text = new byte[(int) length];
      data.readFully(text);
      String dict = new String(text, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
      return parse(dict, source, 8 + lengthBytes + length);
    } catch (EOFException e) {
      throw new NpyFormatException(source, "truncated header");
    }
  }

  private static NpyHeader parse(String text, String source, long dataOffset) throws NpyFormatException {
    Object value;
    try {
      value = new DictParser(text).parseTopLevel();
    } catch (IllegalArgumentException e) {
      throw new NpyFormatException(source, "malformed header " + quoted(text) + ": " + e.getMessage());
    }
    if (!(value instanceof Map<?, ?> dict)) {
      throw new NpyFormatException(source, "header is not a dict: " + quoted(text));
    }
    Object descr = dict.get("descr");
    Object fortran = dict.get("fortran_order");
    Object shape = dict.get("shape");
    if (descr == null || fortran == null || shape == null || dict.size() != 3) {
      throw new NpyFormatException(source, "header must have exactly the keys 'descr', "
          + "'fortran_order' and 'shape': " + quoted(text));
    }
    if (!(descr instanceof String d)) {
      throw new NpyFormatException(source, "structured dtypes are not supported: " + quoted(text));
    }
    if (!(fortran instanceof Boolean f)) {
      throw new NpyFormatException(source, "'fortran_order' must be True or False: " + quoted(text));
    }
    if (!(shape instanceof List<?> dims) || !dims.stream().allMatch(x -> x instanceof Long)) {
      throw new NpyFormatException(source, "'shape' must be a tuple of integers: " + quoted(text));
    }
    NpyDtype dtype;
    try {
      dtype = NpyDtype.parse(d);
    } catch (IllegalArgumentException e) {
      throw new NpyFormatException(source, e.getMessage());
    }
    int[] s = new int[dims.size()];
    for (int i = 0; i < s.length; i++) {
      long dim = (Long) dims.get(i);
      if (dim < 0 || dim > Integer.MAX_VALUE) {
        throw new NpyFormatException(source, "dimension " + dim + " out of range: " + quoted(text));
      }
      s[i] = (int) dim;
    }
    return new NpyHeader(dtype, f, s, dataOffset);
  }

  private static String quoted(String text) {
    String t = text.strip();
    return "\"" + (t.length() > 200 ? t.substring(0, 200) + "..." : t) + "\"";
  }

  /** The header bytes NumPy writes for this dtype, order and shape (version 1.0 when it fits). */
  public byte[] encode() {
    StringBuilder dict = new StringBuilder("{'descr': '").append(dtype.descr())
        .append("', 'fortran_order': ").append(fortranOrder ? "True" : "False")
        .append(", 'shape': ").append(shapeText()).append(", }");
    if (shape.length > 0) {
      int growthAxis = fortranOrder ? shape.length - 1 : 0;
      dict.append(" ".repeat(Math.max(0, GROWTH_AXIS_MAX_DIGITS - Integer.toString(shape[growthAxis]).length())));
    }
    byte[] text = dict.toString().getBytes(StandardCharsets.ISO_8859_1);
    int headerLength = text.length + 1;
    int lengthBytes = 2;
    int pad = ALIGN - (MAGIC.length + 2 + lengthBytes + headerLength) % ALIGN;
    if (headerLength + pad > 0xffff) {
      lengthBytes = 4;
      pad = ALIGN - (MAGIC.length + 2 + lengthBytes + headerLength) % ALIGN;
    }
    int total = headerLength + pad;
    ByteArrayOutputStream out = new ByteArrayOutputStream(MAGIC.length + 2 + lengthBytes + total);
    out.writeBytes(MAGIC);
    out.write(lengthBytes == 2 ? 1 : 2);
    out.write(0);
    for (int i = 0; i < lengthBytes; i++) {
      out.write((total >>> (8 * i)) & 0xff);
    }
    out.writeBytes(text);
    out.writeBytes(" ".repeat(pad).getBytes(StandardCharsets.ISO_8859_1));
    out.write('\n');
    return out.toByteArray();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NpyHeader h && dtype.equals(h.dtype) && fortranOrder == h.fortranOrder
        && Arrays.equals(shape, h.shape) && dataOffset == h.dataOffset;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * dtype.hashCode() + Arrays.hashCode(shape)) + Boolean.hashCode(fortranOrder);
  }

  @Override
  public String toString() {
    return dtype.name() + " " + shapeText() + (fortranOrder ? " Fortran order" : "");
  }

  /**
   * The subset of Python literals NPY headers use: dicts, tuples and lists, single- or
   * double-quoted strings, integers (with Python 2's {@code L} suffix), {@code True} and
   * {@code False}.
   */
  private static final class DictParser {
    private final String s;
    private int pos;

    DictParser(String s) {
      this.s = s;
    }

    Object parseTopLevel() {
      Object value = value();
      skipSpace();
      if (pos != s.length()) {
        throw new IllegalArgumentException("unexpected text at offset " + pos);
      }
      return value;
    }

    private Object value() {
      skipSpace();
      if (pos >= s.length()) {
        throw new IllegalArgumentException("unexpected end");
      }
      char c = s.charAt(pos);
      if (c == '{') {
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        while (true) {
          skipSpace();
          if (peek('}')) {
            return map;
          }
          Object key = value();
          if (!(key instanceof String k)) {
            throw new IllegalArgumentException("dict key is not a string at offset " + pos);
          }
          skipSpace();
          expect(':');
          map.put(k, value());
          skipSpace();
          if (!peek(',')) {
            skipSpace();
            expect('}');
            return map;
          }
        }
      }
      if (c == '(' || c == '[') {
        char close = c == '(' ? ')' : ']';
        pos++;
        List<Object> items = new ArrayList<>();
        while (true) {
          skipSpace();
          if (peek(close)) {
            return items;
          }
          items.add(value());
          skipSpace();
          if (!peek(',')) {
            skipSpace();
            expect(close);
            return items;
          }
        }
      }
      if (c == '\'' || c == '"') {
        int end = s.indexOf(c, pos + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated string");
        }
        String text = s.substring(pos + 1, end);
        pos = end + 1;
        return text;
      }
      if (s.startsWith("True", pos)) {
        pos += 4;
        return Boolean.TRUE;
      }
      if (s.startsWith("False", pos)) {
        pos += 5;
        return Boolean.FALSE;
      }
      int start = pos;
      if (c == '-' || c == '+') {
        pos++;
      }
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      if (pos == start || !Character.isDigit(s.charAt(pos - 1))) {
        throw new IllegalArgumentException("unexpected '" + c + "' at offset " + start);
      }
      long number;
      try {
        number = Long.parseLong(s.substring(start, pos));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("integer out of range at offset " + start);
      }
      if (pos < s.length() && (s.charAt(pos) == 'L' || s.charAt(pos) == 'l')) {
        pos++;
      }
      return number;
    }

    private void skipSpace() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    private boolean peek(char c) {
      if (pos < s.length() && s.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw new IllegalArgumentException("expected '" + c + "' at offset " + pos);
      }
    }
  }
}
