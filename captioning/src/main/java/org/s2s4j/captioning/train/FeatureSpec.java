package org.s2s4j.captioning.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which features a captioning model reads, saved as {@code features.json} in its run directory so
 * that generation makes the same ones.
 *
 * @param pixels true for {@link PixelPatches} made from the images, false for stored CNN features
 * @param imageSize pixels: the side images are resized to
 * @param patch pixels: the side of a patch
 * @param stride pixels: the step between patches
 * @param channels C of every position
 */
public record FeatureSpec(boolean pixels, int imageSize, int patch, int stride, int channels) {

  /** The run directory's file. */
  public static final String FILE = "features.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Pixel patches: images resized to {@code size}, {@code patch} x {@code patch} every {@code stride}. */
  public static FeatureSpec pixels(int size, int patch, int stride) {
    if (size < 1 || patch < 1 || patch > size || stride < 1) {
      throw new IllegalArgumentException("data.image_size, data.patch and data.stride must be >= 1 with patch <= "
          + "image_size, got " + size + ", " + patch + ", " + stride);
    }
    return new FeatureSpec(true, size, patch, stride, 3 * patch * patch + 2);
  }

  /** Stored features of {@code channels} channels. */
  public static FeatureSpec stored(int channels) {
    return new FeatureSpec(false, 0, 0, 0, channels);
  }

  /** Writes {@code DIR/features.json}. */
  public void write(Path runDir) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    node.put("kind", pixels ? "pixels" : "stored");
    if (pixels) {
      node.put("image_size", imageSize);
      node.put("patch", patch);
      node.put("stride", stride);
    }
    node.put("channels", channels);
    Files.writeString(runDir.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
  }

  /** Reads {@code DIR/features.json}. */
  public static FeatureSpec read(Path runDir) throws IOException {
    Path file = runDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IOException("not a captioning model directory: " + runDir + " has no " + FILE);
    }
    JsonNode n = JSON.readTree(file.toFile());
    return "pixels".equals(n.path("kind").asText())
        ? pixels(n.path("image_size").asInt(), n.path("patch").asInt(), n.path("stride").asInt())
        : stored(n.path("channels").asInt());
  }
}
