package org.s2s4j.corpora.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.corpora.TestCorpora;
import org.s2s4j.corpora.check.Problem.Kind;

class ParallelCheckerTest {

  @TempDir Path dir;

  private static List<String> listed(CheckReport report) {
    return report.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void reportsEmptyAndOverlongLinesOfBothFiles() throws Exception {
    Path en = TestCorpora.toy("en");
    Path de = TestCorpora.toy("de");
    CheckReport report = new ParallelChecker(12, 100).check(en, de, n -> {});
    assertEquals(7, report.sourceLines());
    assertEquals(7, report.targetLines());
    assertEquals(Map.of(Kind.EMPTY, 1L, Kind.TOO_LONG, 2L, Kind.LINE_COUNT, 0L,
        Kind.INVALID_UTF8, 0L), report.counts());
    assertEquals(List.of(en + ":5: empty line",
        en + ":6: 17 tokens, more than the limit of 12",
        de + ":6: 17 tokens, more than the limit of 12"), listed(report));
  }

  @Test
  void cleanCorpusIsOk() throws Exception {
    Path a = Files.writeString(dir.resolve("a"), "x y\nz\n");
    Path b = Files.writeString(dir.resolve("b"), "u\nv w\n");
    CheckReport report = new ParallelChecker(5, 100).check(a, b, n -> {});
    assertTrue(report.ok());
    assertEquals(0, report.total());
  }

  @Test
  void differentLineCountsSayBothCountsAndFiles() throws IOException {
    Path src = Files.writeString(dir.resolve("s.en"), "a\nb\nc\n");
    Path tgt = Files.writeString(dir.resolve("t.de"), "a\nb\n");
    CheckReport report = new ParallelChecker(10, 100).check(src, tgt, n -> {});
    assertEquals(List.of(src + ":3: line counts differ: " + src + " has 3 lines but " + tgt
        + " has 2"), listed(report));
    assertEquals(1L, report.counts().get(Kind.LINE_COUNT));
  }

  @Test
  void invalidUtf8IsReportedAndCheckingGoesOn() throws IOException {
    Path src = dir.resolve("bad.en");
    Files.write(src, new byte[] {'o', 'k', '\n', 'a', (byte) 0xff, 'b', '\n', '\n', 'z', '\n'});
    Path tgt = Files.writeString(dir.resolve("good.de"), "ja\nja\nja\nja\n");
    CheckReport report = new ParallelChecker(10, 100).check(src, tgt, n -> {});
    assertEquals(List.of(src + ":2: invalid UTF-8 at byte 2 of the line", src + ":3: empty line"),
        listed(report));
    assertEquals(4, report.sourceLines());
  }

  @Test
  void listsAtMostMaxListedButCountsAll() throws IOException {
    Path src = Files.writeString(dir.resolve("e.en"), "\n\n\n\n");
    Path tgt = Files.writeString(dir.resolve("e.de"), "a\na\na\na\n");
    CheckReport report = new ParallelChecker(10, 2).check(src, tgt, n -> {});
    assertEquals(2, report.problems().size());
    assertEquals(4L, report.counts().get(Kind.EMPTY));
    assertEquals(4, report.total());
  }

  @Test
  void rejectsANonPositiveLimit() {
    assertThrows(IllegalArgumentException.class, () -> new ParallelChecker(0, 10));
  }
}
