package org.s2s4j.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.s2s4j.corpora.io.Utf8LineReader;
import org.s2s4j.decoding.corpus.DecodeSummary;
import org.s2s4j.decoding.corpus.LineSink;
import org.s2s4j.decoding.corpus.StreamSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The task of one partition: one window of input lines (sorted by line number) decoded with
 * {@link org.s2s4j.decoding.corpus.CorpusDecoder#translatePart}, the code local translation runs
 * for the same window, into an attempt file named by the partition and the attempt.
 *
 * <p>Testing hook: the system property {@value #FAIL_PROPERTY}{@code =P:N} makes the first N
 * attempts of partition P fail after writing half of their lines (a task that dies mid-way).
 */
final class WindowTask implements
    Function2<Integer, Iterator<Tuple2<Long, byte[]>>, Iterator<PartResult>> {

  static final String FAIL_PROPERTY = "s2s4j.spark.test.fail";

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(WindowTask.class);

  private final DecodeJob job;
  private final String attempts;
  private final Broadcast<SerializableConfiguration> conf;

  WindowTask(DecodeJob job, String attempts, Broadcast<SerializableConfiguration> conf) {
    this.job = job;
    this.attempts = attempts;
    this.conf = conf;
  }

  @Override
  public Iterator<PartResult> call(Integer partition, Iterator<Tuple2<Long, byte[]>> lines)
      throws IOException {
    long first = (long) partition * job.window();
    long next = first;
    ByteArrayOutputStream text = new ByteArrayOutputStream(1 << 16);
    while (lines.hasNext()) {
      Tuple2<Long, byte[]> line = lines.next();
      if (line._1() != next) {
        throw new IllegalStateException("window " + partition + " has line " + (line._1() + 1)
            + " where line " + (next + 1) + " belongs");
      }
      text.write(line._2());
      text.write('\n');
      next++;
    }
    TaskContext task = TaskContext.get();
    Path file = new Path(attempts, String.format(Locale.ROOT, "part-%05d.attempt-%d.task-%d",
        partition, task.attemptNumber(), task.taskAttemptId()));
    FileSystem fs = HadoopFiles.of(file, conf.value().value());
    DecodeSummary s;
    try (ExecutorTranslators.Lease lease = ExecutorTranslators.lease(job);
        OutputStream out = fs.create(file, true)) {
      StreamSink sink = new StreamSink(out);
      Utf8LineReader reader = Utf8LineReader.part(new ByteArrayInputStream(text.toByteArray()),
          job.input(), first);
      s = lease.decoder().translatePart(reader, first,
          failureHook(partition, task.attemptNumber(), sink, (next - first) / 2));
      sink.checkpoint(next);
    }
    LOG.info("window {}: {} lines in {} s ({} lines/s)", partition, s.lines(),
        String.format(Locale.ROOT, "%.1f", s.seconds()),
        String.format(Locale.ROOT, "%.1f", s.linesPerSecond()));
    return List.of(new PartResult(partition, file.toString(), s.lines(), s.empty(), s.truncated(),
        s.sourceTokens(), s.seconds())).iterator();
  }

  /** {@code sink}, or one that fails after {@code lines} lines if the testing hook says so. */
  private static LineSink failureHook(int partition, int attempt, StreamSink sink, long lines) {
    String hook = System.getProperty(FAIL_PROPERTY);
    if (hook == null) {
      return sink;
    }
    String[] parts = hook.split(":");
    if (Integer.parseInt(parts[0]) != partition || attempt >= Integer.parseInt(parts[1])) {
      return sink;
    }
    return new LineSink() {
      long written;

      @Override
      public void writeLine(String text) throws IOException {
        if (written == lines) {
          sink.checkpoint(written);
          throw new IOException(FAIL_PROPERTY + ": attempt " + attempt + " of window " + partition
              + " fails after " + lines + " lines");
        }
        sink.writeLine(text);
        written++;
      }

      @Override
      public void checkpoint(long count) throws IOException {
        sink.checkpoint(count);
      }
    };
  }
}
