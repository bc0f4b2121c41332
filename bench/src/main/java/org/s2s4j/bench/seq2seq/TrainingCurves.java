package org.s2s4j.bench.seq2seq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.s2s4j.seq2seq.report.Charts;

/**
 * Plots dev BLEU against training time (steps only, as {@code training.max_time} counts it) for
 * several runs in one chart, from each run's
 * {@code train.jsonl} (one point per evaluation).
 *
 * <p>Usage: {@code TrainingCurves OUT.png LABEL=RUN_DIR [LABEL=RUN_DIR ...]}.
 */
public final class TrainingCurves {

  private TrainingCurves() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: TrainingCurves OUT.png LABEL=RUN_DIR [LABEL=RUN_DIR ...]");
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, Charts.Series> series = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      int eq = args[i].lastIndexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("expected LABEL=RUN_DIR, got '" + args[i] + "'");
      }
      List<double[]> points = new ArrayList<>();
      for (String line : Files.readAllLines(Path.of(args[i].substring(eq + 1)).resolve("train.jsonl"))) {
        JsonNode record = json.readTree(line);
        if (record.hasNonNull("dev_bleu")) {
          points.add(new double[] {record.get("seconds").asDouble() / 60, record.get("dev_bleu").asDouble()});
        }
      }
      series.put(args[i].substring(0, eq), new Charts.Series(points.stream().mapToDouble(p -> p[0]).toArray(),
          points.stream().mapToDouble(p -> p[1]).toArray()));
    }
    Charts.lineChart(Path.of(args[0]), "Dev BLEU against training time", "training time, minutes (dev evaluations excluded)",
        "dev BLEU (greedy)", series);
  }
}
