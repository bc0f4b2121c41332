package org.s2s4j.evaluation.significance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Values below were printed by NumPy's {@code default_rng} for the same calls. */
class NumpyRandomTest {

  @Test
  void rawOutputsOfSeed12345() {
    NumpyRandom r = new NumpyRandom(12345);
    assertEquals(4193609425186963869L, r.nextLong());
    assertEquals(5843160025838961886L, r.nextLong());
    assertEquals(Long.parseUnsignedLong("14708796524633321433"), r.nextLong());
  }

  @Test
  void boundedIntegers() {
    NumpyRandom r = new NumpyRandom(12345);
    int[] out = new int[5];
    r.choice(3004, out);
    assertArrayEquals(new int[] {2100, 682, 2369, 951, 613}, out);

    NumpyRandom seven = new NumpyRandom(7);
    int[] small = new int[12];
    seven.choice(10, small);
    assertArrayEquals(new int[] {9, 6, 6, 8, 5, 7, 8, 2, 0, 3, 2, 8}, small);
    assertEquals(912623199, seven.nextBounded(1000000007));
    assertEquals(5265304, seven.nextBounded(1000000007));
    assertEquals(499786789, seven.nextBounded(1000000007));
  }

  @Test
  void booleansThenChoiceContinueOneStream() {
    NumpyRandom r = new NumpyRandom(12345);
    // integers(2, size=(3, 50), dtype=bool): rows of 50 share one bit buffer.
    NumpyRandom.BooleanFill fill = r.booleanFill();
    StringBuilder sb = new StringBuilder();
    boolean[] bits = new boolean[50];
    for (int row = 0; row < 3; row++) {
      fill.next(bits);
      for (boolean b : bits) {
        sb.append(b ? '1' : '0');
      }
    }
    assertEquals("1011100110000011111111110100110110110001100011010100110001011100011110110010"
        + "00110010011110010011101010001100100011101000100010101001101111110111001000",
        sb.toString());
    int[] out = new int[5];
    r.choice(3004, out);
    assertArrayEquals(new int[] {2395, 1930, 2031, 2969, 1174}, out);
  }

  /** The shared fixture's check of {@code default_rng(12345).choice(3004, size=(1000, 3004))}. */
  @Test
  void resampleIndicesMatchTheSharedFixture() throws IOException {
    Path expected = Path.of(System.getProperty("s2s4j.shared", "../../shared"))
        .resolve("fixtures/bleu/expected.json");
    Assumptions.assumeTrue(Files.isRegularFile(expected),
        () -> "sacreBLEU fixtures not found at " + expected.toAbsolutePath() + "; skipping");
    JsonNode check = new ObjectMapper().readTree(expected.toFile())
        .get("wmt17_en_de").get("paired_bootstrap").get("resample_indices_check");
    NumpyRandom r = new NumpyRandom(12345);
    int[] row = new int[3004];
    long sum = 0;
    for (int i = 0; i < 1000; i++) {
      r.choice(3004, row);
      for (int v : row) {
        sum += v;
      }
      if (i == 0 || i == 1) {
        JsonNode first = check.get(i == 0 ? "row0_first10" : "row1_first10");
        for (int k = 0; k < 10; k++) {
          assertEquals(first.get(k).asInt(), row[k], "row " + i + " index " + k);
        }
      }
      if (i == 999) {
        JsonNode last = check.get("row999_last10");
        for (int k = 0; k < 10; k++) {
          assertEquals(last.get(k).asInt(), row[3004 - 10 + k], "row 999 index " + k);
        }
      }
    }
    assertEquals(check.get("sum_all").asLong(), sum);
    assertTrue(sum > 0);
  }
}
