package org.s2s4j.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's output, committed atomically. Tasks write attempt files into a staging directory
 * beside {@code --output}; the driver keeps the file of each window's successful attempt (from the
 * task results, so a failed or speculative attempt's file is never used), puts them in input
 * order into one file or into a directory of part files with a manifest, and renames that into
 * place. The staging directory is removed whether the job succeeds or fails, so a failed job
 * leaves nothing at {@code --output}. (The rename is atomic on local and HDFS file systems; an
 * object store such as S3 copies instead.)
 */
final class OutputCommit implements AutoCloseable {

  /** The manifest of {@code --output-parts}. */
  static final String MANIFEST = "manifest.json";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final FileSystem fs;
  private final Path output;
  private final Path staging;
  private final boolean parts;

  private OutputCommit(FileSystem fs, Path output, Path staging, boolean parts) {
    this.fs = fs;
    this.output = output;
    this.staging = staging;
    this.parts = parts;
  }

  /**
   * Creates the staging directory beside {@code output}.
   *
   * @throws IOException if {@code output} exists (a job never replaces an output)
   */
  static OutputCommit prepare(String output, boolean parts, Configuration conf, String jobId)
      throws IOException {
    Path out = new Path(output);
    FileSystem fs = HadoopFiles.of(out, conf);
    out = fs.makeQualified(out);
    if (fs.exists(out)) {
      throw new IOException(output + " exists; the Spark job does not replace an output:"
          + " remove it or choose another --output");
    }
    Path staging = new Path(out.getParent(), "." + out.getName() + ".staging-" + jobId);
    if (!fs.mkdirs(new Path(staging, "attempts"))) {
      throw new IOException("cannot create " + staging);
    }
    return new OutputCommit(fs, out, staging, parts);
  }

  /** Where the tasks write their attempt files. */
  Path attempts() {
    return new Path(staging, "attempts");
  }

  /**
   * Puts the windows' files in order at the output.
   *
   * @param window input lines per window (all but the last window are full)
   * @param lines input lines in all
   */
  void commit(List<PartResult> results, int window, long lines) throws IOException {
    List<PartResult> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparingInt(PartResult::partition));
    long windows = (lines + window - 1) / window;
    if (sorted.size() != windows) {
      throw new IllegalStateException(sorted.size() + " window results for " + windows
          + " windows");
    }
    for (int p = 0; p < sorted.size(); p++) {
      PartResult r = sorted.get(p);
      long expected = Math.min(window, lines - (long) p * window);
      if (r.partition() != p || r.lines() != expected) {
        throw new IllegalStateException("window " + p + ": result for window " + r.partition()
            + " with " + r.lines() + " lines, expected " + expected);
      }
    }
    Path done = new Path(staging, "output");
    if (parts) {
      writeParts(sorted, done, lines);
    } else {
      concatenate(sorted, done);
    }
    if (!fs.rename(done, output)) {
      throw new IOException("cannot rename " + done + " to " + output);
    }
  }

  private void concatenate(List<PartResult> sorted, Path done) throws IOException {
    try (OutputStream out = fs.create(done, false)) {
      for (PartResult r : sorted) {
        try (InputStream in = fs.open(new Path(r.file()))) {
          in.transferTo(out);
        }
      }
    }
  }

  private void writeParts(List<PartResult> sorted, Path done, long lines) throws IOException {
    if (!fs.mkdirs(done)) {
      throw new IOException("cannot create " + done);
    }
    ObjectNode manifest = JSON.createObjectNode();
    manifest.put("lines", lines);
    ArrayNode list = manifest.putArray("parts");
    long first = 1;
    for (PartResult r : sorted) {
      String name = String.format(Locale.ROOT, "part-%05d", r.partition());
      if (!fs.rename(new Path(r.file()), new Path(done, name))) {
        throw new IOException("cannot rename " + r.file() + " into " + done);
      }
      list.addObject().put("file", name).put("firstLine", first).put("lines", r.lines());
      first += r.lines();
    }
    try (OutputStream out = fs.create(new Path(done, MANIFEST), false)) {
      out.write(JSON.writeValueAsString(manifest).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
  }

  /** Removes the staging directory (after a commit, only the unused attempts are left in it). */
  @Override
  public void close() throws IOException {
    fs.delete(staging, true);
  }
}
