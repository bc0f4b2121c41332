package org.s2s4j.evaluation.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.s2s4j.corpora.io.Utf8LineReader;

/** Access to the sacreBLEU reference fixtures in the shared folder (tests skip when absent). */
final class SharedFixtures {

  /** Relative tolerance required by the parity tests. */
  static final double RELATIVE_TOLERANCE = 1e-9;

  private SharedFixtures() {}

  static Path bleuDir() {
    Path dir = Path.of(System.getProperty("s2s4j.shared", "../../shared"))
        .resolve("fixtures").resolve("bleu");
    Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("expected.json")),
        () -> "sacreBLEU fixtures not found at " + dir.toAbsolutePath()
            + " (set -Ds2s4j.shared=DIR); skipping");
    return dir;
  }

  static JsonNode json(String name) throws IOException {
    return new ObjectMapper().readTree(bleuDir().resolve(name).toFile());
  }

  static List<String> lines(String relative) throws IOException {
    List<String> out = new ArrayList<>();
    try (Utf8LineReader r = Utf8LineReader.open(bleuDir().resolve(relative))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(line);
      }
    }
    return out;
  }

  static void assertClose(double expected, double actual, String what) {
    double scale = Math.max(Math.abs(expected), Math.abs(actual));
    boolean ok = expected == actual || Math.abs(expected - actual) <= RELATIVE_TOLERANCE * scale;
    assertTrue(ok, () -> what + ": expected " + expected + " but was " + actual
        + " (relative difference " + Math.abs(expected - actual) / scale + ")");
  }

  /** The signature without its version field, for comparison with sacreBLEU's. */
  static String withoutVersion(String signature) {
    int i = signature.lastIndexOf("|version:");
    return i < 0 ? signature : signature.substring(0, i);
  }

  static void assertSignature(String expected, String actual) {
    assertEquals(withoutVersion(expected), withoutVersion(actual));
  }
}
