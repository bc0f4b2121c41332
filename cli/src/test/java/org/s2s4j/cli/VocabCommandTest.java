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

class VocabCommandTest {

  @TempDir Path dir;

  @Test
  void buildOrdersByFrequencyThenCodePoint() throws IOException {
    // b: 3, a: 2, c: 2, d: 1
    Path input = Files.writeString(dir.resolve("train.txt"), "b a b\nc b a\n\nd c\n");
    Path vocab = dir.resolve("vocab");
    CliRunner.Result r = CliRunner.run("vocab", "build", "--input", input.toString(),
        "--output", vocab.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("<pad>\n<unk>\n<s>\n</s>\nb\na\nc\nd\n", Files.readString(vocab));
    assertEquals("8 tokens (4 special + 4 of 4 distinct) from 4 lines -> " + vocab + "\n",
        r.out());
  }

  @Test
  void minFrequencyAndMaxSize() throws IOException {
    Path input = Files.writeString(dir.resolve("train.txt"), "b a b\nc b a\n\nd c\n");
    Path vocab = dir.resolve("vocab");
    CliRunner.Result r = CliRunner.run("vocab", "build", "--input", input.toString(),
        "--min-frequency", "2", "--max-size", "2", "--output", vocab.toString(), "--format",
        "json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("<pad>\n<unk>\n<s>\n</s>\nb\na\n", Files.readString(vocab));
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(6, json.get("size").asInt());
    assertEquals(64, json.get("sha256").asText().length());
  }

  @Test
  void badInputKeepsTheOldVocabulary() throws IOException {
    Path input = dir.resolve("bad.txt");
    Files.write(input, new byte[] {'a', '\n', 'b', '\n', (byte) 0xc3, '\n'});
    Path vocab = Files.writeString(dir.resolve("vocab"), "<pad>\n<unk>\n<s>\n</s>\nold\n");
    CliRunner.Result r = CliRunner.run("vocab", "build", "--input", input.toString(),
        "--output", vocab.toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertEquals("s2s vocab build: error: " + input + ":3: invalid UTF-8 at byte 1 of the line\n",
        r.err());
    assertEquals("<pad>\n<unk>\n<s>\n</s>\nold\n", Files.readString(vocab));
  }

  @Test
  void zeroMinFrequencyIsAUsageError() throws IOException {
    Path input = Files.writeString(dir.resolve("train.txt"), "a\n");
    CliRunner.Result r = CliRunner.run("vocab", "build", "--input", input.toString(),
        "--min-frequency", "0", "--output", dir.resolve("v").toString());
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("--min-frequency must be at least 1: 0"), r.err());
  }
}
