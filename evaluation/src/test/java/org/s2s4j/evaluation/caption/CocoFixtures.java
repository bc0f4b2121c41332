package org.s2s4j.evaluation.caption;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Locates the reference fixtures in {@code shared/fixtures/coco}; skips tests when absent. */
final class CocoFixtures {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CocoFixtures() {}

  /** The {@code coco} fixture folder; the calling test is skipped when it does not exist. */
  static Path dir() {
    Path dir = Path.of(System.getProperty("s2s4j.shared", "../../shared"), "fixtures", "coco");
    assumeTrue(Files.isDirectory(dir),
        "COCO reference fixtures not found at " + dir.toAbsolutePath()
            + " (set -Ds2s4j.shared=DIR); skipping");
    return dir;
  }

  static JsonNode json(String relative) throws IOException {
    return JSON.readTree(dir().resolve(relative).toFile());
  }

  /** The fixture's tokenized references and the candidate set {@code set}, one item per image. */
  static List<CaptionItem> tokenizedItems(String set) throws IOException {
    JsonNode refs = json("tokenized/refs_tok.json");
    JsonNode cands = json("tokenized/cands_" + set + "_tok.json");
    List<CaptionItem> items = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = refs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      List<String> r = new ArrayList<>();
      e.getValue().forEach(x -> r.add(x.textValue()));
      items.add(new CaptionItem(e.getKey(), cands.get(e.getKey()).textValue(), r));
    }
    return items;
  }

  /** Asserts {@code actual} equals {@code expected} to {@code 1e-12} relative. */
  static void assertClose(double expected, double actual, String what) {
    double tolerance = 1e-12 * Math.max(Math.abs(expected), Double.MIN_NORMAL);
    if (!(Math.abs(expected - actual) <= tolerance)) {
      throw new AssertionError(what + ": expected " + expected + " but was " + actual
          + " (relative difference " + Math.abs(expected - actual) / Math.abs(expected) + ")");
    }
  }
}
