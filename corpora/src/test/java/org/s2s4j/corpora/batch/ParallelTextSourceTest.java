package org.s2s4j.corpora.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.corpora.io.CloseableIterator;

class ParallelTextSourceTest {

  @TempDir Path dir;

  /** Ids are token lengths, so the expected values can be read off the text. */
  private static final Function<String, int[]> LENGTHS = line -> line.isEmpty() ? new int[0]
      : Arrays.stream(line.split(" ")).mapToInt(String::length).toArray();

  @Test
  void mapsEachLineThroughTheCallersFunction() throws IOException {
    Path src = Files.writeString(dir.resolve("a.en"), "a dog\nthe cats run\n");
    Path tgt = Files.writeString(dir.resolve("a.de"), "ein hund\ndie katzen\n");
    try (CloseableIterator<Example> it =
        new ParallelTextSource(src, tgt, LENGTHS, LENGTHS).open()) {
      Example first = it.next();
      assertEquals(0, first.index());
      assertArrayEquals(new int[] {1, 3}, first.source());
      assertArrayEquals(new int[] {3, 4}, first.target());
      Example second = it.next();
      assertEquals(1, second.index());
      assertArrayEquals(new int[] {3, 4, 3}, second.source());
      assertFalse(it.hasNext());
    }
  }

  @Test
  void epochAwareIdsSeeTheEpochAndTheExampleIndex() throws IOException {
    Path src = Files.writeString(dir.resolve("e.en"), "a\nb\nc\n");
    Path tgt = Files.writeString(dir.resolve("e.de"), "x\ny\nz\n");
    ParallelTextSource source = new ParallelTextSource(src, tgt,
        (line, epoch, index) -> new int[] {line.charAt(0), epoch, (int) index},
        (line, epoch, index) -> new int[] {line.charAt(0), -epoch, (int) index});
    try (CloseableIterator<Example> it = source.open(5)) {
      assertArrayEquals(new int[] {'a', 5, 0}, it.next().source());
      assertArrayEquals(new int[] {'b', 5, 1}, it.next().source());
      assertArrayEquals(new int[] {'z', -5, 2}, it.next().target());
      assertFalse(it.hasNext());
    }
    try (CloseableIterator<Example> it = source.open()) {
      assertArrayEquals(new int[] {'a', 0, 0}, it.next().source(), "open() is epoch 0");
    }
  }

  @Test
  void differentLineCountsNameBothFilesAndCounts() throws IOException {
    Path src = Files.writeString(dir.resolve("b.en"), "one\ntwo\nthree\n");
    Path tgt = Files.writeString(dir.resolve("b.de"), "eins\n");
    try (CloseableIterator<Example> it =
        new ParallelTextSource(src, tgt, LENGTHS, LENGTHS).open()) {
      it.next();
      UncheckedIOException e = assertThrows(UncheckedIOException.class, it::hasNext);
      assertEquals(src + ":2: line counts differ: " + src + " has 3 lines but " + tgt + " has 1",
          e.getCause().getMessage());
    }
  }

  @Test
  void opensAgainFromTheStart() throws IOException {
    Path src = Files.writeString(dir.resolve("c.en"), "x\n");
    Path tgt = Files.writeString(dir.resolve("c.de"), "y\n");
    ParallelTextSource source = new ParallelTextSource(src, tgt, LENGTHS, LENGTHS);
    for (int i = 0; i < 2; i++) {
      try (CloseableIterator<Example> it = source.open()) {
        assertTrue(it.hasNext());
        assertEquals(0, it.next().index());
      }
    }
  }
}
