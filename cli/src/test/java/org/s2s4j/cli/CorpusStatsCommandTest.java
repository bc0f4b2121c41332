package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStatsCommandTest {

  @TempDir Path dir;

  @Test
  void textShowsCountsAndHistogram() throws IOException {
    Path file = Files.writeString(dir.resolve("s.en"), "a b a\n\nc d e f g h\n");
    CliRunner.Result r = CliRunner.run("corpus", "stats", file.toString(), "--bin-width", "3");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(file + "\n"
        + "  lines   3\n"
        + "  tokens  9\n"
        + "  types   8\n"
        + "  length  mean 3.00, median 3, 95% 6, 99% 6, max 6\n"
        + "          0         1 ########################################\n"
        + "        1-3         1 ########################################\n"
        + "        4-6         1 ########################################\n", r.out());
  }

  @Test
  void jsonHasOneEntryPerFile() throws IOException {
    Path en = Files.writeString(dir.resolve("j.en"), "a dog runs\n");
    Path de = Files.writeString(dir.resolve("j.de"), "ein hund\nläuft\n");
    CliRunner.Result r = CliRunner.run("corpus", "stats", en.toString(), de.toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(2, json.size());
    assertEquals(3, json.get(0).get("tokens").asInt());
    assertEquals(2, json.get(1).get("lines").asInt());
    assertEquals(1.5, json.get(1).get("length").get("mean").asDouble(), 1e-12);
    assertEquals(2, json.get(1).get("length").get("max").asInt());
  }

  @Test
  void invalidUtf8NamesFileAndLine() throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.write(file, new byte[] {'a', '\n', 'b', '\n', (byte) 0xfe, '\n'});
    CliRunner.Result r = CliRunner.run("corpus", "stats", file.toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().endsWith("s2s corpus stats: error: " + file
        + ":3: invalid UTF-8 at byte 1 of the line\n"), r.err());
  }
}
