package org.s2s4j.corpora.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.s2s4j.corpora.io.InputFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitFeaturesTest {

  @TempDir Path dir;

  @Test
  void readsTheFixtureSplitArraysRowByRow() throws IOException {
    Path images = SharedImages.dir();
    assumeTrue(images != null, "../shared/fixtures/images is absent; skipping");
    Path ids = dir.resolve("ids.txt");
    Files.write(ids, SharedImages.IDS);
    float[] all = NpyArray.read(images.resolve("features_14x14.npy")).toFloatArray();
    float[] pooledAll = NpyArray.read(images.resolve("pooled_512.npy")).toFloatArray();
    try (SplitFeatures split = SplitFeatures.open(images.resolve("features_14x14.npy").toString(),
        images.resolve("pooled_512.npy").toString(), SplitFeatures.readIds(ids), GridLayout.CHANNELS_FIRST)) {
      assertEquals(SharedImages.IDS, split.imageIds());
      ImageFeature giraffe = split.get("giraffe");
      assertEquals(196, giraffe.positions());
      assertEquals(512, giraffe.channels());
      int row = 2;
      for (int c : new int[] {0, 17, 511}) {
        for (int p : new int[] {0, 15, 195}) {
          assertEquals(all[(row * 512 + c) * 196 + p], giraffe.grid()[p * 512 + c]);
        }
      }
      assertArrayEquals(java.util.Arrays.copyOfRange(pooledAll, 2 * 512, 3 * 512), giraffe.pooled());
    }
  }

  @Test
  void readsRegionFeaturesFromAnNpzKeyWithoutPooledArray() throws IOException {
    Path file = dir.resolve("split.npz");
    float[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    Npz.write(file, Map.of("att", NpyArray.ofFloats(values, 2, 3, 2)), true);
    try (SplitFeatures split = SplitFeatures.open(file + ":att", null, List.of("a", "b"), GridLayout.CHANNELS_LAST)) {
      ImageFeature b = split.get("b");
      assertEquals(3, b.positions());
      assertArrayEquals(new float[] {7, 8, 9, 10, 11, 12}, b.grid());
      assertArrayEquals(new float[] {9, 10}, b.pooled());
    }
  }

  @Test
  void rowCountsShapesAndMissingIdsAreErrorsNamingTheFile() throws IOException {
    Path grid = dir.resolve("grid.npy");
    NpyArray.ofFloats(new float[12], 2, 3, 2).write(grid);
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> SplitFeatures.open(grid.toString(), null, List.of("a", "b", "c"), GridLayout.CHANNELS_LAST));
    assertEquals(grid + ": 2 rows (shape [2, 3, 2]) but the image list has 3 ids", e.getMessage());

    Path flat = dir.resolve("flat.npy");
    NpyArray.ofFloats(new float[4], 2, 2).write(flat);
    e = assertThrows(InputFormatException.class,
        () -> SplitFeatures.open(flat.toString(), null, List.of("a", "b"), GridLayout.CHANNELS_LAST));
    assertEquals(flat + ": a split's grid array must have shape (M, N, C), (M, H, W, C) or "
        + "(M, C, H, W); this one has shape [2, 2]", e.getMessage());

    Path pooled = dir.resolve("pooled.npy");
    NpyArray.ofFloats(new float[3], 3).write(pooled);
    e = assertThrows(InputFormatException.class,
        () -> SplitFeatures.open(grid.toString(), pooled.toString(), List.of("a", "b"), GridLayout.CHANNELS_LAST));
    assertEquals(pooled + ": a split's pooled array must have shape (M, C); this one has shape [3]", e.getMessage());

    try (SplitFeatures split = SplitFeatures.open(grid.toString(), null, List.of("a", "b"), GridLayout.CHANNELS_LAST)) {
      e = assertThrows(InputFormatException.class, () -> split.get("c"));
      assertEquals(grid + ": no features for image id 'c' (not in the image list of 2 ids)", e.getMessage());
    }
  }
}
