package org.s2s4j.corpora.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test resources {@code *.npy} / {@code *.npz} of this package were written by NumPy 2.4:
 * <pre>
 * feat = (np.arange(24, dtype=np.float32).reshape(2, 3, 4) / 8).astype(np.float32)
 * np.savez_compressed('savez_compressed.npz', feat=feat)
 * np.savez('savez_stored.npz', feat=feat, fc=feat.mean(axis=(0, 1)))
 * np.save('fortran_big_endian_f8.npy', np.asfortranarray(np.arange(6, dtype='>f8').reshape(2, 3)))
 * np.save('float16.npy', np.array([1.0, -2.0, 65504.0, 2.0**-24, np.inf, 0.5], dtype='<f2'))
 * np.save('uint8.npy', np.array([[0, 255], [7, 128]], dtype=np.uint8))
 * </pre>
 */
class NpyArrayTest {

  @TempDir Path dir;

  static Path resource(String name) {
    try {
      return Path.of(NpyArrayTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void writesAndReadsBackEveryTypeItMakes() throws IOException {
    float[] floats = {1.5f, -2f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NaN, 0f};
    NpyArray f = NpyArray.read(write(NpyArray.ofFloats(floats, 2, 3)));
    assertEquals(NpyDtype.FLOAT32, f.dtype());
    assertArrayEquals(new int[] {2, 3}, f.shape());
    assertArrayEquals(floats, f.toFloatArray());

    double[] doubles = {Math.PI, -1e300};
    assertArrayEquals(doubles, NpyArray.read(write(NpyArray.ofDoubles(doubles, 2))).toDoubleArray());
    long[] longs = {Long.MIN_VALUE, 3};
    assertArrayEquals(longs, NpyArray.read(write(NpyArray.ofLongs(longs, 2, 1))).toLongArray());
    int[] ints = {-7, 8};
    assertArrayEquals(new long[] {-7, 8}, NpyArray.read(write(NpyArray.ofInts(ints, 2))).toLongArray());
  }

  @Test
  void writesWhatNumpyWrites() throws IOException {
    NpyArray array = NpyArray.ofFloats(new float[] {0, 1, 2, 3, 4, 5}, 2, 3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    array.write(out);
    byte[] bytes = out.toByteArray();
    assertEquals(128 + 24, bytes.length);
    // float32 1.0 little-endian is 00 00 80 3f.
    assertArrayEquals(new byte[] {0, 0, (byte) 0x80, 0x3f}, Arrays.copyOfRange(bytes, 132, 136));
  }

  @Test
  void readsFortranOrderBigEndianFloat64FromNumpy() throws IOException {
    NpyArray a = NpyArray.read(resource("fortran_big_endian_f8.npy"));
    assertEquals(new NpyDtype('f', 8, ByteOrder.BIG_ENDIAN), a.dtype());
    assertArrayEquals(new int[] {2, 3}, a.shape());
    assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, a.toDoubleArray());
    assertArrayEquals(new float[] {3, 4, 5}, a.row(1).toFloatArray());
  }

  @Test
  void readsFloat16AndUint8FromNumpy() throws IOException {
    float[] half = NpyArray.read(resource("float16.npy")).toFloatArray();
    assertArrayEquals(new float[] {1f, -2f, 65504f, 0x1p-24f, Float.POSITIVE_INFINITY, 0.5f}, half);
    NpyArray bytes = NpyArray.read(resource("uint8.npy"));
    assertArrayEquals(new long[] {0, 255, 7, 128}, bytes.toLongArray());
    assertArrayEquals(new float[] {0, 255, 7, 128}, bytes.toFloatArray());
  }

  @Test
  void halfPrecisionSpecialValues() {
    assertTrue(Float.isNaN(NpyArray.halfToFloat((short) 0x7e00)));
    assertEquals(-0f, NpyArray.halfToFloat((short) 0x8000));
    assertEquals(Float.NEGATIVE_INFINITY, NpyArray.halfToFloat((short) 0xfc00));
    assertEquals(0x1p-14f, NpyArray.halfToFloat((short) 0x0400)); // smallest normal
    assertEquals(0x3ffp-24f, NpyArray.halfToFloat((short) 0x03ff)); // largest subnormal
  }

  @Test
  void truncatedDataIsAnErrorNamingTheFile() throws IOException {
    Path file = write(NpyArray.ofFloats(new float[6], 2, 3));
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 5));
    NpyFormatException e = assertThrows(NpyFormatException.class, () -> NpyArray.read(file));
    assertEquals(file + ": truncated: the header says float32 (2, 3) (24 data bytes) but only 19 "
        + "follow it", e.getMessage());
  }

  @Test
  void fixtureFeaturesPooledIsTheMeanOfTheGrid() throws IOException {
    Path images = SharedImages.dir();
    assumeTrue(images != null, "../shared/fixtures/images is absent; skipping");
    NpyArray grid = NpyArray.read(images.resolve("features_14x14.npy"));
    NpyArray pooled = NpyArray.read(images.resolve("pooled_512.npy"));
    assertArrayEquals(new int[] {7, 512, 14, 14}, grid.shape());
    assertArrayEquals(new int[] {7, 512}, pooled.shape());
    float[] g = grid.toFloatArray();
    float[] p = pooled.toFloatArray();
    double maxDiff = 0;
    for (int i = 0; i < 7 * 512; i++) {
      double sum = 0;
      for (int k = 0; k < 196; k++) {
        sum += g[i * 196 + k];
      }
      maxDiff = Math.max(maxDiff, Math.abs(sum / 196 - p[i]));
    }
    assertTrue(maxDiff < 1e-5, "max diff " + maxDiff);
    assertArrayEquals(new int[] {7, 3, 224, 224}, NpyArray.read(images.resolve("inputs.npy")).shape());
  }

  private Path write(NpyArray array) throws IOException {
    Path file = Files.createTempFile(dir, "a", ".npy");
    array.write(file);
    return file;
  }
}
