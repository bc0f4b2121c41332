package org.s2s4j.seq2seq.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's JSON-lines log {@code train.jsonl}: one {@link EvaluationRecord} per line. It is
 * rewritten from the checkpointed history after every evaluation (atomically), so after a crash
 * and {@code --resume} it holds exactly the evaluations of the resumed run, none twice.
 */
public final class TrainingLog implements TrainingListener {

  /** The log's file name in a run directory. */
  public static final String FILE = "train.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  /** The log of run directory {@code runDir}. */
  public TrainingLog(Path runDir) {
    this.file = runDir.resolve(FILE);
  }

  @Override
  public void evaluated(EvaluationRecord record, TrainingState state) throws IOException {
    StringBuilder text = new StringBuilder();
    for (EvaluationRecord r : state.history()) {
      text.append(JSON.writeValueAsString(r)).append('\n');
    }
    Checkpoints.writeText(file, text.toString());
  }

  /**
   * The records of a {@code train.jsonl}; an empty list if there is none.
   *
   * @throws IOException naming the file and line of a line that is not a log record
   */
  public static List<EvaluationRecord> read(Path file) throws IOException {
    List<EvaluationRecord> records = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return records;
    }
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode j;
      try {
        j = JSON.readTree(line);
      } catch (IOException e) {
        throw new IOException(file + ":" + n + ": not a JSON object: " + firstLine(e), e);
      }
      if (!j.isObject() || !j.has("step")) {
        throw new IOException(file + ":" + n + ": not a training log record (no \"step\")");
      }
      try {
        records.add(JSON.treeToValue(j, EvaluationRecord.class));
      } catch (IOException e) {
        throw new IOException(file + ":" + n + ": not a training log record: " + firstLine(e), e);
      }
    }
    return records;
  }

  private static String firstLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse("");
  }
}
