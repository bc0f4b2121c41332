package org.s2s4j.corpora.download;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.s2s4j.corpora.io.InputFormatException;
import org.s2s4j.corpora.io.Utf8LineReader;

/**
 * Files of a dataset with their SHA-256, in {@code sha256sum} format: one {@code HEX  PATH} per
 * line, paths relative and using {@code /}. Immutable.
 */
public record ChecksumManifest(List<Entry> entries) {

  private static final Pattern LINE = Pattern.compile("[0-9a-f]{64} [ *][^ ].*");

  /** One file: its path relative to the dataset root and its lower-case hex SHA-256. */
  public record Entry(String path, String sha256) {}

  public ChecksumManifest {
    entries = List.copyOf(entries);
  }

  /** Parses {@code sha256sum} output; {@code source} names the input in errors. */
  public static ChecksumManifest parse(InputStream in, String source) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (Utf8LineReader reader = Utf8LineReader.of(in, source)) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        if (!LINE.matcher(line).matches()) {
          throw new InputFormatException(source, reader.lineNumber(),
              "expected '<64 hex digits>  <path>', found '" + line + "'");
        }
        String path = line.substring(66);
        Path p = Path.of(path).normalize();
        if (p.isAbsolute() || p.startsWith("..") || path.contains("\\")) {
          throw new InputFormatException(source, reader.lineNumber(),
              "path must be relative and stay inside the dataset: " + path);
        }
        entries.add(new Entry(path, line.substring(0, 64)));
      }
    }
    return new ChecksumManifest(entries);
  }
}
