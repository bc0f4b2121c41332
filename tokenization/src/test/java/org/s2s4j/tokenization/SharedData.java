package org.s2s4j.tokenization;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates Multi30k and the reference fixtures; tests that need them are skipped without them. */
public final class SharedData {

  private SharedData() {}

  /** The shared folder ({@code -Ds2s4j.shared=DIR}, set by the parent POM). */
  public static Path root() {
    return Path.of(System.getProperty("s2s4j.shared", "../../shared"));
  }

  /** {@code root()/relative}, or skips the calling test with a message if it does not exist. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(Files.exists(p), () -> "skipped: shared file not found: " + p.toAbsolutePath()
        + " (set -Ds2s4j.shared=DIR)");
    return p;
  }
}
