package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.inference.Predictor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ai.djl.repository.zoo.ZooModel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.decoding.SearchOptions;
import org.s2s4j.decoding.SearchStrategy;
import org.s2s4j.seq2seq.pipeline.TinyRawCorpus;
import org.s2s4j.seq2seq.inference.Seq2SeqTranslator;
import org.s2s4j.serve.ModelSource;
import org.s2s4j.serve.ServeOptions;
import org.s2s4j.serve.TranslationServer;

/**
 * A tiny model trained on raw text (Moses tokenizer, lowercased, joint BPE) translates raw text
 * the same way through {@code s2s translate}, the DJL {@code Translator}, {@code s2s report} and
 * {@code s2s serve}.
 */
class RawTextPipelineTest {

  @TempDir
  static Path shared;

  static Path run;

  static Path data;

  @TempDir
  Path dir;

  @BeforeAll
  static void train() throws IOException {
    Path config = TinyRawCorpus.writeTrainingConfig(shared, true, 3, 1);
    data = shared.resolve("data");
    run = shared.resolve("run");
    CliRunner.Result r = CliRunner.run("train", "--config", config.toString(), "--output",
        run.toString(), "--no-progress", "--device", "cpu");
    assertEquals(0, r.exitCode(), r.err());
  }

  private static List<String> inputs() {
    return List.of("A man is sleeping in the park.", "The dog, outside, is running!", "",
        "A woman is playing near the house.");
  }

  @Test
  void theModelDirectoryRecordsThePipeline() throws IOException {
    String pipeline = Files.readString(run.resolve("pipeline.json"));
    assertTrue(pipeline.contains("\"tokenizer\" : \"moses\""), pipeline);
    assertTrue(pipeline.contains("\"language\" : \"de\""), pipeline);
    assertTrue(pipeline.contains("\"file\" : \"bpe.codes\""), pipeline);
    assertTrue(Files.readString(run.resolve("bpe.codes")).startsWith("#version: 0.2\n"));
    // the training split went through Moses (lowercased) and BPE: no raw punctuation, separators
    try (Stream<Path> prepared = Files.list(run.resolve("prepared"))) {
      Path dir = prepared.filter(Files::isDirectory).filter(p -> !p.getFileName().toString()
          .startsWith(".")).findFirst().orElseThrow();
      List<String> train = Files.readAllLines(dir.resolve("train.src"));
      assertEquals(80, train.size());
      assertTrue(train.stream().anyMatch(l -> l.contains("@@ ")), train.get(0));
      assertTrue(train.stream().allMatch(l -> l.equals(l.toLowerCase())), train.get(0));
      assertTrue(Files.readAllLines(dir.resolve("train.tok.src")).contains(
          "a man is running on the street , outside ."));
    }
  }

  /** The same raw input gives the same text through the command line, DJL and the report. */
  @Test
  void translateTranslatorAndReportAgreeOnRawText() throws Exception {
    Path in = dir.resolve("in.en");
    Files.write(in, inputs());
    Path out = dir.resolve("out.de");
    CliRunner.Result t = CliRunner.run("translate", "--model", run.toString(), "--input", in.toString(),
        "--output", out.toString(), "--beam", "3", "--device", "cpu");
    assertEquals(0, t.exitCode(), t.err());
    List<String> cli = Files.readAllLines(out);
    assertEquals(4, cli.size());
    assertEquals("", cli.get(2));
    for (String line : cli) {
      assertFalse(line.contains("@@"), line);
    }

    List<String> djl = new ArrayList<>();
    try (Seq2SeqTranslator translator = new Seq2SeqTranslator(
            SearchStrategy.of(SearchOptions.defaults(3)), false);
        ZooModel<String, String> model =
            Seq2SeqTranslator.criteria(run, "MXNet", translator).loadModel();
        Predictor<String, String> predictor = model.newPredictor()) {
      for (String line : inputs()) {
        djl.add(predictor.predict(line));
      }
    }
    assertEquals(cli, djl);

    Path ref = dir.resolve("ref.de");
    Files.write(ref, List.of("Ein Mann schläft im Park.", "Der Hund, draußen, läuft!", "",
        "Eine Frau spielt beim Haus."));
    CliRunner.Result r = CliRunner.run("report", "--run", run.toString(), "--source", in.toString(),
        "--reference", ref.toString(), "--beam", "3", "--device", "cpu", "--samples", "1");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(cli, Files.readAllLines(run.resolve("test.hyp")));
    // scored as sacreBLEU scores raw text: 13a tokenization, lowercased like the model
    String decode = Files.readString(run.resolve("decode.json"));
    assertTrue(decode.contains("case:lc|eff:no|tok:13a"), decode);
  }

  /** {@code s2s serve} answers raw text with what {@code s2s translate --format json} writes. */
  @Test
  void theServerTranslatesAsTranslateDoes() throws Exception {
    List<String> lines = new ArrayList<>(inputs());
    TinyRawCorpus.pairs().stream().limit(10).forEach(p -> lines.add(p[0]));
    Path in = dir.resolve("in.en");
    Files.write(in, lines);
    Path out = dir.resolve("out.jsonl");
    CliRunner.Result t = CliRunner.run("translate", "--model", run.toString(), "--input",
        in.toString(), "--output", out.toString(), "--beam", "4", "--nbest", "2", "--format",
        "json", "--device", "cpu");
    assertEquals(0, t.exitCode(), t.err());
    List<String> offline = Files.readAllLines(out);

    ObjectMapper json = new ObjectMapper();
    HttpClient client = HttpClient.newHttpClient();
    try (TranslationServer server = TranslationServer.start(
        ServeOptions.defaults(0).withBatching(64, 200, 1024))) {
      server.load(List.of(new ModelSource("en-de", run)), "mxnet", "cpu");
      // one request per line, all at once, so that the server batches them together
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (String line : lines) {
        answers.add(client.sendAsync(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/v1/translate"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                Map.of("text", line, "beam", 4, "nbest", 2)))).build(),
            HttpResponse.BodyHandlers.ofString()));
      }
      for (int i = 0; i < lines.size(); i++) {
        HttpResponse<String> r = answers.get(i).get();
        assertEquals(200, r.statusCode(), r.body());
        JsonNode expected = json.readTree(offline.get(i));
        JsonNode got = json.readTree(r.body()).get("results").get(0);
        assertEquals(expected.get("translations"), got.get("translations"), lines.get(i));
      }
    }
  }

  /** Pre-tokenized input with --input-tokenizer none; tokens out with --no-detokenize. */
  @Test
  void preTokenizedInputAndTokenOutputWithExplicitFlags() throws IOException {
    Path raw = dir.resolve("raw.en");
    Files.write(raw, List.of("A man is sleeping in the park.", "The dog, outside, is running!"));
    Path tok = dir.resolve("tok.en");
    Files.write(tok, List.of("a man is sleeping in the park .", "the dog , outside , is running !"));
    Path fromRaw = dir.resolve("raw.out");
    Path fromTok = dir.resolve("tok.out");
    assertEquals(0, CliRunner.run("translate", "--model", run.toString(), "--input",
        raw.toString(), "--output", fromRaw.toString(), "--no-detokenize", "--device", "cpu")
        .exitCode());
    CliRunner.Result t = CliRunner.run("translate", "--model", run.toString(), "--input",
        tok.toString(), "--output", fromTok.toString(), "--input-tokenizer", "none",
        "--no-detokenize", "--device", "cpu");
    assertEquals(0, t.exitCode(), t.err());
    assertEquals(Files.readAllLines(fromRaw), Files.readAllLines(fromTok));
    for (String line : Files.readAllLines(fromTok)) {
      assertFalse(line.contains("@@"), line);
    }
    CliRunner.Result bad = CliRunner.run("translate", "--model", run.toString(), "--input",
        tok.toString(), "--output", dir.resolve("x").toString(), "--input-tokenizer", "klingon");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("--input-tokenizer: unknown tokenizer 'klingon'"), bad.err());
  }

  /** A resumed run reuses the prepared data instead of preparing it again. */
  @Test
  void resumingReusesThePreparedData() throws IOException {
    Path copy = dir.resolve("run");
    copyTree(run, copy);
    Path complete;
    try (Stream<Path> s = Files.walk(copy.resolve("prepared"))) {
      complete = s.filter(p -> p.getFileName().toString().equals("complete.json")).findFirst()
          .orElseThrow();
    }
    String before = Files.readString(complete);
    long modified = Files.getLastModifiedTime(complete).toMillis();
    Path config = shared.resolve("raw.yaml");
    CliRunner.Result r = CliRunner.run("train", "--config", config.toString(), "--output",
        copy.toString(), "--no-progress", "--device", "cpu", "--resume", "--set",
        "training.max_epochs=4");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(before, Files.readString(complete));
    assertEquals(modified, Files.getLastModifiedTime(complete).toMillis());
    try (Stream<Path> s = Files.list(copy.resolve("prepared"))) {
      assertEquals(1, s.count());
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
