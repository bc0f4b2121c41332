package org.s2s4j.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.s2s4j.decoding.corpus.TextCodec;
import org.s2s4j.decoding.corpus.Translation;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.inference.ModelTranslators;
import org.s2s4j.seq2seq.pipeline.TextOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves trained translation models over HTTP: {@code POST /v1/translate} (raw text in, raw text
 * out through each model directory's recorded pipeline, as {@code s2s translate}),
 * {@code GET /v1/models}, {@code /health}, {@code /ready}, {@code /metrics} (Prometheus) and a web
 * page at {@code /}. Each model is loaded once and decoded by its own {@link BatchingTranslator}.
 * Every refused request gets a 4xx or 503 with a one-line JSON error, and the server goes on.
 * {@link #close} lets the requests in flight finish.
 */
public final class TranslationServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TranslationServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WEB = "/org/s2s4j/serve/web";
  private static final Set<String> ENDPOINTS = Set.of("/v1/translate", "/v1/models", "/health",
      "/ready", "/metrics");

  private final ServeOptions options;
  private final ServerMetrics metrics = new ServerMetrics();
  private final Map<String, BatchingTranslator> models = new LinkedHashMap<>();
  private final List<TrainedModel> loaded = new ArrayList<>();
  private static final long RESPONSE_WRITE_GRACE_MILLIS = 250;

  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile boolean ready;
  private volatile boolean draining;
  private volatile String defaultModel;
  private final Javalin app;

  private TranslationServer(ServeOptions options) {
    this.options = options;
    metrics.ready(() -> ready ? 1 : 0);
    metrics.inFlight(inFlight::get);
    app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = options.maxBodyBytes();
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = WEB;
        files.location = Location.CLASSPATH;
      });
      config.requestLogger.http((ctx, millis) -> metrics.request(endpoint(ctx), ctx.method().name(),
          ctx.statusCode(), millis.doubleValue()));
      config.router.mount(router -> {
        router.get("/health", ctx -> json(ctx, 200, JSON.createObjectNode().put("status", "ok")));
        router.get("/ready", this::ready);
        router.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
            .result(metrics.scrape()));
        router.get("/v1/models", this::listModels);
        router.post("/v1/translate", this::translate);
      });
    });
    app.exception(ApiException.class, (e, ctx) -> {
      if (e.retryAfterSeconds() != null) {
        ctx.header("Retry-After", e.retryAfterSeconds().toString());
      }
      error(ctx, e.status(), e.getMessage());
    });
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
        e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      error(ctx, 500, "internal error: " + e);
    });
  }

  /** Starts listening (before any model is loaded: {@code /ready} says when they are). */
  public static TranslationServer start(ServeOptions options) {
    TranslationServer server = new TranslationServer(options);
    server.app.start(options.host(), options.port());
    LOG.info("listening on http://{}:{}/", options.host(), server.port());
    return server;
  }

  /** The port listened on. */
  public int port() {
    return app.port();
  }

  /**
   * Loads the models on {@code engine} and {@code device} and starts serving them; the first is
   * the default. Call once.
   *
   * @throws IOException if a model directory cannot be loaded (the message names it)
   */
  public void load(List<ModelSource> sources, String engine, String device) throws IOException {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no model to serve");
    }
    for (ModelSource source : sources) {
      if (models.containsKey(source.name())) {
        throw new IllegalArgumentException("two models named '" + source.name() + "'");
      }
      long start = System.nanoTime();
      TrainedModel model = TrainedModel.load(source.dir(), engine, device);
      loaded.add(model);
      TextCodec codec = ModelTranslators.codec(model, TextOptions.AS_RECORDED);
      models.put(source.name(), new BatchingTranslator(source.name(), codec,
          ModelTranslators.scorer(model, null), options.maxBatchSentences(), options.maxWaitMillis(),
          options.queueSentences(), metrics));
      LOG.info("model {}: {} loaded in {} ms", source.name(), source.dir(),
          (System.nanoTime() - start) / 1_000_000);
    }
    defaultModel = sources.get(0).name();
    ready = true;
  }

  private void ready(Context ctx) {
    ObjectNode body = JSON.createObjectNode();
    if (ready && !draining) {
      body.put("status", "ready");
      body.putPOJO("models", List.copyOf(models.keySet()));
      json(ctx, 200, body);
    } else {
      json(ctx, 503, body.put("status", draining ? "shutting down" : "loading"));
    }
  }

  private void listModels(Context ctx) {
    requireReady();
    ObjectNode body = JSON.createObjectNode();
    body.put("default", defaultModel);
    ArrayNode list = body.putArray("models");
    models.forEach((name, m) -> list.addObject().put("name", name)
        .put("maxBatchSentences", options.maxBatchSentences())
        .put("queueSentences", m.capacity()));
    json(ctx, 200, body);
  }

  private void requireReady() {
    if (draining) {
      throw new ApiException(503, "the server is shutting down", 5);
    }
    if (!ready) {
      throw new ApiException(503, "the models are still loading", 1);
    }
  }

  private void translate(Context ctx) throws IOException {
    inFlight.incrementAndGet();
    try {
      requireReady();
      TranslateRequest request = TranslateRequest.of(readJson(ctx), options.maxBeam());
      String name = request.model() == null ? defaultModel : request.model();
      BatchingTranslator model = models.get(name);
      if (model == null) {
        throw new ApiException(404, "unknown model '" + name + "'; serving " + models.keySet());
      }
      if (request.texts().size() > model.capacity()) {
        throw new ApiException(413, request.texts().size() + " texts in one request; at most "
            + model.capacity() + " (the queue size)");
      }
      json(ctx, 200, translate(name, model, request));
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private ObjectNode translate(String name, BatchingTranslator model, TranslateRequest request) {
    int n = request.texts().size();
    List<List<String>> sources = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    String[] warnings = new String[n];
    for (int i = 0; i < n; i++) {
      String text = request.texts().get(i);
      if (text.isBlank()) {
        continue;
      }
      List<String> tokens = model.codec().tokenize(text);
      if (tokens.size() > options.maxInputTokens()) {
        warnings[i] = "text " + (i + 1) + ": " + tokens.size() + " tokens, truncated to "
            + options.maxInputTokens();
        metrics.truncated(name);
        tokens = List.copyOf(tokens.subList(0, options.maxInputTokens()));
      }
      sources.add(tokens);
      positions.add(i);
    }
    List<CompletableFuture<SentenceResult>> futures;
    try {
      futures = model.submit(sources, new BatchingTranslator.Settings(request.beam(),
          request.nBest()));
    } catch (BatchingTranslator.QueueFullException e) {
      throw new ApiException(503, e.getMessage(), 1);
    }
    SentenceResult[] results = new SentenceResult[n];
    for (int i = 0; i < n; i++) {
      results[i] = SentenceResult.empty();
    }
    for (int j = 0; j < futures.size(); j++) {
      try {
        results[positions.get(j)] = futures.get(j).join();
      } catch (CompletionException e) {
        throw new IllegalStateException("decoding failed: " + e.getCause(), e.getCause());
      }
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("model", name).put("beam", request.beam()).put("nbest", request.nBest());
    ArrayNode list = body.putArray("results");
    for (int i = 0; i < n; i++) {
      list.add(result(results[i], warnings[i], request.attention()));
    }
    return body;
  }

  /** One sentence as {@code s2s translate --format json} writes it, with warning and attention. */
  private static ObjectNode result(SentenceResult r, String warning, boolean attention) {
    ObjectNode node = JSON.createObjectNode();
    node.put("truncated", warning != null);
    if (warning != null) {
      node.put("warning", warning);
    }
    ArrayNode translations = node.putArray("translations");
    for (Translation t : r.translations()) {
      translations.addObject().put("text", t.text()).put("score", t.score())
          .put("logprob", t.logProb());
    }
    if (attention) {
      ObjectNode a = node.putObject("attention");
      a.putPOJO("source", r.sourceTokens());
      List<String> target = new ArrayList<>(r.targetTokens());
      if (!r.sourceTokens().isEmpty()) {
        target.add("</s>");
      }
      a.putPOJO("target", target);
      a.putPOJO("weights", r.attention());
    }
    return node;
  }

  /** The body as JSON, refusing a wrong content type (415), too big a body (413), bad JSON (400). */
  private JsonNode readJson(Context ctx) throws IOException {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).split(";")[0].trim()
        .equals("application/json")) {
      throw new ApiException(415, "Content-Type must be application/json, not "
          + (type == null ? "missing" : "'" + type + "'"));
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > options.maxBodyBytes()) {
      throw tooLarge(declared + " bytes");
    }
    byte[] body;
    try (InputStream in = ctx.req().getInputStream()) {
      body = in.readNBytes(options.maxBodyBytes() + 1);
    }
    if (body.length > options.maxBodyBytes()) {
      throw tooLarge("more than " + options.maxBodyBytes() + " bytes");
    }
    if (body.length == 0) {
      throw new ApiException(400, "empty body; expected a JSON object with a \"text\" field");
    }
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ApiException(400, "invalid JSON: " + e.getOriginalMessage());
    }
  }

  private ApiException tooLarge(String size) {
    return new ApiException(413, "request body of " + size + " is over the limit of "
        + options.maxBodyBytes() + " bytes");
  }

  private static String endpoint(Context ctx) {
    String path = ctx.path();
    return ENDPOINTS.contains(path) ? path : ctx.statusCode() == 404 ? "unmatched" : "static";
  }

  private static void error(Context ctx, int status, String message) {
    json(ctx, status, JSON.createObjectNode().put("error", message.replaceAll("\\s*\\R\\s*", " ")));
  }

  private static void json(Context ctx, int status, ObjectNode body) {
    ctx.status(status).contentType("application/json").result(body.toString());
  }

  /**
   * Stops taking requests (503), waits up to the drain time for those in flight to finish, stops
   * listening, then stops the batching workers and frees the models.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    draining = true;
    long deadline = System.nanoTime() + options.drainSeconds() * 1_000_000_000L;
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (inFlight.get() > 0) {
      LOG.warn("stopping with {} requests still in flight after {} s", inFlight.get(),
          options.drainSeconds());
    } else {
      // A handler's answer is written by the HTTP server after the handler returns (and after
      // inFlight counts it as done): give those last writes time before the connections close.
      try {
        Thread.sleep(RESPONSE_WRITE_GRACE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    app.stop();
    models.values().forEach(BatchingTranslator::close);
    loaded.forEach(TrainedModel::close);
    LOG.info("stopped");
  }
}
