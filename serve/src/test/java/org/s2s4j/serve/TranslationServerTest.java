package org.s2s4j.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.s2s4j.corpora.io.Utf8LineReader;
import org.s2s4j.decoding.SearchOptions;
import org.s2s4j.decoding.SearchStrategy;
import org.s2s4j.decoding.corpus.Batching;
import org.s2s4j.decoding.corpus.CorpusDecoder;
import org.s2s4j.decoding.corpus.CorpusOptions;
import org.s2s4j.decoding.corpus.LineSink;
import org.s2s4j.decoding.corpus.OutputFormat;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.inference.ModelTranslators;
import org.s2s4j.seq2seq.pipeline.TextOptions;
import org.s2s4j.seq2seq.pipeline.TinyRawCorpus;

/**
 * The server on a free loopback port with a tiny trained raw-text model: its answers against the
 * decoder of {@code s2s translate}, batching, attention, limits and every kind of bad input.
 */
class TranslationServerTest {

  static Path modelDir;

  private TranslationServer server;
  private HttpJson http;

  @BeforeAll
  static void model() {
    modelDir = TinyTrainedModel.dir();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private void start(ServeOptions options) throws IOException {
    server = TranslationServer.start(options);
    server.load(List.of(new ModelSource("tiny", modelDir)), "mxnet", "cpu");
    http = new HttpJson(server.port());
  }

  private void start() throws IOException {
    start(ServeOptions.defaults(0));
  }

  /** What {@code s2s translate --format json} writes for {@code lines}: its decoder, one per line. */
  private static List<JsonNode> offline(List<String> lines, int beam, int nBest, int maxTokens)
      throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (TrainedModel model = TrainedModel.load(modelDir, "mxnet", "cpu");
        Utf8LineReader in = Utf8LineReader.of(new ByteArrayInputStream(
            (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)), "input")) {
      CorpusDecoder decoder = new CorpusDecoder(ModelTranslators.create(List.of(model),
          ModelTranslators.codec(model, TextOptions.AS_RECORDED),
          SearchStrategy.of(SearchOptions.builder().beamSize(beam).nBest(nBest).build()), 1,
          false, null), new CorpusOptions(Batching.sentences(CorpusOptions.DEFAULT_BATCH_SENTENCES),
          CorpusOptions.DEFAULT_WINDOW, maxTokens, OutputFormat.JSON, false));
      decoder.translate(in, -1, new LineSink() {
        @Override
        public void writeLine(String text) throws IOException {
          out.add(HttpJson.JSON.readTree(text));
        }

        @Override
        public void checkpoint(long n) {}
      }, 0);
    }
    return out;
  }

  private static final List<String> LINES = List.of("A man is sleeping in the park.",
      "The dog, outside, is running!", "", "Girl.", "A woman is playing near the house.",
      "The boy is sitting on the street, outside, near the house, in the park.", "   ",
      "Der Hund schläft.");

  @Test
  void translatesAListAsTheCorpusDecoderDoes() throws Exception {
    start();
    HttpJson.Response r = http.postJson("/v1/translate", Map.of("text", LINES, "beam", 3,
        "nbest", 2));
    assertEquals(200, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    JsonNode body = r.json();
    assertEquals("tiny", body.get("model").asText());
    List<JsonNode> expected = offline(LINES, 3, 2, CorpusOptions.DEFAULT_MAX_SOURCE_TOKENS);
    assertEquals(LINES.size(), body.get("results").size());
    for (int i = 0; i < LINES.size(); i++) {
      JsonNode got = body.get("results").get(i);
      assertEquals(expected.get(i).get("translations"), got.get("translations"), LINES.get(i));
      assertEquals(expected.get(i).get("truncated"), got.get("truncated"));
    }
    assertEquals("", body.get("results").get(2).get("translations").get(0).get("text").asText());
    String first = body.get("results").get(0).get("translations").get(0).get("text").asText();
    assertFalse(first.isBlank() || first.contains("@@"), first);
    assertEquals(2, body.get("results").get(0).get("translations").size());
  }

  @Test
  void concurrentRequestsShareBatchesAndEachGetsItsOwnAnswer() throws Exception {
    start(ServeOptions.defaults(0).withBatching(64, 300, 1024));
    List<String> lines = TinyRawCorpus.pairs().stream().map(p -> p[0]).limit(12).toList();
    List<JsonNode> expected = offline(lines, 5, 1, CorpusOptions.DEFAULT_MAX_SOURCE_TOKENS);
    ExecutorService pool = Executors.newFixedThreadPool(lines.size());
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpJson.Response>> answers = new ArrayList<>();
      for (String line : lines) {
        answers.add(pool.submit(() -> {
          go.await();
          return http.postJson("/v1/translate", Map.of("text", line));
        }));
      }
      go.countDown();
      for (int i = 0; i < lines.size(); i++) {
        HttpJson.Response r = answers.get(i).get();
        assertEquals(200, r.status(), r.body());
        assertEquals(expected.get(i).get("translations"),
            r.json().get("results").get(0).get("translations"), lines.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
    String metrics = http.get("/metrics").body();
    double batches = metric(metrics, "s2s_batch_sentences_count\\{model=\"tiny\"\\}");
    assertEquals(lines.size(), metric(metrics, "s2s_batch_sentences_sum\\{model=\"tiny\"\\}"));
    assertTrue(batches < lines.size(), "12 concurrent sentences in " + batches + " batches");
  }

  /** Waits until the server is answering {@code n} translation requests. */
  private void awaitInFlight(int n) throws Exception {
    for (int i = 0; i < 3000; i++) {
      if (metric(http.get("/metrics").body(), "s2s_requests_in_flight") >= n) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no request in flight");
  }

  private static double metric(String scrape, String nameAndLabels) {
    Matcher m = Pattern.compile("(?m)^" + nameAndLabels + " (\\S+)$").matcher(scrape);
    assertTrue(m.find(), nameAndLabels + " not in\n" + scrape);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void returnsTheAttentionOfEachBestTranslation() throws Exception {
    start();
    HttpJson.Response r = http.postJson("/v1/translate", Map.of("text", List.of(
        "A girl is playing on the street, outside.", "Dog"), "attention", true));
    assertEquals(200, r.status(), r.body());
    for (JsonNode result : r.json().get("results")) {
      JsonNode a = result.get("attention");
      int rows = a.get("target").size();
      assertTrue(rows > 1, result.toString());
      assertEquals("</s>", a.get("target").get(rows - 1).asText());
      assertEquals(rows, a.get("weights").size());
      for (JsonNode row : a.get("weights")) {
        // as wide as this source, not the batch's longest, and a distribution over it
        assertEquals(a.get("source").size(), row.size());
        double sum = 0;
        for (JsonNode w : row) {
          sum += w.asDouble();
        }
        assertEquals(1.0, sum, 1e-4);
      }
    }
    // the model's tokens: lowercased by the pipeline; the short source is not padded
    List<String> dog = new ArrayList<>();
    r.json().get("results").get(1).get("attention").get("source").forEach(t -> dog.add(t.asText()));
    assertEquals("dog", String.join(" ", dog).replace("@@ ", ""));
  }

  @Test
  void truncatesOverlongTextWithAWarning() throws Exception {
    start(ServeOptions.defaults(0).withLimits(ServeOptions.DEFAULT_MAX_BODY, 3));
    String longer = "A man is sleeping in the park.";
    HttpJson.Response r = http.postJson("/v1/translate", Map.of("text", List.of(".", longer)));
    assertEquals(200, r.status(), r.body());
    JsonNode results = r.json().get("results");
    assertFalse(results.get(0).get("truncated").asBoolean());
    assertFalse(results.get(0).has("warning"));
    assertTrue(results.get(1).get("truncated").asBoolean());
    assertTrue(results.get(1).get("warning").asText().matches(
        "text 2: \\d+ tokens, truncated to 3"), results.get(1).toString());
    JsonNode expected = offline(List.of(longer), 5, 1, 3).get(0);
    assertTrue(expected.get("truncated").asBoolean());
    assertEquals(expected.get("translations"), results.get(1).get("translations"));
  }

  @Test
  void refusesBadInputWithOneLineJsonErrorsAndGoesOn() throws Exception {
    start(ServeOptions.defaults(0).withLimits(2000, CorpusOptions.DEFAULT_MAX_SOURCE_TOKENS));
    byte[] json = "{\"text\": \"A man.\"}".getBytes(StandardCharsets.UTF_8);
    assertError(400, "invalid JSON", http.postJson("/v1/translate", "{\"text\": \"A man."));
    assertError(400, "empty body", http.postJson("/v1/translate", ""));
    assertError(415, "Content-Type must be application/json",
        http.post("/v1/translate", "text/plain", json));
    assertError(415, "missing", http.post("/v1/translate", null, json));
    assertError(413, "over the limit of 2000 bytes", http.postJson("/v1/translate",
        Map.of("text", "a ".repeat(2000))));
    assertError(404, "unknown model 'nope'", http.postJson("/v1/translate",
        Map.of("text", "a", "model", "nope")));
    assertError(400, "missing field \"text\"", http.postJson("/v1/translate", "{}"));
    assertError(400, "must be a JSON object", http.postJson("/v1/translate", "[1, 2]"));
    assertError(400, "unknown field \"texts\"", http.postJson("/v1/translate",
        Map.of("texts", List.of("a"))));
    assertError(400, "\"text\"[1] is not a string", http.postJson("/v1/translate",
        "{\"text\": [\"a\", 3]}"));
    assertError(400, "\"nbest\" must be in 1..beam (2): 3", http.postJson("/v1/translate",
        Map.of("text", "a", "beam", 2, "nbest", 3)));
    assertError(400, "\"beam\" must be in 1..50: 0", http.postJson("/v1/translate",
        Map.of("text", "a", "beam", 0)));
    assertError(400, "\"beam\" must be an integer", http.postJson("/v1/translate",
        Map.of("text", "a", "beam", "five")));
    assertError(404, "", http.get("/v1/nothing"));
    HttpJson.Response ok = http.post("/v1/translate", "application/json; charset=utf-8", json);
    assertEquals(200, ok.status(), ok.body());
    String metrics = http.get("/metrics").body();
    assertEquals(13, metric(metrics,
        "s2s_http_errors_total\\{endpoint=\"/v1/translate\",status=\"400\"\\}") + metric(metrics,
        "s2s_http_errors_total\\{endpoint=\"/v1/translate\",status=\"413\"\\}") + metric(metrics,
        "s2s_http_errors_total\\{endpoint=\"/v1/translate\",status=\"404\"\\}") + metric(metrics,
        "s2s_http_errors_total\\{endpoint=\"/v1/translate\",status=\"415\"\\}"));
  }

  private static void assertError(int status, String message, HttpJson.Response r)
      throws IOException {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    assertFalse(r.body().contains("\n"), r.body());
    assertEquals(1, r.json().size(), r.body());
    assertTrue(r.json().get("error").asText().contains(message), r.body());
  }

  @Test
  void aFullQueueAnswers503WithRetryAfter() throws Exception {
    // One sentence fills the queue, and its batch waits for company for 3 s.
    start(ServeOptions.defaults(0).withBatching(8, 3000, 1));
    CompletableFuture<HttpJson.Response> first = CompletableFuture.supplyAsync(() -> {
      try {
        return http.postJson("/v1/translate", Map.of("text", "A man."));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    awaitInFlight(1);
    Thread.sleep(200);
    HttpJson.Response second = http.postJson("/v1/translate", Map.of("text", "The dog."));
    assertError(503, "1 of 1 sentences queued", second);
    assertEquals("1", second.retryAfter());
    assertEquals(200, first.get().status(), first.get().body());
    assertError(413, "at most 1 (the queue size)", http.postJson("/v1/translate",
        Map.of("text", List.of("a", "b"))));
    assertEquals(200, http.postJson("/v1/translate", Map.of("text", "The dog.")).status());
  }

  @Test
  void healthReadyAndMetrics() throws Exception {
    server = TranslationServer.start(ServeOptions.defaults(0));
    http = new HttpJson(server.port());
    assertEquals(200, http.get("/health").status());
    HttpJson.Response loading = http.get("/ready");
    assertEquals(503, loading.status());
    assertEquals("loading", loading.json().get("status").asText());
    assertError(503, "still loading", http.postJson("/v1/translate", Map.of("text", "a")));

    server.load(List.of(new ModelSource("tiny", modelDir)), "mxnet", "cpu");
    HttpJson.Response ready = http.get("/ready");
    assertEquals(200, ready.status());
    assertEquals("[\"tiny\"]", ready.json().get("models").toString());
    assertEquals(200, http.postJson("/v1/translate", Map.of("text", "A man.")).status());
    JsonNode models = http.get("/v1/models").json();
    assertEquals("tiny", models.get("default").asText());

    HttpJson.Response metrics = http.get("/metrics");
    assertEquals(200, metrics.status());
    assertTrue(metrics.contentType().startsWith("text/plain"), metrics.contentType());
    String text = metrics.body();
    assertEquals(1, metric(text, "s2s_http_requests_total\\{endpoint=\"/v1/translate\","
        + "method=\"POST\",status=\"200\"\\}"));
    assertEquals(1, metric(text, "s2s_http_requests_total\\{endpoint=\"/v1/translate\","
        + "method=\"POST\",status=\"503\"\\}"));
    assertEquals(1, metric(text, "s2s_batch_sentences_count\\{model=\"tiny\"\\}"));
    assertEquals(0, metric(text, "s2s_queue_sentences\\{model=\"tiny\"\\}"));
    assertEquals(1, metric(text, "s2s_ready"));
    assertTrue(text.contains("s2s_http_request_duration_seconds_bucket{endpoint=\"/v1/translate\""),
        text);
    assertTrue(text.contains("s2s_batch_sentences_bucket{model=\"tiny\",le=\"1.0\"} 1"), text);
  }

  @Test
  void servesThePage() throws Exception {
    start();
    HttpJson.Response page = http.get("/");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("<textarea id=\"source\""), page.body());
    assertEquals(200, http.get("/app.js").status());
    assertEquals(200, http.get("/style.css").status());
  }

  @Test
  void shutdownFinishesTheRequestsInFlight() throws Exception {
    start(ServeOptions.defaults(0).withBatching(8, 1500, 64));
    CompletableFuture<HttpJson.Response> inFlight = CompletableFuture.supplyAsync(() -> {
      try {
        return http.postJson("/v1/translate", Map.of("text", List.of("A boy.", "The dog is running.")));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    awaitInFlight(1);
    server.close();
    HttpJson.Response r = inFlight.get();
    assertEquals(200, r.status(), r.body());
    assertEquals(offline(List.of("A boy.", "The dog is running."), 5, 1, CorpusOptions.DEFAULT_MAX_SOURCE_TOKENS)
        .get(1).get("translations"), r.json().get("results").get(1).get("translations"));
    assertThrows(ConnectException.class, () -> http.get("/health"));
  }
}
