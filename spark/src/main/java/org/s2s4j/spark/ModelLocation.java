package org.s2s4j.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkFiles;

/**
 * Where a {@code --model} directory is on this machine: the path itself (shared storage, or a
 * local path on every node), or else the directory Spark unpacked an archive of that name into
 * ({@code spark-submit --archives model.tgz#NAME} with {@code --model NAME}).
 */
final class ModelLocation {

  private ModelLocation() {}

  static Path resolve(String model) throws IOException {
    Path direct = Path.of(model);
    if (Files.isDirectory(direct)) {
      return direct;
    }
    try {
      Path shipped = Path.of(SparkFiles.get(model));
      if (Files.isDirectory(shipped)) {
        return shipped;
      }
    } catch (RuntimeException e) {
      // no Spark environment here (SparkFiles needs one): only the direct path counts
    }
    throw new IOException("model directory not found: " + model + " (on shared storage, give"
        + " its path; or ship it with spark-submit --archives model.tgz#" + direct.getFileName()
        + " and give --model " + direct.getFileName() + ")");
  }
}
