package org.s2s4j.corpora.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.s2s4j.corpora.io.InputFormatException;

class ChecksumManifestTest {

  private static final String HASH = "ab".repeat(32);

  private static ChecksumManifest parse(String text) throws IOException {
    return ChecksumManifest.parse(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "sums.sha256");
  }

  @Test
  void readsSha256sumOutputInBothModes() throws IOException {
    assertEquals(List.of(new ChecksumManifest.Entry("a/b.gz", HASH),
            new ChecksumManifest.Entry("c d.txt", HASH)),
        parse(HASH + "  a/b.gz\n\n" + HASH + " *c d.txt\n").entries());
  }

  @Test
  void malformedLineNamesSourceAndLine() {
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> parse(HASH + "  ok\nxyz  file\n"));
    assertEquals("sums.sha256:2: expected '<64 hex digits>  <path>', found 'xyz  file'",
        e.getMessage());
  }

  @Test
  void pathsMayNotLeaveTheDataset() {
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> parse(HASH + "  ../../etc/passwd\n"));
    assertEquals("sums.sha256:1: path must be relative and stay inside the dataset: "
        + "../../etc/passwd", e.getMessage());
  }

  @Test
  void multi30kManifestPinsEveryTask1File() {
    List<ChecksumManifest.Entry> entries = Multi30kDataset.task1().entries();
    assertEquals(30, entries.size());
    // sha256sum of the copy taken from multi30k/dataset at the pinned commit
    assertTrue(entries.contains(new ChecksumManifest.Entry("task1/tok/train.lc.norm.tok.de",
        "cb5a23529b65ec2061f1dc446192a9c37382b63cc75f81a0be59d34894b3a505")));
  }
}
