package org.s2s4j.corpora.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * Multi30k task 1 (Elliott et al., 2016): raw {@code .gz} and tokenized {@code .lc.norm.tok} files
 * for English, German and French, pinned to commit {@value #COMMIT} of the public repository
 * {@code multi30k/dataset}. Paths are relative to the repository's {@code data/} folder, e.g.
 * {@code task1/tok/train.lc.norm.tok.de}.
 */
public final class Multi30kDataset {

  /** The pinned commit of {@code github.com/multi30k/dataset}. */
  public static final String COMMIT = "a3d2e0d26b56f3846f66a952536ffed4e401d05a";

  /** Where the files are fetched from unless another base URL is given. */
  public static final URI DEFAULT_BASE_URL =
      URI.create("https://raw.githubusercontent.com/multi30k/dataset/" + COMMIT + "/data/");

  private static final String MANIFEST = "multi30k-task1.sha256";

  private Multi30kDataset() {}

  /** Every task 1 file with its SHA-256. */
  public static ChecksumManifest task1() {
    try (InputStream in = Multi30kDataset.class.getResourceAsStream(MANIFEST)) {
      if (in == null) {
        throw new IllegalStateException("resource " + MANIFEST + " is missing from the jar");
      }
      return ChecksumManifest.parse(in, MANIFEST);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
