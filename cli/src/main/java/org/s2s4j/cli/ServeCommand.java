package org.s2s4j.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.s2s4j.decoding.corpus.CorpusOptions;
import org.s2s4j.serve.ModelSource;
import org.s2s4j.serve.ServeOptions;
import org.s2s4j.serve.TranslationServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code s2s serve}: trained models over HTTP with dynamic batching and a web page. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Serve trained models over HTTP until stopped (Ctrl-C or SIGTERM, which lets the",
        "requests in flight finish).",
        "",
        "POST /v1/translate takes raw text and returns raw text through the model directory's",
        "recorded pipeline, the same output as 's2s translate' with the same beam and n-best.",
        "Concurrent requests are decoded together in batches of up to --max-batch sentences,",
        "each waiting at most --max-wait-ms for others. GET /health, /ready and /metrics",
        "(Prometheus), GET /v1/models, and a page at / to try a model and see its attention."},
    footer = {"", "Examples:",
        "  s2s serve --model runs/en-de",
        "  s2s serve --model en-de=runs/en-de --model de-en=runs/de-en --port 9000",
        "  curl -s localhost:8080/v1/translate -H 'Content-Type: application/json' \\",
        "      -d '{\"text\": \"A man is sleeping.\"}'"})
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "[NAME=]DIR", required = true,
      description = "A trained model directory, named NAME (default: the directory's name);"
          + " repeat to serve several. The first is the default model.")
  List<String> models;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServeOptions.DEFAULT_HOST,
      description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServeOptions.DEFAULT_PORT,
      description = "Port; 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--max-batch", paramLabel = "N", defaultValue = "" + ServeOptions.DEFAULT_MAX_BATCH,
      description = "Most sentences decoded together (default: ${DEFAULT-VALUE}).")
  int maxBatch;

  @Option(names = "--max-wait-ms", paramLabel = "MS",
      defaultValue = "" + ServeOptions.DEFAULT_MAX_WAIT_MILLIS,
      description = "Longest a sentence waits for others to fill its batch"
          + " (default: ${DEFAULT-VALUE}).")
  long maxWaitMillis;

  @Option(names = "--queue-size", paramLabel = "N", defaultValue = "" + ServeOptions.DEFAULT_QUEUE,
      description = "Most sentences queued or being decoded per model; more get 503 with"
          + " Retry-After (default: ${DEFAULT-VALUE}).")
  int queueSize;

  @Option(names = "--max-body-bytes", paramLabel = "N",
      defaultValue = "" + ServeOptions.DEFAULT_MAX_BODY,
      description = "Largest request body; larger get 413 (default: ${DEFAULT-VALUE}).")
  int maxBodyBytes;

  @Option(names = "--max-input-tokens", paramLabel = "N",
      defaultValue = "" + CorpusOptions.DEFAULT_MAX_SOURCE_TOKENS,
      description = "Longer texts are truncated, with a warning in the response"
          + " (default: ${DEFAULT-VALUE}).")
  int maxInputTokens;

  @Option(names = "--max-beam", paramLabel = "K", defaultValue = "" + ServeOptions.DEFAULT_MAX_BEAM,
      description = "Largest beam a request may ask for (default: ${DEFAULT-VALUE}).")
  int maxBeam;

  @Option(names = "--drain-seconds", paramLabel = "S",
      defaultValue = "" + ServeOptions.DEFAULT_DRAIN_SECONDS,
      description = "How long shutdown waits for requests in flight (default: ${DEFAULT-VALUE}).")
  int drainSeconds;

  @Mixin EngineOptions engine;

  @Override
  public Integer call() throws Exception {
    ServeOptions options;
    List<ModelSource> sources;
    try {
      options = new ServeOptions(host, port, maxBatch, maxWaitMillis, queueSize, maxBodyBytes,
          maxInputTokens, maxBeam, drainSeconds);
      sources = models.stream().map(ModelSource::parse).toList();
      if (sources.stream().map(ModelSource::name).distinct().count() < sources.size()) {
        throw new IllegalArgumentException("--model: two models have the same name; name them"
            + " with NAME=DIR");
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    TranslationServer server = TranslationServer.start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "s2s-serve-shutdown");
    try {
      server.load(sources, engine.engine, engine.device);
    } catch (Exception e) {
      server.close();
      throw e;
    }
    Runtime.getRuntime().addShutdownHook(hook);
    spec.commandLine().getOut().println("serving " + sources.stream().map(ModelSource::name)
        .toList() + " at http://" + host + ":" + server.port() + "/");
    spec.commandLine().getOut().flush();
    stopped.await();
    return 0;
  }
}
