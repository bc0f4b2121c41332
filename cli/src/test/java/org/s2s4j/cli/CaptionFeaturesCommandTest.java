package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.corpora.features.FeatureDirectory;
import org.s2s4j.corpora.features.ImageFeature;
import org.s2s4j.corpora.features.NpyArray;
import org.s2s4j.corpora.features.Npz;

/** {@code s2s caption features} on the fixture JPEGs and MobileNet from {@code ../shared}. */
class CaptionFeaturesCommandTest {

  private static final List<String> IDS = List.of("dog", "eagle", "giraffe", "horses", "kite", "person", "scream");

  @TempDir Path dir;

  private static Path shared(String path) {
    Path p = Path.of(System.getProperty("s2s4j.shared", "../shared"), path);
    return Files.exists(p) ? p : null;
  }

  @Test
  void writesSelfCriticalLayoutMatchingPyTorchAndSkipsBrokenImages() throws IOException {
    Path fixtures = shared("fixtures/images");
    Path model = shared("models/mobilenet_v1_224_features.pt");
    assumeTrue(fixtures != null && model != null, "../shared fixtures or model absent; skipping");
    Path images = Files.createDirectories(dir.resolve("images"));
    for (String id : IDS) {
      Files.copy(fixtures.resolve(id + ".jpg"), images.resolve(id + ".jpg"));
    }
    Files.write(images.resolve("broken.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2});
    Files.writeString(images.resolve("notes.txt"), "not an image, not listed");
    Path out = dir.resolve("feats");

    CliRunner.Result r = CliRunner.run("caption", "features", "--images", images.toString(),
        "--cnn", model.toString(), "--out", out.toString(), "--mean", "0.5,0.5,0.5",
        "--std", "0.5,0.5,0.5", "--batch-size", "3", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(8, json.get("images").asInt());
    assertEquals(7, json.get("written").asInt());
    assertEquals(1, json.get("skipped").asInt());
    assertEquals(images.resolve("broken.jpg").toString(), json.get("skippedFiles").get(0).get("file").asText());
    assertEquals("[14,14,512]", json.get("gridShape").toString());

    assertArrayEquals(new int[] {14, 14, 512}, Npz.read(out.resolve("att/dog.npz"), "feat").shape());
    assertArrayEquals(new int[] {512}, NpyArray.read(out.resolve("fc/dog.npy")).shape());
    assertFalse(Files.exists(out.resolve("att/broken.npz")));
    try (Stream<Path> files = Files.list(out.resolve("att"))) {
      assertEquals(7, files.count(), "no temporary files are left");
    }

    // Our preprocessing reproduces Pillow's to the 8-bit level, so the features match PyTorch's
    // on inputs.npy as closely as the CNN itself does.
    float[] reference = NpyArray.read(fixtures.resolve("features_14x14.npy")).toFloatArray();
    float[] pooled = NpyArray.read(fixtures.resolve("pooled_512.npy")).toFloatArray();
    FeatureDirectory features = FeatureDirectory.open(out);
    assertEquals(IDS, features.imageIds());
    double max = 0;
    double maxPooled = 0;
    for (int b = 0; b < IDS.size(); b++) {
      ImageFeature f = features.get(IDS.get(b));
      assertEquals(196, f.positions());
      for (int c = 0; c < 512; c++) {
        for (int p = 0; p < 196; p++) {
          max = Math.max(max, Math.abs(f.grid()[p * 512 + c] - reference[(b * 512 + c) * 196 + p]));
        }
        maxPooled = Math.max(maxPooled, Math.abs(f.pooled()[c] - pooled[b * 512 + c]));
      }
    }
    assertTrue(max <= 1e-4, "grid max abs difference " + max);
    assertTrue(maxPooled <= 1e-4, "pooled max abs difference " + maxPooled);
  }

  @Test
  void aListChoosesTheImagesAndMissingFilesAreSkipped() throws IOException {
    Path fixtures = shared("fixtures/images");
    Path model = shared("models/mobilenet_v1_224_features.pt");
    assumeTrue(fixtures != null && model != null, "../shared fixtures or model absent; skipping");
    Path list = dir.resolve("list.txt");
    Files.writeString(list, "scream.jpg\n\nmissing.jpg\n");
    Path out = dir.resolve("feats");
    CliRunner.Result r = CliRunner.run("caption", "features", "--images", fixtures.toString(),
        "--list", list.toString(), "--cnn", model.toString(), "--out", out.toString(),
        "--keep-aspect", "--output-index", "1");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("wrote features of 1 of 2 images in "), r.out());
    assertTrue(r.out().contains("grids (7, 7, 1024) in " + out.resolve("att")), r.out());
    assertTrue(r.out().contains(fixtures.resolve("missing.jpg") + ": no such file"), r.out());
    assertArrayEquals(new int[] {7, 7, 1024}, Npz.read(out.resolve("att/scream.npz"), "feat").shape());
  }

  @Test
  void badOptionsAreUsageErrors() {
    CliRunner.Result r = CliRunner.run("caption", "features", "--images", dir.toString(),
        "--cnn", "x.pt", "--out", dir.toString(), "--mean", "0.5,0.5");
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("mean and std need 3 values (R,G,B), got 2 and 3"), r.err());
    r = CliRunner.run("caption", "features", "--images", dir.toString(), "--cnn", "x.pt", "--out", dir.toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().contains("x.pt: no such model file"), r.err());
  }
}
