package org.s2s4j.corpora.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads lines of strict UTF-8 and counts them, so that every problem can name its file and line.
 *
 * <p>Lines end at {@code \n}; a {@code \r} before it is dropped. Invalid UTF-8 is an
 * {@link InputFormatException} naming the line, never a silent replacement character. A file whose
 * first bytes are the gzip magic number is decompressed transparently, whatever its name. Streams,
 * never holding more than one line. Not thread-safe.
 */
public final class Utf8LineReader implements Closeable {

  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private final InputStream in;
  private final String source;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] chunk = new byte[1 << 16];
  private int pos;
  private int limit;
  private long lineNumber;

  private Utf8LineReader(InputStream in, String source, long linesBefore) {
    this.in = in;
    this.source = source;
    this.lineNumber = linesBefore;
  }

  /** Opens {@code file}, gunzipping it if it is gzip-compressed. */
  public static Utf8LineReader open(Path file) throws IOException {
    return of(Files.newInputStream(file), file.toString());
  }

  /** Reads {@code in} (gunzipping it if it is gzip-compressed); {@code source} names it in errors. */
  public static Utf8LineReader of(InputStream in, String source) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(2);
    int b1 = buffered.read();
    int b2 = buffered.read();
    buffered.reset();
    InputStream stream = buffered;
    if (b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2) {
      stream = new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16);
    }
    return new Utf8LineReader(stream, source, 0);
  }

  /**
   * Reads uncompressed lines that come after {@code linesBefore} lines of {@code source} (a part of
   * a larger input), so that errors and {@link #lineNumber()} count lines of the whole input.
   */
  public static Utf8LineReader part(InputStream in, String source, long linesBefore) {
    return new Utf8LineReader(new BufferedInputStream(in, 1 << 16), source, linesBefore);
  }

  /** The next line without its terminator, or {@code null} at the end of the input. */
  public String readLine() throws IOException {
    byte[] line = null;
    int length = 0;
    while (true) {
      if (pos == limit && !fill()) {
        if (line == null) {
          return null;
        }
        break;
      }
      int newline = pos;
      while (newline < limit && chunk[newline] != '\n') {
        newline++;
      }
      int n = newline - pos;
      if (line == null && newline < limit) {
        // The common case: the whole line is in the chunk.
        // Consume the line before decoding, so that a caller may go on after an invalid line.
        lineNumber++;
        int start = pos;
        pos = newline + 1;
        return decode(chunk, start, n);
      }
      if (line == null) {
        line = new byte[Math.max(256, 2 * n)];
      } else if (length + n > line.length) {
        line = Arrays.copyOf(line, Math.max(2 * line.length, length + n));
      }
      System.arraycopy(chunk, pos, line, length, n);
      length += n;
      pos = newline;
      if (newline < limit) {
        pos++;
        break;
      }
    }
    lineNumber++;
    return decode(line, 0, length);
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk, 0, chunk.length);
    if (n <= 0) {
      pos = limit = 0;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  private String decode(byte[] bytes, int offset, int length) throws InputFormatException {
    if (length > 0 && bytes[offset + length - 1] == '\r') {
      length--;
    }
    boolean ascii = true;
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
    ByteBuffer bytesIn = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer chars = CharBuffer.allocate(length);
    decoder.reset();
    CoderResult result = decoder.decode(bytesIn, chars, true);
    if (!result.isError()) {
      result = decoder.flush(chars);
    }
    if (result.isError()) {
      throw new InputFormatException(source, lineNumber,
          "invalid UTF-8 at byte " + (bytesIn.position() - offset + 1) + " of the line");
    }
    return chars.flip().toString();
  }

  /** The number of the line last returned by {@link #readLine()} (1-based; 0 before the first). */
  public long lineNumber() {
    return lineNumber;
  }

  /** The file name or label used in error messages. */
  public String source() {
    return source;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
