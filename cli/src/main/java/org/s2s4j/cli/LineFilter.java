package org.s2s4j.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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

  /**
   * Runs {@code f} over batches of {@code batch + context} lines and writes the results of the
   * first {@code batch}: the last {@code context} lines are only context, and are done again at
   * the start of the next batch. Memory stays bounded; output lags input by one batch.
   */
  static long runBatches(InputStream in, OutputStream out, int batch, int context,
      Function<List<String>, List<String>> f) throws IOException {
    Utf8LineReader reader = Utf8LineReader.of(in, "<stdin>");
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    List<String> pending = new ArrayList<>(batch + context);
    long lines = 0;
    try {
      while (true) {
        String line;
        try {
          line = reader.readLine();
        } catch (IOException e) {
          // the lines before a bad one are still written, as by run()
          write(writer, f.apply(pending), pending.size());
          throw e;
        }
        if (line == null) {
          break;
        }
        pending.add(line);
        lines++;
        if (pending.size() == batch + context) {
          write(writer, f.apply(pending), batch);
          pending = new ArrayList<>(pending.subList(batch, pending.size()));
        }
      }
      write(writer, f.apply(pending), pending.size());
    } finally {
      writer.flush();
    }
    return lines;
  }

  private static void write(Writer writer, List<String> results, int count) throws IOException {
    for (int i = 0; i < count; i++) {
      writer.write(results.get(i));
      writer.write('\n');
    }
  }
}
