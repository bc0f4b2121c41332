package org.s2s4j.seq2seq.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.s2s4j.seq2seq.Preprocessing;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.pipeline.PipelineFile;

/**
 * Checkpoint averaging (as in OpenNMT-py's {@code average_models.py} and JoeyNMT's
 * {@code average_checkpoints.py}): the element-wise mean of the parameters of the last N
 * checkpoints of a run, written as a new model directory that {@code s2s translate} and
 * {@code s2s report} load like any other. The new directory holds the run's configuration,
 * vocabularies and text pipeline and one checkpoint, {@code checkpoints/averaged}, with the
 * parameters only: it is for inference, not for resuming training. It appears only when complete.
 */
public final class CheckpointAverage {

  /** The checkpoint directory name inside the new model directory. */
  public static final String AVERAGED = "averaged";

  /** What was averaged into {@code output}. */
  public record Result(Path output, List<String> checkpoints, int parameters) {}

  private CheckpointAverage() {}

  /**
   * Averages the last {@code last} checkpoints ({@code checkpoints/step-*}, by step) of
   * {@code runDir} into the new model directory {@code output}, which must not exist.
   */
  public static Result average(Path runDir, int last, Path output) throws IOException {
    if (last < 1) {
      throw new IllegalArgumentException("the number of checkpoints to average must be at least 1, got " + last);
    }
    if (Files.exists(output)) {
      throw new IOException("output already exists (choose a new directory): " + output);
    }
    List<Path> steps = stepCheckpoints(runDir);
    if (steps.size() < last) {
      throw new IOException(runDir + " has " + steps.size() + " checkpoint(s), fewer than the "
          + last + " to average (training.keep_last sets how many a run keeps)");
    }
    List<Path> chosen = steps.subList(steps.size() - last, steps.size());
    Path parent = output.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempDirectory(parent, "." + output.getFileName() + ".");
    try {
      copyModelFiles(runDir, temp);
      Path checkpoint = temp.resolve("checkpoints").resolve(AVERAGED);
      Files.createDirectories(checkpoint);
      int count;
      try (NDManager manager = Engine.getEngine("MXNet").newBaseManager()) {
        Map<String, NDArray> mean = mean(chosen, manager);
        count = mean.size();
        TensorFile.write(checkpoint.resolve(Checkpoints.PARAMS), mean);
      }
      Checkpoints.writeText(temp.resolve("checkpoints").resolve(Checkpoints.BEST), AVERAGED);
      Checkpoints.writeText(temp.resolve("checkpoints").resolve(Checkpoints.LATEST), AVERAGED);
      Files.move(temp, output, StandardCopyOption.ATOMIC_MOVE);
      List<String> names = chosen.stream().map(p -> p.getFileName().toString()).toList();
      return new Result(output, names, count);
    } finally {
      if (Files.exists(temp)) {
        Checkpoints.deleteTree(temp);
      }
    }
  }

  /** The element-wise mean of the parameter files of {@code checkpoints}, which must agree. */
  static Map<String, NDArray> mean(List<Path> checkpoints, NDManager manager) throws IOException {
    Map<String, NDArray> sum = null;
    Path first = checkpoints.get(0).resolve(Checkpoints.PARAMS);
    for (Path c : checkpoints) {
      Path file = c.resolve(Checkpoints.PARAMS);
      Map<String, NDArray> params = TensorFile.read(file, manager);
      if (sum == null) {
        sum = params;
        continue;
      }
      if (!params.keySet().equals(sum.keySet())) {
        throw new IOException(file + " and " + first + " hold different parameters");
      }
      for (Map.Entry<String, NDArray> e : sum.entrySet()) {
        NDArray value = params.get(e.getKey());
        if (!value.getShape().equals(e.getValue().getShape())) {
          throw new IOException(file + ": parameter " + e.getKey() + " has shape " + value.getShape()
              + " but " + first + " has " + e.getValue().getShape());
        }
        e.getValue().addi(value);
        value.close();
      }
    }
    Map<String, NDArray> mean = new LinkedHashMap<>();
    for (Map.Entry<String, NDArray> e : sum.entrySet()) {
      mean.put(e.getKey(), e.getValue().divi(checkpoints.size()));
    }
    return mean;
  }

  /** The {@code checkpoints/step-*} directories of {@code runDir}, oldest first. */
  static List<Path> stepCheckpoints(Path runDir) throws IOException {
    Path dir = runDir.resolve("checkpoints");
    if (!Files.isDirectory(dir)) {
      throw new IOException("not a training run directory: " + runDir + " has no checkpoints/");
    }
    List<Path> all = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("step-")
          && Files.isRegularFile(p.resolve(Checkpoints.PARAMS))).sorted().forEach(all::add);
    }
    return all;
  }

  /** Copies what inference reads: configuration, vocabularies, pipeline and its codes files. */
  private static void copyModelFiles(Path runDir, Path target) throws IOException {
    for (String f : new String[] {TrainedModel.CONFIG, TrainedModel.SOURCE_VOCAB, TrainedModel.TARGET_VOCAB}) {
      if (!Files.isRegularFile(runDir.resolve(f))) {
        throw new IOException("not a complete s2s4j model directory: " + runDir + " has no " + f);
      }
      Files.copy(runDir.resolve(f), target.resolve(f));
    }
    if (Files.isRegularFile(runDir.resolve(PipelineFile.NAME))) {
      Files.copy(runDir.resolve(PipelineFile.NAME), target.resolve(PipelineFile.NAME));
      Preprocessing.Subwords bpe = PipelineFile.read(runDir).bpe(); // checks the checksums too
      if (bpe != null) {
        for (Path f : new Path[] {bpe.sourceCodes(), bpe.targetCodes(), bpe.sourceVocabulary(),
            bpe.targetVocabulary()}) {
          if (f == null) {
            continue;
          }
          Path copy = target.resolve(runDir.toAbsolutePath().relativize(f.toAbsolutePath()).toString());
          if (!Files.exists(copy)) {
            Files.createDirectories(copy.getParent());
            Files.copy(f, copy);
          }
        }
      }
    }
  }
}
