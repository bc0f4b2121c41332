package org.s2s4j.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.s2s4j.corpora.io.Utf8LineReader;

/**
 * Streams UTF-8 lines from an input to an output through a function, one line out per line in,
 * flushing at the end. Invalid UTF-8 stops it with an error naming {@code <stdin>} and the line.
 */
final class LineFilter {

  private LineFilter() {}

  /** Runs {@code f} over every line of {@code in}; returns the number of lines. */
  static long run(InputStream in, OutputStream out, UnaryOperator<String> f) throws IOException {
    Utf8LineReader reader = Utf8LineReader.of(in, "<stdin>");
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    long lines = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        writer.write(f.apply(line));
        writer.write('\n');
        lines++;
      }
    } finally {
      writer.flush();
    }
    return lines;
  }
}
