package org.s2s4j.captioning.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.corpora.features.FeatureDirectory;
import org.s2s4j.corpora.io.InputFormatException;

class StoredFeaturesTest {

  @TempDir Path dir;

  private static CaptionedImage image(String id) {
    return new CaptionedImage(id, true, null, List.of());
  }

  @Test
  void readsTheGridsOfTheListedImagesAndNamesTheFolderOnAMismatch() throws Exception {
    float[] one = {1, 2, 3, 4, 5, 6};
    float[] two = {-1, -2, -3, -4, -5, -6};
    FeatureDirectory.write(dir, "1", one, 1, 2, 3, new float[] {2.5f, 3.5f, 4.5f});
    FeatureDirectory.write(dir, "2", two, 2, 1, 3, new float[] {0, 0, 0});
    StoredFeatures table = StoredFeatures.read(FeatureDirectory.open(dir), List.of(image("2"), image("1")), 0,
        dir.toString());
    assertEquals(3, table.channels());
    assertEquals(2, table.positions(0));
    try (NDManager m = Engine.getEngine("MXNet").newBaseManager()) {
      NDList arrays = table.create(m, List.of(new int[] {1}, new int[] {0}));
      assertEquals(new Shape(2, 2, 3), arrays.get(0).getShape());
      assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6, -1, -2, -3, -4, -5, -6}, arrays.get(0).toFloatArray());
    }
    InputFormatException wrong = assertThrows(InputFormatException.class,
        () -> StoredFeatures.read(FeatureDirectory.open(dir), List.of(image("1")), 4, dir.toString()));
    assertTrue(wrong.getMessage().startsWith(dir.toString()), wrong.getMessage());
    assertTrue(wrong.getMessage().contains("image 1 has features of 3 channels; the model was trained on 4"),
        wrong.getMessage());
    InputFormatException missing = assertThrows(InputFormatException.class,
        () -> StoredFeatures.read(FeatureDirectory.open(dir), List.of(image("1"), image("7")), 0, dir.toString()));
    assertTrue(missing.getMessage().contains("no features for image id '7'"), missing.getMessage());
  }
}
