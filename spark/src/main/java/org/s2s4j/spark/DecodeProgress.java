package org.s2s4j.spark;

import java.util.Locale;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs the decoding's progress on the driver (windows done, rate, ETA), at most every 10 s. */
final class DecodeProgress extends SparkListener {

  private static final Logger LOG = LoggerFactory.getLogger(DecodeProgress.class);
  private static final long INTERVAL_NANOS = 10_000_000_000L;

  private final int windows;
  private final long lines;
  private final int window;
  private final long start = System.nanoTime();
  private int done;
  private long last = start;

  DecodeProgress(int windows, long lines, int window) {
    this.windows = windows;
    this.lines = lines;
    this.window = window;
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
    if (!"ResultTask".equals(end.taskType()) || end.reason() != Success$.MODULE$) {
      return;
    }
    done++;
    long now = System.nanoTime();
    if (now - last < INTERVAL_NANOS && done < windows) {
      return;
    }
    last = now;
    long decoded = Math.min(lines, (long) done * window);
    double seconds = (now - start) / 1e9;
    double rate = decoded / Math.max(seconds, 1e-9);
    LOG.info(String.format(Locale.ROOT, "%d/%d windows, ~%d/%d lines, %.1f lines/s, ETA %.0f s",
        done, windows, decoded, lines, rate, (lines - decoded) / Math.max(rate, 1e-9)));
  }
}
