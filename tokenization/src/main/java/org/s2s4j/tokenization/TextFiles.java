package org.s2s4j.tokenization;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Small model files (codes, vocabularies): strict UTF-8 reading with {@code FILE:LINE: problem}
 * errors, and writing through a temporary file that is atomically moved into place.
 *
 * <p>This module sits below {@code corpora}, so it cannot use the corpus readers; corpus-sized
 * input is read by the callers (the CLI) with {@code org.s2s4j.corpora.io.Utf8LineReader}.
 */
public final class TextFiles {

  private TextFiles() {}

  /** The lines of {@code file} split at {@code \n} (a {@code \r} before it is dropped). */
  public static List<String> readLines(Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file + ": no such file");
    } catch (FileSystemException e) {
      throw new IOException(file + ": cannot read: " + reason(e), e);
    }
    List<String> lines = new ArrayList<>();
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int start = 0;
    int lineNumber = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNumber++;
      int length = end - start;
      if (length > 0 && bytes[end - 1] == '\r') {
        length--;
      }
      try {
        lines.add(decoder.decode(ByteBuffer.wrap(bytes, start, length)).toString());
      } catch (CharacterCodingException e) {
        throw new IOException(file + ":" + lineNumber + ": invalid UTF-8", e);
      }
      start = end + 1;
    }
    return lines;
  }

  /** Writes {@code content} as UTF-8 to a temporary file beside {@code target}, then moves it. */
  public static void writeAtomically(Path target, String content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp;
    try {
      Files.createDirectories(absolute.getParent());
      temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
    } catch (FileSystemException e) {
      throw new IOException(target + ": cannot write: " + reason(e), e);
    }
    try {
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static String reason(FileSystemException e) {
    String reason = e.getReason();
    if (reason != null) {
      return reason;
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e instanceof NoSuchFileException ? "no such file or directory"
        : e.getClass().getSimpleName();
  }
}
