package org.s2s4j.corpora.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.corpora.TestCorpora;
import org.s2s4j.corpora.download.VerifiedDownloader.FileResult;
import org.s2s4j.corpora.download.VerifiedDownloader.Status;

/** Downloads from a loopback HTTP server that serves the shared Multi30k copy. */
class VerifiedDownloaderTest {

  private static final Path MULTI30K = TestCorpora.shared().resolve("data/multi30k");

  @TempDir Path dest;

  private HttpServer server;
  private URI base;
  private final AtomicInteger requests = new AtomicInteger();
  /** Paths served with other bytes than the shared copy's (a corrupted mirror). */
  private final Map<String, byte[]> corrupted = new HashMap<>();

  @BeforeEach
  void startServer() throws IOException {
    assumeTrue(Files.isDirectory(MULTI30K.resolve("task1")),
        "Multi30k not found at " + MULTI30K.toAbsolutePath() + "; set -Ds2s4j.shared=DIR");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      String path = exchange.getRequestURI().getPath().substring(1);
      Path file = MULTI30K.resolve(path).normalize();
      byte[] body = corrupted.containsKey(path) ? corrupted.get(path)
          : file.startsWith(MULTI30K) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
      exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
      if (body != null) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
      exchange.close();
    });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static ChecksumManifest only(String... paths) {
    List<String> wanted = List.of(paths);
    return new ChecksumManifest(Multi30kDataset.task1().entries().stream()
        .filter(e -> wanted.contains(e.path())).toList());
  }

  private List<Path> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void downloadsEveryTask1FileVerifiedThenServesThemFromTheCache() throws IOException {
    ChecksumManifest manifest = Multi30kDataset.task1();
    assertEquals(30, manifest.entries().size());
    List<FileResult> reported = new ArrayList<>();
    List<FileResult> first = new VerifiedDownloader().download(base, manifest, dest, reported::add);
    assertEquals(first, reported);
    for (FileResult r : first) {
      assertEquals(Status.DOWNLOADED, r.status(), r.path());
      assertEquals(Files.size(MULTI30K.resolve(r.path())), r.bytes(), r.path());
      assertEquals(-1, Files.mismatch(MULTI30K.resolve(r.path()), dest.resolve(r.path())), r.path());
    }
    assertEquals(30, requests.get());

    List<FileResult> second = new VerifiedDownloader().download(base, manifest, dest, r -> {});
    assertEquals(30, second.stream().filter(r -> r.status() == Status.CACHED).count());
    assertEquals(30, requests.get(), "cached files are not fetched again");
    assertEquals(30, filesIn(dest).size());
  }

  @Test
  void corruptedFileIsAnErrorAndLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    String path = "task1/raw/val.en.gz";
    corrupted.put(path, "not the real file".getBytes(StandardCharsets.US_ASCII));
    Path target = dest.resolve(path);
    Files.createDirectories(target.getParent());
    Files.writeString(target, "stale copy");

    IOException e = assertThrows(IOException.class,
        () -> new VerifiedDownloader().download(base, only(path), dest, r -> {}));
    assertEquals("checksum mismatch for " + base + path + ": expected SHA-256 "
        + "14f7d25ddd868909a9213e361768460edcacdd6ab9d1e77b92560dc10c10dc28, got "
        + "66719ed2ea2402a891e0109fef17695a6f3c3f49ea30f0499e355591fd56b355 (17 bytes); "
        + "the file was not saved", e.getMessage());
    assertEquals("stale copy", Files.readString(target));
    assertEquals(List.of(target), filesIn(dest));
  }

  @Test
  void corruptedFileWithNothingThereLeavesNothing() throws IOException {
    String path = "task1/tok/val.lc.norm.tok.de";
    corrupted.put(path, new byte[] {1, 2, 3});
    assertThrows(IOException.class,
        () -> new VerifiedDownloader().download(base, only(path), dest, r -> {}));
    assertFalse(Files.exists(dest.resolve(path)));
    assertEquals(List.of(), filesIn(dest));
  }

  @Test
  void missingFileNamesTheUrlAndStatus() {
    ChecksumManifest manifest = new ChecksumManifest(
        List.of(new ChecksumManifest.Entry("task1/raw/nope.gz", "0".repeat(64))));
    IOException e = assertThrows(IOException.class,
        () -> new VerifiedDownloader().download(base, manifest, dest, r -> {}));
    assertEquals("could not download " + base + "task1/raw/nope.gz: HTTP 404", e.getMessage());
  }

  @Test
  void wrongCachedCopyIsReplacedByAVerifiedOne() throws IOException {
    String path = "task1/tok/test_2017_mscoco.lc.norm.tok.en";
    Path target = dest.resolve(path);
    Files.createDirectories(target.getParent());
    Files.writeString(target, "truncated");
    List<FileResult> results = new VerifiedDownloader().download(base, only(path), dest, r -> {});
    assertEquals(Status.DOWNLOADED, results.get(0).status());
    assertEquals(-1, Files.mismatch(MULTI30K.resolve(path), target));
  }
}
