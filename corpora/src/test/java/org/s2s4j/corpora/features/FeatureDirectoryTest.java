package org.s2s4j.corpora.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.s2s4j.corpora.io.InputFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureDirectoryTest {

  @TempDir Path dir;

  /** A 2 x 2 x 3 (H, W, C) grid with value 100*h + 10*w + c. */
  private static float[] hwc() {
    float[] g = new float[12];
    for (int h = 0; h < 2; h++) {
      for (int w = 0; w < 2; w++) {
        for (int c = 0; c < 3; c++) {
          g[(h * 2 + w) * 3 + c] = 100 * h + 10 * w + c;
        }
      }
    }
    return g;
  }

  @Test
  void readsBackWhatItWritesInTheAttFcLayout() throws IOException {
    FeatureDirectory.write(dir, "42", hwc(), 2, 2, 3, new float[] {7, 8, 9});
    assertEquals(true, Files.isRegularFile(dir.resolve("att/42.npz")));
    assertArrayEquals(new int[] {2, 2, 3}, Npz.read(dir.resolve("att/42.npz"), "feat").shape());
    assertArrayEquals(new int[] {3}, NpyArray.read(dir.resolve("fc/42.npy")).shape());

    FeatureDirectory features = FeatureDirectory.open(dir);
    assertEquals(List.of("42"), features.imageIds());
    ImageFeature f = features.get("42");
    assertEquals(4, f.positions());
    assertEquals(3, f.channels());
    assertArrayEquals(hwc(), f.grid());
    assertArrayEquals(new float[] {7, 8, 9}, f.pooled());
  }

  @Test
  void readsSelfCriticalSiblingFoldersByAnyOfTheirNames() throws IOException {
    Path att = Files.createDirectories(dir.resolve("cocotalk_att"));
    Path fc = Files.createDirectories(dir.resolve("cocotalk_fc"));
    // Bottom-up style region features (N, C) in an .npz, and a plain .npy grid.
    Npz.write(att.resolve("1.npz"), Map.of("feat", NpyArray.ofFloats(new float[] {1, 2, 3, 4, 5, 6}, 2, 3)), true);
    NpyArray.ofFloats(new float[] {1, 2, 3}, 3).write(fc.resolve("1.npy"));
    NpyArray.ofFloats(hwc(), 2, 2, 3).write(att.resolve("2.npy"));
    NpyArray.ofFloats(new float[] {4, 5, 6}, 1, 3).write(fc.resolve("2.npy"));

    for (String name : List.of("cocotalk", "cocotalk_att", "cocotalk_fc")) {
      FeatureDirectory features = FeatureDirectory.open(dir.resolve(name));
      assertEquals(att, features.gridFolder());
      assertEquals(fc, features.pooledFolder());
      assertEquals(List.of("1", "2"), features.imageIds());
      assertEquals(2, features.get("1").positions());
      assertArrayEquals(new float[] {4, 5, 6}, features.get("2").pooled());
    }
  }

  @Test
  void withoutFcThePooledVectorIsTheGridMean() throws IOException {
    Path att = Files.createDirectories(dir.resolve("att"));
    NpyArray.ofFloats(hwc(), 2, 2, 3).write(att.resolve("x.npy"));
    FeatureDirectory features = FeatureDirectory.open(dir);
    assertNull(features.pooledFolder());
    // Mean over (h, w) of 100h + 10w + c = 50 + 5 + c.
    assertArrayEquals(new float[] {55, 56, 57}, features.get("x").pooled());
  }

  @Test
  void channelsFirstGridsAreTransposed() throws IOException {
    Path att = Files.createDirectories(dir.resolve("att"));
    // (C=3, H=2, W=2): value 100*h + 10*w + c at [c][h][w].
    float[] chw = new float[12];
    for (int c = 0; c < 3; c++) {
      for (int p = 0; p < 4; p++) {
        chw[c * 4 + p] = 100 * (p / 2) + 10 * (p % 2) + c;
      }
    }
    NpyArray.ofFloats(chw, 3, 2, 2).write(att.resolve("x.npy"));
    assertArrayEquals(hwc(), FeatureDirectory.open(dir, GridLayout.CHANNELS_FIRST).get("x").grid());
  }

  @Test
  void missingIdsWrongShapesAndMixedSizesAreErrorsNamingTheFile() throws IOException {
    FeatureDirectory.write(dir, "a", hwc(), 2, 2, 3, new float[] {1, 2, 3});
    Files.delete(dir.resolve("fc/a.npy"));
    FeatureDirectory.write(dir, "b", new float[8], 2, 2, 2, new float[] {1, 2});
    NpyArray.ofFloats(new float[4], 1, 1, 2, 2).write(dir.resolve("att/c.npy"));
    FeatureDirectory features = FeatureDirectory.open(dir);

    Path att = dir.resolve("att");
    assertEquals(att + ": no features for image id 'zz' (no zz.npz or zz.npy)",
        assertThrows(InputFormatException.class, () -> features.get("zz")).getMessage());
    assertEquals(dir.resolve("fc") + ": no pooled features for image id 'a' (no a.npy, but "
            + att.resolve("a.npz") + " exists)",
        assertThrows(InputFormatException.class, () -> features.get("a")).getMessage());
    assertEquals(att.resolve("c.npy") + ": a feature grid must have shape (N, C), (H, W, C); this "
            + "one has shape [1, 1, 2, 2] (drop the batch axis)",
        assertThrows(InputFormatException.class, () -> features.get("c")).getMessage());
    assertEquals(att.resolve("b.npz") + ": grid of 2 channels (shape [2, 2, 2]), but "
            + att.resolve("a.npz") + " has 3; all images need the same feature size",
        assertThrows(InputFormatException.class, () -> features.get("b")).getMessage());
  }

  @Test
  void aFolderInNeitherLayoutIsAClearError() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> FeatureDirectory.open(dir.resolve("feats")));
    assertEquals(dir.resolve("feats") + ": no feature folders: expected " + dir.resolve("feats/att")
        + " or " + dir.resolve("feats_att") + " (self-critical.pytorch's layout)", e.getMessage());
  }
}
