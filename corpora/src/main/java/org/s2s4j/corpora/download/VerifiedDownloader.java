package org.s2s4j.corpora.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.s2s4j.corpora.io.AtomicOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads the files of a {@link ChecksumManifest} from a base URL into a folder, verifying each.
 *
 * <p>Per file: if it is already there with the right SHA-256 it is kept (the cache); otherwise it is
 * fetched into a temporary file beside its destination, hashed while it streams, and moved into
 * place only if the hash matches. A failed or corrupt download leaves nothing behind and stops the
 * run with the URL and the problem. Thread-safe.
 */
public final class VerifiedDownloader {

  private static final Logger log = LoggerFactory.getLogger(VerifiedDownloader.class);

  /** What happened to one file. */
  public enum Status { DOWNLOADED, CACHED }

  /** One file's outcome: its manifest path, what happened and its size in bytes. */
  public record FileResult(String path, Status status, long bytes) {}

  private final HttpClient client;

  public VerifiedDownloader() {
    this(HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(30))
        .build());
  }

  public VerifiedDownloader(HttpClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * Makes {@code dest/PATH} hold the verified file for every manifest entry, fetching
   * {@code base.resolve(PATH)} when needed; {@code done} is told about each file as it finishes.
   */
  public List<FileResult> download(URI base, ChecksumManifest manifest, Path dest,
      Consumer<FileResult> done) throws IOException {
    URI root = base.toString().endsWith("/") ? base : URI.create(base + "/");
    List<FileResult> results = new ArrayList<>();
    for (ChecksumManifest.Entry entry : manifest.entries()) {
      Path target = dest.resolve(entry.path());
      FileResult result;
      if (Files.isRegularFile(target) && sha256(target).equals(entry.sha256())) {
        result = new FileResult(entry.path(), Status.CACHED, Files.size(target));
      } else {
        if (Files.exists(target)) {
          log.warn("{} has the wrong SHA-256; downloading it again", target);
        }
        result = new FileResult(entry.path(), Status.DOWNLOADED,
            fetch(root.resolve(entry.path()), entry.sha256(), target));
      }
      log.debug("{}: {}", entry.path(), result.status());
      results.add(result);
      done.accept(result);
    }
    return results;
  }

  private long fetch(URI url, String expected, Path target) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(10)).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while downloading " + url);
    } catch (IOException e) {
      throw new IOException("could not download " + url + ": " + e, e);
    }
    if (response.statusCode() != 200) {
      response.body().close();
      throw new IOException("could not download " + url + ": HTTP " + response.statusCode());
    }
    MessageDigest digest = newDigest();
    long bytes = 0;
    try (InputStream in = response.body(); AtomicOutput out = AtomicOutput.create(target)) {
      OutputStream stream = out.stream();
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) != -1; ) {
        digest.update(buffer, 0, n);
        stream.write(buffer, 0, n);
        bytes += n;
      }
      String actual = HexFormat.of().formatHex(digest.digest());
      if (!actual.equals(expected)) {
        throw new IOException("checksum mismatch for " + url + ": expected SHA-256 " + expected
            + ", got " + actual + " (" + bytes + " bytes); the file was not saved");
      }
      out.commit();
    }
    return bytes;
  }

  /** The lower-case hex SHA-256 of a file. */
  public static String sha256(Path file) throws IOException {
    MessageDigest digest = newDigest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) != -1; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
