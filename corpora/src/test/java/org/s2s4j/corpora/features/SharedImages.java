package org.s2s4j.corpora.features;

import java.nio.file.Files;
import java.nio.file.Path;

/** The image-encoder fixtures in {@code ../shared/fixtures/images}, when present. */
final class SharedImages {

  /** The image order of every fixture array (alphabetical). */
  static final java.util.List<String> IDS =
      java.util.List.of("dog", "eagle", "giraffe", "horses", "kite", "person", "scream");

  private SharedImages() {}

  /** The folder, or {@code null} when it is absent. */
  static Path dir() {
    String shared = System.getProperty("s2s4j.shared", "../shared");
    Path dir = Path.of(shared, "fixtures", "images");
    return Files.isRegularFile(dir.resolve("features_14x14.npy")) ? dir : null;
  }
}
