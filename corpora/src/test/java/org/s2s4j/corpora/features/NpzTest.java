package org.s2s4j.corpora.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzTest {

  @TempDir Path dir;

  private static float[] feat() {
    float[] f = new float[24];
    for (int i = 0; i < 24; i++) {
      f[i] = i / 8f;
    }
    return f;
  }

  @Test
  void readsNumpySavezCompressedAndSavez() throws IOException {
    NpyArray compressed = Npz.read(NpyArrayTest.resource("savez_compressed.npz"), "feat");
    assertArrayEquals(new int[] {2, 3, 4}, compressed.shape());
    assertArrayEquals(feat(), compressed.toFloatArray());

    Map<String, NpyArray> stored = Npz.read(NpyArrayTest.resource("savez_stored.npz"));
    assertEquals(List.of("feat", "fc"), List.copyOf(stored.keySet()));
    assertArrayEquals(feat(), stored.get("feat").toFloatArray());
    // fc = mean over the first two axes: channel c averages c, c+4, ..., c+20 (over 8).
    assertArrayEquals(new float[] {10 / 8f, 11 / 8f, 12 / 8f, 13 / 8f}, stored.get("fc").toFloatArray(), 1e-6f);
  }

  @Test
  void writesStoredAndDeflatedArchivesThatReadBack() throws IOException {
    Map<String, NpyArray> arrays = new LinkedHashMap<>();
    arrays.put("feat", NpyArray.ofFloats(feat(), 2, 3, 4));
    arrays.put("ids", NpyArray.ofLongs(new long[] {5, 6}, 2));
    for (boolean compressed : new boolean[] {true, false}) {
      Path file = dir.resolve("a" + compressed + ".npz");
      Npz.write(file, arrays, compressed);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        ZipEntry entry = zip.getEntry("feat.npy");
        assertEquals(compressed ? ZipEntry.DEFLATED : ZipEntry.STORED, entry.getMethod());
      }
      Map<String, NpyArray> back = Npz.read(file);
      assertArrayEquals(feat(), back.get("feat").toFloatArray());
      assertArrayEquals(new long[] {5, 6}, back.get("ids").toLongArray());
    }
  }

  @Test
  void aMissingKeyNamesTheFileAndItsKeys() throws IOException {
    Path file = NpyArrayTest.resource("savez_stored.npz");
    NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npz.read(file, "att"));
    assertEquals(file + ": has no array 'att' (keys: feat, fc)", e.getMessage());
    e = assertThrows(NpyFormatException.class, () -> Npz.read(file, null));
    assertEquals(file + ": holds 2 arrays; say which one (keys: feat, fc)", e.getMessage());
  }

  @Test
  void aFileThatIsNoZipIsAClearError() throws IOException {
    Path file = dir.resolve("bad.npz");
    Files.writeString(file, "not a zip");
    NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npz.read(file));
    assertEquals(true, e.getMessage().startsWith(file + ": not a .npz (zip) archive"), e.getMessage());
  }
}
