package org.s2s4j.corpora.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

  @TempDir Path dir;

  @Test
  void commitReplacesTheTarget() throws IOException {
    Path target = dir.resolve("out.txt");
    Files.writeString(target, "old\n");
    try (AtomicOutput out = AtomicOutput.create(target)) {
      out.writer().write("new ä\n");
      assertEquals("old\n", Files.readString(target), "target changed before commit");
      out.commit();
    }
    assertEquals("new ä\n", Files.readString(target, StandardCharsets.UTF_8));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "temporary file left behind");
    }
  }

  @Test
  void failureBeforeCommitKeepsTheOldFileAndLeavesNoTemporary() throws IOException {
    Path target = dir.resolve("out.txt");
    Files.writeString(target, "good\n");
    assertThrows(IllegalStateException.class, () -> {
      try (AtomicOutput out = AtomicOutput.create(target)) {
        out.writer().write("half");
        throw new IllegalStateException("simulated failure");
      }
    });
    assertEquals("good\n", Files.readString(target));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "temporary file left behind");
    }
  }
}
