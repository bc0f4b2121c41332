package org.s2s4j.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A small HTTP client for the server's tests. */
final class HttpJson {

  static final ObjectMapper JSON = new ObjectMapper();

  /** A response: status, body text, and the Retry-After header (or null). */
  record Response(int status, String body, String contentType, String retryAfter) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  HttpJson(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  Response get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  Response post(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.build());
  }

  Response postJson(String path, Object body) throws IOException, InterruptedException {
    return post(path, "application/json", JSON.writeValueAsBytes(body));
  }

  Response postJson(String path, String body) throws IOException, InterruptedException {
    return post(path, "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  private Response send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.body(),
        r.headers().firstValue("Content-Type").orElse(null),
        r.headers().firstValue("Retry-After").orElse(null));
  }
}
