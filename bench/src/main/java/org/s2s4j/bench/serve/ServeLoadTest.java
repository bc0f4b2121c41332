package org.s2s4j.bench.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.s2s4j.corpora.io.Utf8LineReader;

/**
 * Load test of a running {@code s2s serve}: for each number of concurrent clients, each client
 * sends one sentence per request (the next line of the input, in turn) for the given time or
 * until the request bound, and checks every answer against the offline translation of that line
 * ({@code s2s translate} with the same beam). Reports sentences/s, latency percentiles, errors,
 * mismatches and the server's batch sizes (from {@code /metrics}), one JSON line per level.
 *
 * <p>Usage: {@code ServeLoadTest URL INPUT OFFLINE_OUTPUT [--clients 1,8,32] [--seconds 30]
 * [--max-requests 100000] [--beam 5] [--model NAME]}
 */
public final class ServeLoadTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ServeLoadTest() {}

  private record Level(int clients, long requests, long errors, long mismatches, double seconds,
      double sentencesPerSecond, double p50, double p95, double p99, double meanBatch,
      double batches, Map<String, Double> batchBuckets, String firstProblem) {}

  public static void main(String[] args) throws Exception {
    String url = args[0].replaceAll("/$", "");
    List<String> input = read(Path.of(args[1]));
    List<String> expected = read(Path.of(args[2]));
    if (input.size() != expected.size()) {
      throw new IllegalArgumentException(args[1] + " has " + input.size() + " lines but " + args[2]
          + " has " + expected.size());
    }
    int[] clients = {1, 8, 32};
    int seconds = 30;
    long maxRequests = 100_000;
    int beam = 5;
    String model = null;
    for (int i = 3; i < args.length; i++) {
      switch (args[i]) {
        case "--clients" -> clients = Arrays.stream(args[++i].split(","))
            .mapToInt(Integer::parseInt).toArray();
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--max-requests" -> maxRequests = Long.parseLong(args[++i]);
        case "--beam" -> beam = Integer.parseInt(args[++i]);
        case "--model" -> model = args[++i];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    for (int n : clients) {
      Level level = run(http, url, input, expected, n, seconds, maxRequests, beam, model);
      System.out.println(JSON.writeValueAsString(level));
      System.err.printf(Locale.ROOT, "%d clients: %d requests in %.1f s, %.1f sentences/s,"
          + " p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, mean batch %.1f, %d errors, %d mismatches%n",
          n, level.requests(), level.seconds(), level.sentencesPerSecond(), level.p50(),
          level.p95(), level.p99(), level.meanBatch(), level.errors(), level.mismatches());
    }
  }

  private static List<String> read(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Utf8LineReader in = Utf8LineReader.open(file)) {
      String line;
      while ((line = in.readLine()) != null) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static Level run(HttpClient http, String url, List<String> input,
      List<String> expected, int clients, int seconds, long maxRequests, int beam, String model)
      throws Exception {
    Map<String, Double> before = batchMetrics(http, url);
    AtomicLong next = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong mismatches = new AtomicLong();
    StringBuilder firstProblem = new StringBuilder();
    long start = System.nanoTime();
    long deadline = start + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<List<Double>>> latencies = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      latencies.add(pool.submit(() -> {
        List<Double> millis = new ArrayList<>();
        while (System.nanoTime() < deadline) {
          long request = next.getAndIncrement();
          if (request >= maxRequests) {
            break;
          }
          int line = (int) (request % input.size());
          Map<String, Object> body = model == null ? Map.of("text", input.get(line), "beam", beam)
              : Map.of("text", input.get(line), "beam", beam, "model", model);
          long sent = System.nanoTime();
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url
                  + "/v1/translate")).header("Content-Type", "application/json")
              .timeout(Duration.ofSeconds(120))
              .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(),
              HttpResponse.BodyHandlers.ofString());
          millis.add((System.nanoTime() - sent) / 1e6);
          if (r.statusCode() != 200) {
            errors.incrementAndGet();
            note(firstProblem, "line " + (line + 1) + ": HTTP " + r.statusCode() + " " + r.body());
            continue;
          }
          JsonNode answer = JSON.readTree(r.body()).get("results").get(0).get("translations")
              .get(0).get("text");
          if (!answer.asText().equals(expected.get(line))) {
            mismatches.incrementAndGet();
            note(firstProblem, "line " + (line + 1) + ": got '" + answer.asText()
                + "', offline '" + expected.get(line) + "'");
          }
        }
        return millis;
      }));
    }
    List<Double> all = new ArrayList<>();
    for (Future<List<Double>> f : latencies) {
      all.addAll(f.get());
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Map<String, Double> after = batchMetrics(http, url);
    double sentences = after.getOrDefault("sum", 0.0) - before.getOrDefault("sum", 0.0);
    double batches = after.getOrDefault("count", 0.0) - before.getOrDefault("count", 0.0);
    Map<String, Double> buckets = new java.util.TreeMap<>((a, b) -> Double.compare(
        a.equals("+Inf") ? Double.MAX_VALUE : Double.parseDouble(a),
        b.equals("+Inf") ? Double.MAX_VALUE : Double.parseDouble(b)));
    after.forEach((k, v) -> {
      if (k.startsWith("le=")) {
        buckets.put(k.substring(3), v - before.getOrDefault(k, 0.0));
      }
    });
    double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Level(clients, all.size(), errors.get(), mismatches.get(), elapsed,
        all.size() / elapsed, percentile(sorted, 50), percentile(sorted, 95),
        percentile(sorted, 99), batches > 0 ? sentences / batches : 0, batches, buckets,
        firstProblem.toString());
  }

  private static synchronized void note(StringBuilder first, String problem) {
    if (first.length() == 0) {
      first.append(problem);
    }
  }

  private static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
  }

  private static final Pattern BATCH = Pattern.compile(
      "(?m)^s2s_batch_sentences_(sum|count|bucket)\\{([^}]*)\\} (\\S+)$");

  /** The server's batch-size summary, summed over models: sum, count and cumulative buckets. */
  private static Map<String, Double> batchMetrics(HttpClient http, String url)
      throws IOException, InterruptedException {
    String text = http.send(HttpRequest.newBuilder(URI.create(url + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Map<String, Double> out = new java.util.HashMap<>();
    Matcher m = BATCH.matcher(text);
    while (m.find()) {
      String key = m.group(1);
      if (key.equals("bucket")) {
        Matcher le = Pattern.compile("le=\"([^\"]+)\"").matcher(m.group(2));
        if (!le.find()) {
          continue;
        }
        key = "le=" + le.group(1);
      }
      out.merge(key, Double.parseDouble(m.group(3)), Double::sum);
    }
    return out;
  }
}
