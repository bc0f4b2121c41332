package org.s2s4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.cli.S2s;
import org.s2s4j.seq2seq.pipeline.TinyRawCorpus;

/**
 * {@code s2s translate --spark local[2]} on a tiny model trained on raw text gives the bytes of
 * local {@code s2s translate}: several windows (partitions), gzip input, empty lines, n-best
 * output in parts, a task that fails once and is retried; a failed job leaves no output.
 */
class SparkTranslateTest {

  /** Lines per window: the 44 input lines make 7 windows, the last one short. */
  private static final String WINDOW = "7";

  @TempDir
  static Path shared;

  static Path model;

  static Path input;

  @TempDir
  Path dir;

  @BeforeAll
  static void trainAndWriteInput() throws IOException {
    Path config = TinyRawCorpus.writeTrainingConfig(shared, false, 2, 1);
    List<String[]> pairs = TinyRawCorpus.pairs();
    model = shared.resolve("run");
    assertEquals(0, S2s.run("train", "--config", config.toString(), "--output", model.toString(),
        "--no-progress", "--device", "cpu"));
    // 44 lines of varied lengths (so that sorting inside a window matters), 4 of them empty
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String[] pair = pairs.get((i * 7) % pairs.size());
      lines.add(i % 3 == 0 ? pair[0] + " " + pairs.get(i)[0].toLowerCase() : pair[0]);
      if (i % 11 == 5) {
        lines.add("");
      }
    }
    input = shared.resolve("input.en.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(input))) {
      out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  @AfterEach
  void noFailureHook() {
    System.clearProperty(WindowTask.FAIL_PROPERTY);
  }

  private static byte[] local(Path output, String... search) throws IOException {
    List<String> args = new ArrayList<>(List.of("translate", "--model", model.toString(),
        "--input", input.toString(), "--output", output.toString(), "--device", "cpu",
        "--window", WINDOW));
    args.addAll(List.of(search));
    assertEquals(0, S2s.run(args.toArray(new String[0])));
    return Files.readAllBytes(output);
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run spark(String master, Path output, String... more) {
    List<String> args = new ArrayList<>(List.of("--spark", master, "--model", model.toString(),
        "--input", input.toString(), "--output", output.toString(), "--device", "cpu",
        "--window", WINDOW));
    args.addAll(List.of(more));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkTranslate.run(new PrintWriter(out, true), new PrintWriter(err, true),
        args.toArray(new String[0]));
    return new Run(code, out.toString(), err.toString());
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void sparkOutputIsLocalTranslateByteForByte() throws IOException {
    byte[] expected = local(dir.resolve("local.de"), "--beam", "3");
    Run r = spark("local[2]", dir.resolve("spark.de"), "--beam", "3");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("translated 44 lines (0 resumed, 4 empty, 0 truncated)"),
        r.out());
    byte[] actual = Files.readAllBytes(dir.resolve("spark.de"));
    assertEquals(new String(expected, StandardCharsets.UTF_8),
        new String(actual, StandardCharsets.UTF_8));
    assertArrayEquals(expected, actual);
    List<String> lines = Files.readAllLines(dir.resolve("spark.de"));
    assertEquals(44, lines.size());
    assertEquals("", lines.get(6));
    assertFalse(lines.get(0).isEmpty());
    // nothing but the two outputs beside them: no staging directory, no .crc files
    assertEquals(List.of("local.de", "spark.de"), files());
  }

  @Test
  void nbestInPartsWithAManifest() throws IOException {
    byte[] expected = local(dir.resolve("local.de"), "--beam", "3", "--nbest", "2");
    Path parts = dir.resolve("spark.de");
    Run r = spark("local[2]", parts, "--beam", "3", "--nbest", "2", "--output-parts");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode manifest = new ObjectMapper().readTree(parts.resolve(OutputCommit.MANIFEST).toFile());
    assertEquals(44, manifest.get("lines").asLong());
    assertEquals(7, manifest.get("parts").size());
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    long first = 1;
    for (JsonNode part : manifest.get("parts")) {
      assertEquals(first, part.get("firstLine").asLong());
      first += part.get("lines").asLong();
      joined.write(Files.readAllBytes(parts.resolve(part.get("file").asText())));
    }
    assertEquals(45, first);
    assertEquals(7 + 1, Files.list(parts).count());
    // n-best lines are numbered over the whole input, as locally
    assertArrayEquals(expected, joined.toByteArray());
    assertTrue(new String(expected, StandardCharsets.UTF_8).contains("\n43 ||| "));
  }

  @Test
  void aRetriedTaskLosesAndDuplicatesNoLine() throws IOException {
    byte[] expected = local(dir.resolve("local.de"));
    // the first attempt of window 2 dies after writing half its lines; Spark runs it again
    System.setProperty(WindowTask.FAIL_PROPERTY, "2:1");
    Run r = spark("local[2,2]", dir.resolve("spark.de"));
    assertEquals(0, r.exitCode(), r.err());
    assertArrayEquals(expected, Files.readAllBytes(dir.resolve("spark.de")));
    assertEquals(List.of("local.de", "spark.de"), files());
  }

  @Test
  void aFailedJobLeavesNoOutput() throws IOException {
    // without retries (local[2]) the same failure fails the job
    System.setProperty(WindowTask.FAIL_PROPERTY, "2:1");
    Run r = spark("local[2]", dir.resolve("spark.de"));
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("attempt 0 of window 2 fails after 3 lines"), r.err());
    assertEquals(List.of(), files());
  }

  @Test
  void anExistingOutputIsKept() throws IOException {
    Path output = Files.writeString(dir.resolve("spark.de"), "keep me\n");
    Run r = spark("local[2]", output);
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("exists"), r.err());
    assertEquals("keep me\n", Files.readString(output));
    assertEquals(List.of("spark.de"), files());
  }

  @Test
  void invalidUtf8IsAnErrorNamingTheLineOfTheWholeInput() throws IOException {
    Path bad = dir.resolve("bad.en");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 1; i <= 10; i++) {
      bytes.write((i == 9 ? "a man \u00e9" : "a man is running").getBytes(StandardCharsets.UTF_8));
      if (i == 9) {
        bytes.write(0xff);
      }
      bytes.write('\n');
    }
    Files.write(bad, bytes.toByteArray());
    List<String> args = List.of("--spark", "local[2]", "--model", model.toString(), "--input",
        bad.toString(), "--output", dir.resolve("out.de").toString(), "--window", "4",
        "--device", "cpu");
    StringWriter err = new StringWriter();
    int code = SparkTranslate.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
        args.toArray(new String[0]));
    assertEquals(1, code);
    assertTrue(err.toString().contains(bad + ":9: invalid UTF-8"), err.toString());
    assertEquals(List.of("bad.en"), files());
  }

  @Test
  void theStandardStreamsAreRefused() {
    StringWriter err = new StringWriter();
    assertEquals(2, SparkTranslate.run(new PrintWriter(new StringWriter()),
        new PrintWriter(err, true), "--spark", "local[1]", "--model", model.toString()));
    assertTrue(err.toString().contains("needs --input PATH and --output PATH"), err.toString());
  }
}
