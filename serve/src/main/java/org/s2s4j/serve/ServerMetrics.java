package org.s2s4j.serve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The server's metrics in a Micrometer registry, scraped in the Prometheus text format: HTTP
 * requests and errors by endpoint and status with a latency histogram, and per model the
 * sentences translated and truncated, batch sizes and decoding time, and the queue length; the
 * translation requests in flight.
 */
final class ServerMetrics {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  /** Counts a finished HTTP request and its latency. */
  void request(String endpoint, String method, int status, double millis) {
    String code = Integer.toString(status);
    Counter.builder("s2s_http_requests").description("HTTP requests answered")
        .tags("endpoint", endpoint, "method", method, "status", code).register(registry)
        .increment();
    if (status >= 400) {
      Counter.builder("s2s_http_errors").description("HTTP requests answered with an error")
          .tags("endpoint", endpoint, "status", code).register(registry).increment();
    }
    Timer.builder("s2s_http_request_duration").description("HTTP request latency")
        .tags("endpoint", endpoint).publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(60))
        .register(registry).record(Duration.ofNanos((long) (millis * 1e6)));
  }

  /** Records a decoded batch of {@code sentences} that took {@code nanos}. */
  void batch(String model, int sentences, long nanos) {
    DistributionSummary.builder("s2s_batch_sentences").description("Sentences per decoded batch")
        .tags("model", model).serviceLevelObjectives(1, 2, 4, 8, 16, 32, 64, 128, 256)
        .register(registry).record(sentences);
    Timer.builder("s2s_batch_duration").description("Time to decode one batch")
        .tags("model", model).publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(60))
        .register(registry).record(Duration.ofNanos(nanos));
    Counter.builder("s2s_sentences_translated").description("Sentences decoded by the model")
        .tags("model", model).register(registry).increment(sentences);
  }

  /** Counts a source truncated to the token limit. */
  void truncated(String model) {
    Counter.builder("s2s_sentences_truncated").description("Sources cut to the token limit")
        .tags("model", model).register(registry).increment();
  }

  /** Shows the length of a model's queue. */
  void queue(String model, Supplier<Number> length) {
    Gauge.builder("s2s_queue_sentences", length).description("Sentences waiting to be decoded")
        .tags("model", model).register(registry);
  }

  /** Shows the number of translation requests being answered. */
  void inFlight(Supplier<Number> requests) {
    Gauge.builder("s2s_requests_in_flight", requests)
        .description("Translation requests being answered").register(registry);
  }

  /** Shows whether the models are loaded (1) or not (0). */
  void ready(Supplier<Number> ready) {
    Gauge.builder("s2s_ready", ready).description("1 when every model is loaded")
        .register(registry);
  }

  /** Everything, in the Prometheus text format. */
  String scrape() {
    return registry.scrape();
  }
}
