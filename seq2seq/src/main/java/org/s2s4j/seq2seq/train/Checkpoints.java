package org.s2s4j.seq2seq.train;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.s2s4j.corpora.io.AtomicOutput;

/**
 * The checkpoints of a run directory: {@code checkpoints/step-NNNNNNNNN/} each holding
 * {@code params.bin}, {@code optimizer.bin} and {@code state.json}, plus the pointer files
 * {@code checkpoints/latest} and {@code checkpoints/best}. A checkpoint is written into a hidden
 * temporary directory and renamed into place, then the pointers are replaced atomically, so a
 * crash at any moment leaves the previous good checkpoint and pointers intact.
 */
public final class Checkpoints {

  /** Parameter file inside a checkpoint. */
  public static final String PARAMS = "params.bin";
  static final String OPTIMIZER = "optimizer.bin";
  static final String STATE = "state.json";
  static final String LATEST = "latest";
  static final String BEST = "best";

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path dir;

  /** The checkpoints of run directory {@code runDir}. */
  public Checkpoints(Path runDir) {
    this.dir = runDir.resolve("checkpoints");
  }

  /** Name of the checkpoint for {@code step}. */
  static String name(long step) {
    return String.format("step-%09d", step);
  }

  /** Writes a checkpoint and points {@code latest} (and {@code best} if asked) at it. */
  void save(String name, Block model, Map<String, NDArray> optimizerState, long optimizerSteps,
      TrainingState state, boolean best, int keepLast) throws IOException {
    Files.createDirectories(dir);
    Path target = dir.resolve(name);
    Path temp = Files.createTempDirectory(dir, "." + name + ".");
    try {
      ModelParameters.save(model, temp.resolve(PARAMS));
      Map<String, NDArray> opt = new java.util.LinkedHashMap<>(optimizerState);
      TensorFile.write(temp.resolve(OPTIMIZER), opt);
      writeText(temp.resolve(STATE), JSON.writeValueAsString(new SavedState(optimizerSteps, state)));
      if (Files.exists(target)) {
        deleteTree(target);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
        Files.move(temp, target);
      }
    } finally {
      if (Files.exists(temp)) {
        deleteTree(temp);
      }
    }
    writeText(dir.resolve(LATEST), name);
    if (best) {
      writeText(dir.resolve(BEST), name);
    }
    prune(keepLast);
  }

  /** The checkpoint {@code latest} points at, if any. */
  public Optional<Path> latest() throws IOException {
    return pointer(LATEST);
  }

  /** The checkpoint {@code best} points at, or else {@code latest}. */
  public Optional<Path> best() throws IOException {
    Optional<Path> best = pointer(BEST);
    return best.isPresent() ? best : latest();
  }

  private Optional<Path> pointer(String file) throws IOException {
    Path p = dir.resolve(file);
    if (!Files.exists(p)) {
      return Optional.empty();
    }
    Path target = dir.resolve(Files.readString(p, StandardCharsets.UTF_8).strip());
    if (!Files.isDirectory(target)) {
      throw new IOException(p + " points at missing checkpoint " + target);
    }
    return Optional.of(target);
  }

  /** The saved run state of a checkpoint directory. */
  static SavedState readState(Path checkpoint) throws IOException {
    return JSON.readValue(checkpoint.resolve(STATE).toFile(), SavedState.class);
  }

  /** Run state plus the optimizer's step count, as stored in {@code state.json}. */
  record SavedState(long optimizerSteps, TrainingState training) {}

  private void prune(int keepLast) throws IOException {
    String best = Files.exists(dir.resolve(BEST))
        ? Files.readString(dir.resolve(BEST), StandardCharsets.UTF_8).strip() : "";
    List<Path> all = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("step-")).forEach(all::add);
    }
    all.sort(Comparator.comparing(p -> p.getFileName().toString()));
    for (int i = 0; i < all.size() - keepLast; i++) {
      if (!all.get(i).getFileName().toString().equals(best)) {
        deleteTree(all.get(i));
      }
    }
  }

  static void writeText(Path path, String text) throws IOException {
    try (AtomicOutput out = AtomicOutput.create(path)) {
      out.writer().write(text);
      out.commit();
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
