package org.s2s4j.corpora.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelTextCorpusTest {

  @TempDir Path dir;

  @Test
  void twoFilesPairLineByLine() throws IOException {
    Path src = Files.writeString(dir.resolve("x.en"), "hello\r\nworld\n");
    Path tgt = Files.writeString(dir.resolve("x.de"), "hallo\nwelt");
    assertEquals(List.of(new SentencePair(1, "hello", "hallo"), new SentencePair(2, "world", "welt")),
        TsvCorpusTest.readAll(new ParallelTextCorpus(src, tgt)));
  }

  @Test
  void shorterSourceFileIsAnErrorNamingBothCounts() throws IOException {
    Path src = Files.writeString(dir.resolve("y.en"), "one\n");
    Path tgt = Files.writeString(dir.resolve("y.de"), "eins\nzwei\ndrei\n");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> TsvCorpusTest.readAll(new ParallelTextCorpus(src, tgt)));
    assertEquals(tgt + ":2: line counts differ: " + tgt + " has 3 lines but " + src + " has 1",
        e.getCause().getMessage());
  }
}
