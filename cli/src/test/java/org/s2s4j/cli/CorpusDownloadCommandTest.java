package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads Multi30k from a loopback HTTP server serving the shared copy. */
class CorpusDownloadCommandTest {

  private static final Path MULTI30K = Path.of(System.getProperty("s2s4j.shared", "../../shared"),
      "data", "multi30k").toAbsolutePath().normalize();

  @TempDir Path dest;

  private HttpServer server;
  private String base;
  private volatile String corrupt = "";

  @BeforeEach
  void startServer() throws IOException {
    assumeTrue(Files.isDirectory(MULTI30K.resolve("task1")),
        "Multi30k not found at " + MULTI30K + "; set -Ds2s4j.shared=DIR");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath().substring(1);
      Path file = MULTI30K.resolve(path).normalize();
      byte[] body = file.startsWith(MULTI30K) && Files.isRegularFile(file)
          ? Files.readAllBytes(file) : null;
      if (body != null && path.equals(corrupt)) {
        body[body.length / 2] ^= 1;
      }
      exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
      if (body != null) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  private long filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void downloadsThenReusesVerifiedFiles() throws IOException {
    CliRunner.Result first = CliRunner.run("corpus", "download", "multi30k", "--dest", dest.toString(),
        "--base-url", base, "--format", "json");
    assertEquals(0, first.exitCode(), first.err());
    JsonNode json = new ObjectMapper().readTree(first.out());
    assertEquals(30, json.get("downloaded").asInt());
    assertEquals(0, json.get("cached").asInt());
    assertEquals(-1, Files.mismatch(MULTI30K.resolve("task1/tok/train.lc.norm.tok.de"),
        dest.resolve("task1/tok/train.lc.norm.tok.de")));

    CliRunner.Result second = CliRunner.run("corpus", "download", "multi30k", "--dest", dest.toString(),
        "--base-url", base);
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(second.out().startsWith("multi30k: 30 files ("), second.out());
    assertTrue(second.out().endsWith(": 0 downloaded, 30 already there with the right SHA-256\n"),
        second.out());
  }

  @Test
  void corruptedFileFailsAndLeavesNothing() throws IOException {
    corrupt = "task1/raw/test_2016_flickr.de.gz";
    CliRunner.Result r = CliRunner.run("corpus", "download", "multi30k", "--dest", dest.toString(),
        "--base-url", base);
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().contains("s2s corpus download: error: checksum mismatch for " + base
        + corrupt + ": expected SHA-256 "), r.err());
    assertEquals(0, filesIn(dest), "the corrupt (first) file must not be left behind");
  }

  @Test
  void unknownDatasetIsAUsageError() {
    CliRunner.Result r = CliRunner.run("corpus", "download", "wmt14", "--dest", dest.toString());
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("expected one of [multi30k]"), r.err());
  }
}
