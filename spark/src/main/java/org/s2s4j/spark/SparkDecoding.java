package org.s2s4j.spark;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.s2s4j.decoding.corpus.DecodeSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The Spark job of {@code s2s translate --spark}: the input's lines are numbered, sent to one
 * partition per window of {@code --window} lines (the windows local decoding reads), each window
 * decoded by a {@link WindowTask}, and the windows' files committed in input order by an
 * {@link OutputCommit}. Input lines end at {@code \n} (a {@code \r} before it is dropped and
 * invalid UTF-8 is an error naming the line, as locally); {@code .gz} input is decompressed.
 */
final class SparkDecoding {

  private static final Logger LOG = LoggerFactory.getLogger(SparkDecoding.class);

  private SparkDecoding() {}

  /** Decodes {@code job.input()} to {@code output} (a directory of parts if {@code parts}). */
  static DecodeSummary run(JavaSparkContext sc, DecodeJob job, String output, boolean parts)
      throws IOException {
    long start = System.nanoTime();
    Configuration input = new Configuration(sc.hadoopConfiguration());
    input.set("textinputformat.record.delimiter", "\n");
    try (OutputCommit commit = OutputCommit.prepare(output, parts, sc.hadoopConfiguration(),
        sc.sc().applicationId())) {
      JavaPairRDD<LongWritable, Text> raw = sc.newAPIHadoopFile(job.input(),
          TextInputFormat.class, LongWritable.class, Text.class, input);
      List<Long> counts = raw.mapPartitions(SparkDecoding::count).collect();
      long[] offsets = new long[counts.size()];
      long lines = 0;
      for (int p = 0; p < counts.size(); p++) {
        offsets[p] = lines;
        lines += counts.get(p);
      }
      long windows = (lines + job.window() - 1) / job.window();
      if (windows > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(lines + " lines make too many windows of "
            + job.window() + " lines: raise --window");
      }
      LOG.info("{}: {} lines in {} windows of {} lines", job.input(), lines, windows,
          job.window());
      List<PartResult> results = List.of();
      if (lines > 0) {
        JavaPairRDD<Long, byte[]> numbered = raw.mapPartitionsWithIndex(
            (p, it) -> number(offsets[p], it), true).mapToPair(t -> t);
        Broadcast<SerializableConfiguration> conf =
            sc.broadcast(new SerializableConfiguration(sc.hadoopConfiguration()));
        DecodeProgress progress = new DecodeProgress((int) windows, lines, job.window());
        sc.sc().addSparkListener(progress);
        try {
          results = numbered
              .repartitionAndSortWithinPartitions(new WindowPartitioner(job.window(),
                  (int) windows))
              .mapPartitionsWithIndex(new WindowTask(job, commit.attempts().toString(), conf),
                  false)
              .collect();
        } finally {
          sc.sc().removeSparkListener(progress);
        }
      }
      commit.commit(results, job.window(), lines);
      long empty = 0;
      long truncated = 0;
      long tokens = 0;
      for (PartResult r : results) {
        empty += r.empty();
        truncated += r.truncated();
        tokens += r.sourceTokens();
      }
      return new DecodeSummary(lines, 0, empty, truncated, tokens,
          (System.nanoTime() - start) / 1e9);
    }
  }

  private static Iterator<Long> count(Iterator<Tuple2<LongWritable, Text>> lines) {
    long n = 0;
    for (; lines.hasNext(); lines.next()) {
      n++;
    }
    return List.of(n).iterator();
  }

  /** The lines of one input split with their line numbers (0-based) from {@code first}. */
  private static Iterator<Tuple2<Long, byte[]>> number(long first,
      Iterator<Tuple2<LongWritable, Text>> lines) {
    return new Iterator<>() {
      long next = first;

      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public Tuple2<Long, byte[]> next() {
        // Hadoop reuses the Text object: copy its bytes.
        return new Tuple2<>(next++, lines.next()._2().copyBytes());
      }
    };
  }
}
