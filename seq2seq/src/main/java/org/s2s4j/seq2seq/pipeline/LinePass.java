package org.s2s4j.seq2seq.pipeline;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.s2s4j.corpora.io.Utf8LineReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One streaming pass over the lines of a text file ({@code .gz} transparent), with a progress bar
 * over the file's bytes (rate and ETA) and a log line with the time it took.
 */
final class LinePass {

  private static final Logger LOG = LoggerFactory.getLogger(LinePass.class);

  /** Receives each line and its 1-based number. */
  @FunctionalInterface
  interface LineHandler {
    void line(String line, long number) throws IOException;
  }

  private LinePass() {}

  /** Runs {@code handler} on every line of {@code file}; returns the number of lines. */
  static long run(String task, Path file, boolean progress, LineHandler handler)
      throws IOException {
    long start = System.nanoTime();
    long size = Files.size(file);
    long lines = 0;
    try (Counting counting = new Counting(Files.newInputStream(file));
        Utf8LineReader in = Utf8LineReader.of(counting, file.toString());
        ProgressBar bar = progress ? bar(task, size) : null) {
      for (String line; (line = in.readLine()) != null; ) {
        handler.line(line, ++lines);
        if (bar != null && (lines & 1023) == 0) {
          bar.stepTo(counting.count / 1024);
        }
      }
      if (bar != null) {
        bar.stepTo(size / 1024);
      }
    }
    LOG.info(String.format(Locale.ROOT, "%s: %d lines of %s in %.1f s", task, lines,
        file.getFileName(), (System.nanoTime() - start) / 1e9));
    return lines;
  }

  private static ProgressBar bar(String task, long bytes) {
    return new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(1, bytes / 1024))
        .setUnit(" KiB", 1).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
        .continuousUpdate().setConsumer(new ConsoleProgressBarConsumer(System.err))
        .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS).showSpeed()
        .startsFrom(0, Duration.ZERO).build();
  }

  /** Counts the bytes read through it (the compressed bytes of a gzip file). */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
