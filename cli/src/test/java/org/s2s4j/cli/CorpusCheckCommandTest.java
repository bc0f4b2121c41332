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

class CorpusCheckCommandTest {

  @TempDir Path dir;

  @Test
  void goodCorpusExitsZero() throws IOException {
    Path en = Files.writeString(dir.resolve("a.en"), "a dog\nthe cat\n");
    Path de = Files.writeString(dir.resolve("a.de"), "ein hund\ndie katze\n");
    CliRunner.Result r = CliRunner.run("corpus", "check", en.toString(), de.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(en + ": 2 lines, " + de + ": 2 lines; no problems\n", r.out());
  }

  @Test
  void listsEveryProblemAndExitsOne() throws IOException {
    Path en = dir.resolve("b.en");
    Files.write(en, new byte[] {'o', 'k', '\n', '\n', 'x', (byte) 0xe2, (byte) 0x82, '\n', 'y', '\n'});
    Path de = Files.writeString(dir.resolve("b.de"), "ja\nja\nja\n");
    CliRunner.Result r = CliRunner.run("corpus", "check", en.toString(), de.toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertEquals(en + ":2: empty line\n"
        + en + ":3: invalid UTF-8 at byte 2 of the line\n"
        + en + ":4: line counts differ: " + en + " has 4 lines but " + de + " has 3\n"
        + en + ": 4 lines, " + de + ": 3 lines; 3 problems (line-count: 1, invalid-utf8: 1, "
        + "empty: 1)\n", r.out());
    assertTrue(r.err().endsWith("s2s corpus check: error: 3 problems (line-count: 1, "
        + "invalid-utf8: 1, empty: 1)\n"), r.err());
  }

  @Test
  void jsonCountsEveryKind() throws IOException {
    Path en = Files.writeString(dir.resolve("c.en"), "one two three\n\n");
    Path de = Files.writeString(dir.resolve("c.de"), "eins\nzwei\n");
    CliRunner.Result r = CliRunner.run("corpus", "check", en.toString(), de.toString(),
        "--max-length", "2", "--format", "json");
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(2, json.get("source").get("lines").asInt());
    assertEquals(false, json.get("ok").asBoolean());
    assertEquals(1, json.get("problems").get("too-long").asInt());
    assertEquals(1, json.get("problems").get("empty").asInt());
    assertEquals(0, json.get("problems").get("line-count").asInt());
    assertEquals(1, json.get("listed").get(0).get("line").asInt());
    assertEquals("3 tokens, more than the limit of 2",
        json.get("listed").get(0).get("message").asText());
  }

  @Test
  void missingFileIsAFailureNamingIt() {
    Path missing = dir.resolve("nope.en");
    CliRunner.Result r = CliRunner.run("corpus", "check", missing.toString(), missing.toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().contains("s2s corpus check: error: " + missing), r.err());
  }
}
