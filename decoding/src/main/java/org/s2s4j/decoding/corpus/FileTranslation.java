package org.s2s4j.decoding.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.s2s4j.corpora.io.InputFormatException;
import org.s2s4j.corpora.io.Utf8LineReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link CorpusDecoder} from a file or standard input to a file or standard output. A file
 * output is a {@link ResumableOutput}: it appears only when complete, and with {@code resume} an
 * interrupted run of the same command continues where it stopped.
 */
public final class FileTranslation {

  private static final Logger LOG = LoggerFactory.getLogger(FileTranslation.class);

  private FileTranslation() {}

  /**
   * @param input the input file, or null for {@code stdin}
   * @param output the output file, or null for {@code stdout}
   * @param resume continue an interrupted run (needs an input and an output file)
   * @param settings everything besides the input that determines the output (model, search,
   *     format), so that a resume with other settings is refused
   */
  public static DecodeSummary run(CorpusDecoder decoder, Path input, InputStream stdin,
      Path output, OutputStream stdout, boolean resume, String settings) throws IOException {
    if (resume && (input == null || output == null)) {
      throw new IllegalArgumentException("--resume needs an input file and an output file"
          + " (standard input cannot be read again to check where an interrupted run stopped)");
    }
    try (Utf8LineReader reader = input == null
        ? Utf8LineReader.of(stdin, "<stdin>") : Utf8LineReader.open(input)) {
      long total = input == null ? -1 : countLines(input);
      if (output == null) {
        StreamSink sink = new StreamSink(stdout);
        return decoder.translate(reader, total, sink, 0);
      }
      ResumableOutput out = ResumableOutput.open(output, fingerprint(input, settings), resume);
      try {
        if (out.resumedLines() > 0) {
          LOG.info("resuming {} after line {}", output, out.resumedLines());
        }
        DecodeSummary summary = decoder.translate(reader, total, out, out.resumedLines());
        out.commit();
        return summary;
      } catch (InputFormatException e) {
        out.discard();
        throw e;
      } catch (IOException | RuntimeException | Error e) {
        out.close();
        LOG.info("partial output kept beside {}; rerun the same command with --resume to continue",
            output);
        throw e;
      }
    }
  }

  /**
   * A digest of the input file's identity (path, size, modification time) and the settings;
   * standard input ({@code input} null) has no identity, so its runs cannot be resumed.
   */
  static String fingerprint(Path input, String settings) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String identity = (input == null ? "<stdin>"
          : input.toAbsolutePath() + "\n" + Files.size(input) + "\n"
              + Files.getLastModifiedTime(input).toMillis()) + "\n" + settings;
      return HexFormat.of().formatHex(sha.digest(identity.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The number of lines of a plain file (-1 for a gzip file: unknown without decompressing). */
  static long countLines(Path file) throws IOException {
    long lines = 0;
    int last = '\n';
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      int n = in.read(buffer);
      if (n >= 2 && (buffer[0] & 0xff) == 0x1f && (buffer[1] & 0xff) == 0x8b) {
        return -1;
      }
      for (; n > 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        last = buffer[n - 1];
      }
    }
    return last == '\n' ? lines : lines + 1;
  }
}
