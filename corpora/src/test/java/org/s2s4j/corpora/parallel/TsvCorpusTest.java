package org.s2s4j.corpora.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.corpora.io.CloseableIterator;

class TsvCorpusTest {

  @TempDir Path dir;

  static List<SentencePair> readAll(ParallelCorpus corpus) throws IOException {
    List<SentencePair> all = new ArrayList<>();
    try (CloseableIterator<SentencePair> it = corpus.open()) {
      it.forEachRemaining(all::add);
    }
    return all;
  }

  @Test
  void readsTheChosenColumnsOfAGzippedFile() throws IOException {
    Path file = dir.resolve("pairs.tsv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("7\ta dog\tein hund\n8\t\tleer\n".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(List.of(new SentencePair(1, "ein hund", "a dog"), new SentencePair(2, "leer", "")),
        readAll(new TsvCorpus(file, 3, 2)));
  }

  @Test
  void tooFewColumnsNamesFileAndLine() throws IOException {
    Path file = Files.writeString(dir.resolve("short.tsv"), "a\tb\nonly one\n");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> readAll(new TsvCorpus(file)));
    assertEquals(file + ":2: expected at least 2 tab-separated columns, found 1",
        e.getCause().getMessage());
  }
}
