package org.s2s4j.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.s2s4j.seq2seq.train.Checkpoints;

/**
 * The SHA-256 of what decides a model directory's translations: its top-level files (config,
 * vocabularies, recorded pipeline, BPE codes) and its best checkpoint, names and contents. The
 * driver computes it once; each executor checks the directory it loads against it, so that the
 * per-executor cache never serves another model under the same name.
 */
final class ModelChecksum {

  private ModelChecksum() {}

  static String of(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> top = Files.list(dir)) {
      top.filter(Files::isRegularFile).forEach(files::add);
    }
    Path best = new Checkpoints(dir).best().orElseThrow(() -> new IOException(
        "not a complete s2s4j model directory: " + dir + " has no checkpoint"));
    try (Stream<Path> checkpoint = Files.walk(best)) {
      checkpoint.filter(Files::isRegularFile).forEach(files::add);
    }
    files.sort(null);
    MessageDigest sha = sha256();
    byte[] buffer = new byte[1 << 16];
    for (Path file : files) {
      sha.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
        while (in.read(buffer) > 0) {
          // the digest stream reads into the digest
        }
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
