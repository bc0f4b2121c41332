package org.s2s4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.s2s4j.corpora.io.Utf8LineReader;

/** Reading the {@code --input} files of a command, strictly as UTF-8 (gzip unpacked). */
final class InputFiles {

  private InputFiles() {}

  /**
   * Checks that every file is readable before reading any (so a typo in the last name fails at
   * once), then passes each line of each file, in order, to {@code sink}.
   *
   * @return the number of lines read
   */
  static long forEachLine(List<Path> inputs, Consumer<String> sink) throws IOException {
    for (Path input : inputs) {
      if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
        throw new NoSuchFileException(input + ": no such file or not readable");
      }
    }
    long lines = 0;
    for (Path input : inputs) {
      try (Utf8LineReader reader = Utf8LineReader.open(input)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          sink.accept(line);
          lines++;
        }
      }
    }
    return lines;
  }
}
