package org.s2s4j.corpora.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NpyHeaderTest {

  /**
   * The NPY format spec, version 1.0: 6-byte magic, version 1 0, a 2-byte little-endian header
   * length, then the dict literal padded with spaces and ended by '\n' so that magic + version +
   * length + header is a multiple of 64 bytes. NumPy (1.24 and later) adds 21 - len("2") spaces of
   * room for the first axis to grow before padding.
   */
  @Test
  void encodesVersion10HeaderByteForByte() {
    String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
    assertEquals(59, dict.length());
    // 10 + 59 + 20 growth spaces + 1 newline = 90 -> padded to 128: 38 more spaces.
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 118, 0});
    expected.writeBytes(dict.getBytes(StandardCharsets.US_ASCII));
    expected.writeBytes(" ".repeat(20 + 38).getBytes(StandardCharsets.US_ASCII));
    expected.write('\n');
    assertEquals(128, expected.size());

    assertArrayEquals(expected.toByteArray(), new NpyHeader(NpyDtype.FLOAT32, 2, 3).encode());
  }

  @Test
  void encodesOneDimensionalAndScalarShapesAsPythonTuples() throws IOException {
    assertEquals("(3,)", new NpyHeader(NpyDtype.FLOAT64, 3).shapeText());
    assertEquals("()", new NpyHeader(NpyDtype.FLOAT64).shapeText());
    byte[] scalar = new NpyHeader(NpyDtype.FLOAT32).encode();
    assertEquals(128, scalar.length);
    String text = new String(scalar, 10, scalar.length - 10, StandardCharsets.ISO_8859_1);
    // A scalar has no growth axis: no spare spaces before the alignment padding.
    assertTrue(text.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (), }  "));
    NpyHeader back = NpyHeader.read(new ByteArrayInputStream(scalar), "scalar");
    assertEquals(0, back.shape().length);
    assertEquals(1, back.elements());
    assertEquals(128, back.dataOffset());
  }

  @Test
  void switchesToVersion20WhenTheHeaderIsLongerThan65535Bytes() throws IOException {
    int[] shape = new int[25000];
    java.util.Arrays.fill(shape, 1);
    byte[] encoded = new NpyHeader(NpyDtype.FLOAT32, shape).encode();
    assertEquals(2, encoded[6]);
    assertEquals(0, encoded.length % 64);
    NpyHeader back = NpyHeader.read(new ByteArrayInputStream(encoded), "long");
    assertEquals(25000, back.shape().length);
    assertEquals(encoded.length, back.dataOffset());
  }

  @Test
  void readsHandMadeHeadersOfEveryVersionAndOrder() throws IOException {
    NpyHeader v2 = read(2, "{'descr': '>f8', 'fortran_order': True, 'shape': (3, 4), }");
    assertEquals(new NpyDtype('f', 8, ByteOrder.BIG_ENDIAN), v2.dtype());
    assertTrue(v2.fortranOrder());
    assertArrayEquals(new int[] {3, 4}, v2.shape());
    // 12 bytes of magic, version and 4-byte length, then 59 + 1 bytes of dict: data at 128.
    assertEquals(128, v2.dataOffset());

    // Python 2 wrote long integers with an L suffix; keys may come in any order; double quotes.
    NpyHeader py2 = read(1, "{\"shape\": (3L, 4L), 'fortran_order': False, 'descr': '<f2'}");
    assertEquals(new NpyDtype('f', 2, ByteOrder.LITTLE_ENDIAN), py2.dtype());
    assertArrayEquals(new int[] {3, 4}, py2.shape());

    NpyHeader v3 = read(3, "{'descr': '|u1', 'fortran_order': False, 'shape': (5,), }");
    assertEquals('u', v3.dtype().kind());
    assertFalse(v3.fortranOrder());
  }

  @Test
  void rejectsWhatItCannotReadNamingTheFile() {
    assertMessage("x.npy: not a .npy file (no \\x93NUMPY magic string)",
        () -> NpyHeader.read(new ByteArrayInputStream("PK\3\4 not numpy".getBytes(StandardCharsets.ISO_8859_1)), "x.npy"));
    assertMessage("x.npy: NPY format version 4.0 is not supported (1.0, 2.0 and 3.0 are)",
        () -> readAs(4, "{}", "x.npy"));
    assertMessage("x.npy: structured dtypes are not supported: \"{'descr': [('a', '<f4')], "
        + "'fortran_order': False, 'shape': (2,), }\"",
        () -> readAs(1, "{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (2,), }", "x.npy"));
    assertMessage("x.npy: dtype '<c8' is not supported (supported: float16/32/64, int8..int64, "
        + "uint8..uint64 and bool, either byte order)",
        () -> readAs(1, "{'descr': '<c8', 'fortran_order': False, 'shape': (2,), }", "x.npy"));
    assertMessage("x.npy: header must have exactly the keys 'descr', 'fortran_order' and 'shape': "
        + "\"{'descr': '<f4', 'shape': (2,), }\"",
        () -> readAs(1, "{'descr': '<f4', 'shape': (2,), }", "x.npy"));
    assertThrows(NpyFormatException.class,
        () -> readAs(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2,", "x.npy"));
  }

  private static void assertMessage(String message, org.junit.jupiter.api.function.Executable run) {
    assertEquals(message, assertThrows(NpyFormatException.class, run).getMessage());
  }

  private static NpyHeader read(int version, String dict) throws IOException {
    return readAs(version, dict, "test.npy");
  }

  /** A header as the spec lays it out, padded to 64 bytes. */
  static NpyHeader readAs(int version, String dict, String source) throws IOException {
    int lengthBytes = version == 1 ? 2 : 4;
    int unpadded = 8 + lengthBytes + dict.length() + 1;
    String text = dict + " ".repeat((64 - unpadded % 64) % 64) + "\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) version, 0});
    for (int i = 0; i < lengthBytes; i++) {
      out.write((text.length() >>> (8 * i)) & 0xff);
    }
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return NpyHeader.read(new ByteArrayInputStream(out.toByteArray()), source);
  }
}
