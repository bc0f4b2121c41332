package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCleanCommandTest {

  @TempDir Path dir;

  private Path en;
  private Path de;

  private void corpus() throws IOException {
    // 1 kept; 2 duplicate of 1; 3 empty target; 4 ratio 4; 5 kept
    en = Files.writeString(dir.resolve("in.en"), "a dog\na dog\nhello\na b c d\nthe cat\n");
    de = Files.writeString(dir.resolve("in.de"), "ein hund\nein hund\n\nx\ndie katze\n");
  }

  @Test
  void writesKeptPairsAndCountsEachRule() throws IOException {
    corpus();
    Path outEn = dir.resolve("out.en");
    Path outDe = dir.resolve("out.de");
    CliRunner.Result r = CliRunner.run("corpus", "clean", en.toString(), de.toString(),
        "--out-source", outEn.toString(), "--out-target", outDe.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("read 5 pairs, kept 2 (40.00%)\n"
        + "  removed by empty:     1\n"
        + "  removed by length:    0\n"
        + "  removed by ratio:     1\n"
        + "  removed by duplicate: 1\n"
        + "wrote " + outEn + " and " + outDe + "\n", r.out());
    assertEquals("a dog\nthe cat\n", Files.readString(outEn));
    assertEquals("ein hund\ndie katze\n", Files.readString(outDe));
  }

  @Test
  void jsonReport() throws IOException {
    corpus();
    CliRunner.Result r = CliRunner.run("corpus", "clean", en.toString(), de.toString(),
        "--out-source", dir.resolve("o.en").toString(), "--out-target",
        dir.resolve("o.de").toString(), "--keep-duplicates", "--max-ratio", "4", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(5, json.get("read").asInt());
    assertEquals(4, json.get("kept").asInt());
    assertEquals(1, json.get("removed").get("empty").asInt());
    assertEquals(0, json.get("removed").get("duplicate").asInt());
  }

  @Test
  void badInputFailsNamingFileAndLineAndLeavesOldOutputs() throws IOException {
    Path src = dir.resolve("bad.en");
    Files.write(src, new byte[] {'a', '\n', 'b', (byte) 0x80, '\n'});
    Path tgt = Files.writeString(dir.resolve("bad.de"), "x\ny\n");
    Path outEn = Files.writeString(dir.resolve("keep.en"), "good old\n");
    Path outDe = Files.writeString(dir.resolve("keep.de"), "gut alt\n");
    CliRunner.Result r = CliRunner.run("corpus", "clean", src.toString(), tgt.toString(),
        "--out-source", outEn.toString(), "--out-target", outDe.toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().endsWith("s2s corpus clean: error: " + src
        + ":2: invalid UTF-8 at byte 2 of the line\n"), r.err());
    assertEquals("good old\n", Files.readString(outEn));
    assertEquals("gut alt\n", Files.readString(outDe));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("bad.de", "bad.en", "keep.de", "keep.en"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void impossibleLimitsAreAUsageError() throws IOException {
    corpus();
    CliRunner.Result r = CliRunner.run("corpus", "clean", en.toString(), de.toString(),
        "--out-source", dir.resolve("o.en").toString(), "--out-target",
        dir.resolve("o.de").toString(), "--min-length", "5", "--max-length", "4");
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("need 0 <= minTokens <= maxTokens"), r.err());
  }

  @Test
  void differentLineCountsFailNamingBothFilesAndCounts() throws IOException {
    Path src = Files.writeString(dir.resolve("m.en"), "a\n");
    Path tgt = Files.writeString(dir.resolve("m.de"), "a\nb\nc\n");
    Path outEn = Files.writeString(dir.resolve("o.en"), "old\n");
    Path outDe = Files.writeString(dir.resolve("o.de"), "alt\n");
    CliRunner.Result r = CliRunner.run("corpus", "clean", src.toString(), tgt.toString(),
        "--out-source", outEn.toString(), "--out-target", outDe.toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().endsWith("s2s corpus clean: error: " + tgt + ":2: line counts differ: "
        + tgt + " has 3 lines but " + src + " has 1\n"), r.err());
    assertEquals("old\n", Files.readString(outEn));
    assertEquals("alt\n", Files.readString(outDe));
  }
}
