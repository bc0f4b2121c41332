package org.s2s4j.corpora.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class Utf8LineReaderTest {

  private static Utf8LineReader reader(byte[] bytes) throws IOException {
    return Utf8LineReader.of(new ByteArrayInputStream(bytes), "in.txt");
  }

  @Test
  void splitsOnNewlineDropsCarriageReturnAndKeepsEmptyLines() throws IOException {
    try (Utf8LineReader r = reader("a b\r\n\nüß 🐕\nlast".getBytes(StandardCharsets.UTF_8))) {
      assertEquals("a b", r.readLine());
      assertEquals("", r.readLine());
      assertEquals("üß 🐕", r.readLine());
      assertEquals("last", r.readLine());
      assertEquals(4, r.lineNumber());
      assertNull(r.readLine());
    }
  }

  @Test
  void invalidUtf8NamesFileLineAndByte() throws IOException {
    byte[] bytes = {'o', 'k', '\n', 'a', (byte) 0xC3, (byte) 0x28, '\n'};
    try (Utf8LineReader r = reader(bytes)) {
      r.readLine();
      InputFormatException e = assertThrows(InputFormatException.class, r::readLine);
      assertEquals("in.txt:2: invalid UTF-8 at byte 2 of the line", e.getMessage());
      assertEquals(2, e.line());
      assertNull(r.readLine(), "reading goes on after the invalid line");
    }
  }

  @Test
  void gzipIsDecompressedTransparently() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("eins\nzwei\n".getBytes(StandardCharsets.UTF_8));
    }
    try (Utf8LineReader r = reader(bytes.toByteArray())) {
      assertEquals("eins", r.readLine());
      assertEquals("zwei", r.readLine());
      assertNull(r.readLine());
    }
  }

  @Test
  void linesSpanningReadsAndLongLinesAreReassembled() throws IOException {
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String line = "zeile " + i + " äöü 🐕 ".repeat(i * 97 % 23) + (i == 17 ? "ß".repeat(100_000) : "");
      expected.add(line);
      text.append(line).append(i % 3 == 0 ? "\r\n" : "\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    // An input stream that hands out at most 7 bytes per read splits lines and characters.
    ByteArrayInputStream trickle = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 7));
      }
    };
    try (Utf8LineReader r = Utf8LineReader.of(trickle, "in.txt")) {
      for (String line : expected) {
        assertEquals(line, r.readLine());
      }
      assertNull(r.readLine());
      assertEquals(50, r.lineNumber());
    }
  }
}
