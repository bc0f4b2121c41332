package org.s2s4j.captioning.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.s2s4j.captioning.SharedFixtures;
import org.s2s4j.corpora.features.NpyArray;

/** DJL's PyTorch engine on the fixture MobileNet against PyTorch's own outputs. */
class CnnFeatureExtractorTest {

  @Test
  void reproducesPyTorchsFeaturesOnTheFixtureInputs() throws IOException {
    Path images = SharedFixtures.images();
    Path model = SharedFixtures.mobilenet();
    assumeTrue(images != null && model != null, "../shared fixtures or model absent; skipping");
    float[] inputs = NpyArray.read(images.resolve("inputs.npy")).toFloatArray();
    float[] grid14 = NpyArray.read(images.resolve("features_14x14.npy")).toFloatArray();
    float[] pooled = NpyArray.read(images.resolve("pooled_512.npy")).toFloatArray();
    float[] grid7 = NpyArray.read(images.resolve("features_7x7.npy")).toFloatArray();
    try (CnnFeatureExtractor cnn = CnnFeatureExtractor.load(model, "cpu", 0)) {
      List<CnnFeatureExtractor.Features> out = cnn.run(inputs, 7, 224);
      assertEquals(7, out.size());
      double maxGrid = 0;
      double maxPooled = 0;
      for (int b = 0; b < 7; b++) {
        CnnFeatureExtractor.Features f = out.get(b);
        assertEquals(14, f.height());
        assertEquals(14, f.width());
        assertEquals(512, f.channels());
        for (int c = 0; c < 512; c++) {
          for (int p = 0; p < 196; p++) {
            maxGrid = Math.max(maxGrid, Math.abs(f.gridHwc()[p * 512 + c] - grid14[(b * 512 + c) * 196 + p]));
          }
          maxPooled = Math.max(maxPooled, Math.abs(f.mean()[c] - pooled[b * 512 + c]));
        }
      }
      assertTrue(maxGrid <= 1e-4, "grid max abs difference " + maxGrid);
      assertTrue(maxPooled <= 1e-4, "pooled max abs difference " + maxPooled);
    }
    try (CnnFeatureExtractor cnn = CnnFeatureExtractor.load(model, "cpu", 1)) {
      CnnFeatureExtractor.Features f = cnn.run(inputs, 2, 224).get(1);
      assertEquals(7, f.height());
      assertEquals(1024, f.channels());
      double max = 0;
      for (int c = 0; c < 1024; c++) {
        for (int p = 0; p < 49; p++) {
          max = Math.max(max, Math.abs(f.gridHwc()[p * 1024 + c] - grid7[(1024 + c) * 49 + p]));
        }
      }
      assertTrue(max <= 1e-4, "7x7 max abs difference " + max);
    }
  }

  @Test
  void aMissingOutputOrModelIsAClearError() throws IOException {
    Path model = SharedFixtures.mobilenet();
    assumeTrue(model != null, "../shared model absent; skipping");
    try (CnnFeatureExtractor cnn = CnnFeatureExtractor.load(model, "cpu", 2)) {
      IOException e = assertThrows(IOException.class, () -> cnn.run(new float[3 * 224 * 224], 1, 224));
      assertEquals(model + ": --output-index 2 but the model has 2 output(s)", e.getMessage());
    }
    IOException e = assertThrows(IOException.class, () -> CnnFeatureExtractor.load(Path.of("nope.pt"), "cpu", 0));
    assertEquals("nope.pt: no such model file", e.getMessage());
  }
}
