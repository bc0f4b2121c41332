package org.s2s4j.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportTest {

  @TempDir Path run;

  private void trainingRun() throws IOException {
    Files.writeString(run.resolve("train.jsonl"), """
        {"epoch":1,"step":50,"seconds":30.5,"train_loss":3.2,"dev_perplexity":12.5,"dev_bleu":4.1,"epsilon":1.0,"learning_rate":0.001,"tokens_per_second":900.0}
        {"epoch":2,"step":100,"seconds":61.0,"train_loss":1.7,"dev_perplexity":4.0,"dev_bleu":35.2,"epsilon":0.9,"learning_rate":0.001,"tokens_per_second":950.0}
        {"epoch":3,"step":120,"seconds":75.0,"train_loss":1.1,"dev_perplexity":2.5,"dev_bleu":null,"epsilon":0.8,"learning_rate":0.0005,"tokens_per_second":940.0}
        """);
    Path data = Files.createDirectories(run.resolve("data"));
    Files.writeString(data.resolve("train.src"), "a b c\nd e\n");
    Files.writeString(data.resolve("test.src"), "a b .\n");
    Files.writeString(data.resolve("test.tgt"), "x y .\n");
    Files.writeString(run.resolve("metadata.json"), "{\"s2s4j_version\":\"development build\","
        + "\"seed\":1,\"data\":{\"" + data.resolve("train.src") + "\":{\"bytes\":9},"
        + "\"" + data.resolve("gone.tgt") + "\":{\"bytes\":1}},"
        + "\"metrics\":{\"steps\":120,\"training_seconds\":75.0,\"best_checkpoint\":\"step-100\","
        + "\"best_dev_metric\":35.2,\"finished\":true,\"stop_reason\":\"max_time 1m reached\"}}");
    Files.writeString(run.resolve("config.yaml"), "model:\n  embedding_size: 8\n  note: <b>&\n");
  }

  private DecodeResults decoded() {
    float[][] attention = {{0.9f, 0.05f, 0.05f}, {0.1f, 0.8f, 0.1f}, {0f, 0.1f, 0.9f},
        {0.3f, 0.3f, 0.4f}};
    return new DecodeResults("test", run.resolve("data/test.src").toString(),
        run.resolve("data/test.tgt").toString(), "test.hyp", 5, 1, 3, 3, 0.5,
        List.of(new DecodeResults.Score("BLEU", 100.0, "nrefs:1|case:mixed|eff:no|tok:none"),
            new DecodeResults.Score("chrF2", 100.0, "nrefs:1|case:mixed|eff:yes|nc:6|nw:0")),
        new DecodeResults.Score("BLEU", 0.0, "nrefs:1|case:mixed|eff:no|tok:none"),
        List.of(new DecodeResults.Sample("a b .", "x y .", "x y .", List.of("a", "b", "."),
            List.of("x", "y", "."), attention),
            new DecodeResults.Sample("a a", "x x", "x x", List.of("a", "a"), List.of("x", "x"),
                new float[][] {{1, 0}, {0, 1}, {0.5f, 0.5f}})));
  }

  @Test
  void fullRunHasEverySectionAndOnlyExistingFiles() throws IOException {
    trainingRun();
    decoded().save(run);
    Path page = RunReport.write(run);
    assertEquals(run.resolve("report.html"), page);
    int images = ReportAssertions.assertSelfContained(page);
    // loss, BLEU and eps against steps and time, and two heatmaps
    assertEquals(8, images);
    String html = Files.readString(page);
    for (String expected : List.of("Training curves", "Final scores", "copy the source (baseline)",
        "nrefs:1|case:mixed|eff:no|tok:none", "sentences per second", "step-100",
        "max_time 1m reached", "embedding_size: 8", "&lt;b&gt;&amp;", "not found",
        "Attention of sample 2")) {
      assertTrue(html.contains(expected), () -> "report lacks " + expected);
    }
    for (String png : List.of("plot-loss-steps.png", "plot-loss-time.png", "plot-bleu-steps.png",
        "plot-bleu-time.png", "plot-eps-steps.png", "plot-eps-time.png", "attention-1.png",
        "attention-2.png")) {
      assertTrue(Files.isRegularFile(run.resolve(png)), png);
    }
  }

  @Test
  void trainingOnlyRunSaysThereIsNoDecoding() throws IOException {
    trainingRun();
    Path page = RunReport.write(run);
    assertEquals(6, ReportAssertions.assertSelfContained(page));
    assertTrue(Files.readString(page).contains("No decoding results (decode.json)"));
  }

  @Test
  void decodeResultsRoundTrip() throws IOException {
    decoded().save(run);
    DecodeResults back = DecodeResults.load(run);
    assertEquals(2, back.samples().size());
    assertEquals(0.8f, back.samples().get(0).attention()[1][1]);
    assertEquals(6.0, back.sentencesPerSecond() * 3, 1e-9);
    assertEquals("chrF2", back.scores().get(1).name());
  }

  @Test
  void rebuildingReplacesThePage() throws IOException {
    trainingRun();
    RunReport.write(run);
    decoded().save(run);
    RunReport.write(run);
    assertFalse(Files.readString(run.resolve("report.html")).contains("No decoding results"));
    try (var files = Files.list(run)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void emptyDirectoryIsNotARun() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RunReport.write(run));
    assertTrue(e.getMessage().contains("is not a run directory"), e.getMessage());
    assertFalse(Files.exists(run.resolve("report.html")));
  }

  @Test
  void brokenLogNamesFileAndLine() throws IOException {
    Files.writeString(run.resolve("train.jsonl"), "{\"step\":1}\nnot json\n");
    IOException e = assertThrows(IOException.class, () -> RunReport.write(run));
    assertTrue(e.getMessage().contains("train.jsonl:2: not a JSON object"), e.getMessage());
    assertFalse(Files.exists(run.resolve("report.html")));
  }
}
