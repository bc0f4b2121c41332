package org.s2s4j.corpora;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where the tests find their corpora. */
public final class TestCorpora {

  private TestCorpora() {}

  /**
   * The hand-checked toy corpus {@code toy.en}/{@code toy.de} (7 lines each; see the stats and
   * clean tests for what each line exercises).
   */
  public static Path toy(String lang) {
    try {
      return Path.of(TestCorpora.class.getResource("/org/s2s4j/corpora/toy." + lang).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The shared data folder (beside the repository; {@code -Ds2s4j.shared} overrides). */
  public static Path shared() {
    return Path.of(System.getProperty("s2s4j.shared", "../../shared")).toAbsolutePath().normalize();
  }
}
