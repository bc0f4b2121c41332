package org.s2s4j.decoding.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.corpora.io.InputFormatException;

class CorpusDecoderTest {

  static final CorpusOptions OPTIONS =
      new CorpusOptions(Batching.sentences(3), 7, 50, OutputFormat.TEXT, false);

  @TempDir
  Path dir;

  /** Random lines of 1 to 12 words, with some empty lines. */
  static List<String> lines(int count, long seed) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (random.nextInt(10) == 0) {
        lines.add("");
        continue;
      }
      int words = 1 + random.nextInt(12);
      lines.add(Stream.generate(() -> "w" + random.nextInt(100)).limit(words)
          .collect(Collectors.joining(" ")));
    }
    return lines;
  }

  private Path write(List<String> lines) throws IOException {
    Path in = dir.resolve("in.txt");
    Files.write(in, lines, StandardCharsets.UTF_8);
    return in;
  }

  private static String expected(List<String> lines) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? "" : ReversingTranslator.expected(line)).append('\n');
    }
    return out.toString();
  }

  private DecodeSummary run(CorpusDecoder decoder, Path in, Path out, boolean resume)
      throws IOException {
    return FileTranslation.run(decoder, in, null, out, null, resume, "test");
  }

  @Test
  void writesOneLineperInputLineInInputOrderWhateverTheThreads() throws IOException {
    List<String> lines = lines(100, 1);
    Path in = write(lines);
    for (int threads : new int[] {1, 3}) {
      List<SentenceTranslator> translators = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        translators.add(new ReversingTranslator());
      }
      Path out = dir.resolve("out" + threads + ".txt");
      DecodeSummary summary = run(new CorpusDecoder(translators, OPTIONS), in, out, false);
      assertEquals(expected(lines), Files.readString(out));
      assertEquals(100, summary.lines());
      assertEquals(lines.stream().filter(String::isEmpty).count(), summary.empty());
      assertEquals(0, summary.truncated());
      assertFalse(Files.exists(ResumableOutput.sibling(out, ".journal")));
      assertFalse(Files.exists(ResumableOutput.sibling(out, ".partial")));
    }
  }

  @Test
  void emptyInputGivesEmptyOutput() throws IOException {
    Path in = write(List.of());
    Path out = dir.resolve("out.txt");
    assertEquals(0, run(new CorpusDecoder(List.of(new ReversingTranslator()), OPTIONS), in, out,
        false).lines());
    assertEquals("", Files.readString(out));
  }

  @Test
  void sortsByLengthInsideAWindowAndRespectsTheTokenBudget() throws IOException {
    List<String> lines = lines(60, 2);
    ReversingTranslator translator = new ReversingTranslator();
    CorpusOptions options = new CorpusOptions(Batching.tokens(20), 30, 50, OutputFormat.TEXT,
        false);
    run(new CorpusDecoder(List.of(translator), options), write(lines), dir.resolve("o"), false);
    for (List<Integer> batch : translator.batchLengths) {
      for (int i = 1; i < batch.size(); i++) {
        assertTrue(batch.get(i - 1) <= batch.get(i), "not sorted: " + batch);
      }
      int longest = batch.get(batch.size() - 1);
      assertTrue(batch.size() == 1 || batch.size() * longest <= 20, "over budget: " + batch);
    }
    assertEquals(expected(lines), Files.readString(dir.resolve("o")));
  }

  /** Window-aligned parts give the whole run's batches and bytes, numbered over the input. */
  @Test
  void windowAlignedPartsGiveTheWholeOutput() throws IOException {
    List<String> lines = lines(40, 5);
    CorpusOptions options = new CorpusOptions(Batching.sentences(3), 7, 50, OutputFormat.JSON,
        false);
    ReversingTranslator whole = new ReversingTranslator();
    Path out = dir.resolve("whole.jsonl");
    run(new CorpusDecoder(List.of(whole), options), write(lines), out, false);
    ReversingTranslator parts = new ReversingTranslator();
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    long partLines = 0;
    for (int first = 0; first < lines.size(); first += 7) {
      List<String> part = lines.subList(first, Math.min(lines.size(), first + 7));
      byte[] text = (String.join("\n", part) + "\n").getBytes(StandardCharsets.UTF_8);
      StreamSink sink = new StreamSink(joined);
      partLines += new CorpusDecoder(List.of(parts), options).translatePart(
          org.s2s4j.corpora.io.Utf8LineReader.part(new ByteArrayInputStream(text), "in", first),
          first, sink).lines();
      sink.checkpoint(0);
    }
    assertEquals(40, partLines);
    assertEquals(whole.batchLengths, parts.batchLengths);
    assertEquals(Files.readString(out), joined.toString(StandardCharsets.UTF_8));
    assertTrue(Files.readString(out).contains("\"line\":40,"));
  }

  @Test
  void tooLongLinesAreTruncatedAndCounted() throws IOException {
    List<String> lines = List.of("a b c d e f", "a b", "1 2 3 4 5 6 7 8");
    CorpusOptions options = new CorpusOptions(Batching.sentences(2), 10, 4, OutputFormat.JSON,
        false);
    Path out = dir.resolve("out.jsonl");
    DecodeSummary summary = run(new CorpusDecoder(List.of(new ReversingTranslator()), options),
        write(lines), out, false);
    assertEquals(2, summary.truncated());
    List<String> written = Files.readAllLines(out);
    assertEquals(3, written.size());
    assertTrue(written.get(0).contains("\"truncated\":true") && written.get(0).contains("D C B A"),
        written.get(0));
    assertTrue(written.get(1).contains("\"line\":2,\"truncated\":false"), written.get(1));
    assertTrue(written.get(2).contains("4 3 2 1"), written.get(2));
  }

  @Test
  void nBestFormatWritesEveryTranslationWithItsLineAndScore() throws IOException {
    CorpusOptions options = new CorpusOptions(Batching.sentences(2), 10, 50, OutputFormat.NBEST,
        false);
    Path out = dir.resolve("out.nbest");
    run(new CorpusDecoder(List.of(new ReversingTranslator()), options), write(List.of("a b", "c")),
        out, false);
    assertEquals(List.of("0 ||| B A ||| -2.0", "0 ||| a b ||| -3.0", "1 ||| C ||| -1.0",
        "1 ||| c ||| -2.0"), Files.readAllLines(out));
  }

  @Test
  void invalidUtf8NamesTheLineAndLeavesNoOutput() throws IOException {
    Path in = dir.resolve("bad.txt");
    byte[] good = "ok line\nsecond\n".getBytes(StandardCharsets.UTF_8);
    Files.write(in, good);
    Files.write(in, new byte[] {'x', (byte) 0xff, 'y', '\n'}, StandardOpenOption.APPEND);
    Path out = dir.resolve("out.txt");
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> run(new CorpusDecoder(List.of(new ReversingTranslator()), OPTIONS), in, out, false));
    assertTrue(e.getMessage().contains("bad.txt:3"), e.getMessage());
    assertFalse(Files.exists(out));
    assertFalse(Files.exists(ResumableOutput.sibling(out, ".partial")));
  }

  @Test
  void streamsFromStdinToStdout() throws IOException {
    List<String> lines = lines(20, 3);
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    byte[] input = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    FileTranslation.run(new CorpusDecoder(List.of(new ReversingTranslator()), OPTIONS), null,
        new ByteArrayInputStream(input), null, stdout, false, "test");
    assertEquals(expected(lines), stdout.toString(StandardCharsets.UTF_8));
  }

  @Test
  void resumeAfterAFailureGivesTheUninterruptedOutput() throws IOException {
    List<String> lines = lines(80, 4);
    Path in = write(lines);
    Path out = dir.resolve("out.txt");
    assertThrows(IllegalStateException.class, () -> run(
        new CorpusDecoder(List.of(new ReversingTranslator(0, 9)), OPTIONS), in, out, true));
    assertFalse(Files.exists(out));
    Path partial = ResumableOutput.sibling(out, ".partial");
    assertTrue(Files.exists(partial) && Files.exists(ResumableOutput.sibling(out, ".journal")));
    // A crash can leave bytes after the last checkpoint: they must be dropped.
    Files.writeString(partial, "HALF A LINE", StandardOpenOption.APPEND);
    DecodeSummary summary = run(new CorpusDecoder(List.of(new ReversingTranslator()), OPTIONS), in,
        out, true);
    assertTrue(summary.resumed() > 0 && summary.resumed() < 80, "resumed " + summary.resumed());
    assertEquals(80, summary.lines());
    assertEquals(expected(lines), Files.readString(out));
    assertFalse(Files.exists(partial));
    assertFalse(Files.exists(ResumableOutput.sibling(out, ".journal")));
  }

  @Test
  void resumeWithOtherSettingsIsRefused() throws IOException {
    Path in = write(lines(40, 5));
    Path out = dir.resolve("out.txt");
    assertThrows(IllegalStateException.class, () -> run(
        new CorpusDecoder(List.of(new ReversingTranslator(0, 3)), OPTIONS), in, out, true));
    IOException e = assertThrows(IOException.class, () -> FileTranslation.run(
        new CorpusDecoder(List.of(new ReversingTranslator()), OPTIONS), in, null, out, null, true,
        "other settings"));
    assertTrue(e.getMessage().contains("other settings") || e.getMessage().contains("another input"),
        e.getMessage());
  }

  /** Kills a child JVM with SIGKILL in the middle of a run, resumes, and compares byte for byte. */
  @Test
  void resumeAfterSigkillGivesTheUninterruptedOutput() throws Exception {
    List<String> lines = lines(300, 6);
    Path in = write(lines);
    Path reference = dir.resolve("reference.txt");
    run(new CorpusDecoder(List.of(new ReversingTranslator()), OPTIONS), in, reference, false);

    Path out = dir.resolve("out.txt");
    Path journal = ResumableOutput.sibling(out, ".journal");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    Process child = new ProcessBuilder(java, "-cp", classpath, ResumeChild.class.getName(),
        in.toString(), out.toString(), "20").redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile()).start();
    long deadline = System.nanoTime() + 60_000_000_000L;
    long done = 0;
    while (done < 50 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      done = journalLines(journal);
    }
    child.destroyForcibly().waitFor();
    assertTrue(done >= 50 && done < 300, "child wrote " + done + " lines before the kill; log: "
        + Files.readString(dir.resolve("child.log")));
    assertFalse(Files.exists(out), "the output must not appear before the run is complete");

    DecodeSummary summary = run(new CorpusDecoder(List.of(new ReversingTranslator()), OPTIONS), in,
        out, true);
    assertTrue(summary.resumed() >= done, summary.resumed() + " < " + done);
    assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(out));
  }

  private static long journalLines(Path journal) {
    try {
      for (String line : Files.readAllLines(journal)) {
        if (line.startsWith("lines=")) {
          return Long.parseLong(line.substring(6));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not written yet, or being replaced
    }
    return 0;
  }
}
