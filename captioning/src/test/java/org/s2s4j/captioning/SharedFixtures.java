package org.s2s4j.captioning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The CNN and image fixtures in {@code ../shared}, when present. */
public final class SharedFixtures {

  /** The image order of every fixture array (alphabetical). */
  public static final List<String> IMAGE_IDS =
      List.of("dog", "eagle", "giraffe", "horses", "kite", "person", "scream");

  private SharedFixtures() {}

  private static Path shared() {
    return Path.of(System.getProperty("s2s4j.shared", "../shared"));
  }

  /** {@code fixtures/images}, or {@code null} when absent. */
  public static Path images() {
    Path dir = shared().resolve("fixtures/images");
    return Files.isRegularFile(dir.resolve("inputs.npy")) ? dir : null;
  }

  /** {@code models/mobilenet_v1_224_features.pt}, or {@code null} when absent. */
  public static Path mobilenet() {
    Path file = shared().resolve("models/mobilenet_v1_224_features.pt");
    return Files.isRegularFile(file) ? file : null;
  }
}
