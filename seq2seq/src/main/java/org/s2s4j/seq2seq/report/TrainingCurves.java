package org.s2s4j.seq2seq.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.s2s4j.seq2seq.train.EvaluationRecord;

/**
 * The training curves of a run's evaluation records, drawn in one place for the run directory's
 * plots and for {@code report.html}: loss (train and teacher-forced dev), greedy dev BLEU (when
 * scored) and scheduled-sampling eps.
 */
public final class TrainingCurves {

  /** What the x axis counts. */
  public enum Axis {
    EPOCHS("epoch"),
    STEPS("steps"),
    TIME("training time (minutes)");

    private final String label;

    Axis(String label) {
      this.label = label;
    }

    /** The axis title. */
    public String label() {
      return label;
    }
  }

  /** A written chart and a sentence saying what it shows. */
  public record Plot(Path file, String caption) {}

  private TrainingCurves() {}

  /** Epochs when there is one evaluation per epoch, else steps (evaluation every N steps). */
  public static Axis progressAxis(List<EvaluationRecord> records) {
    for (int i = 1; i < records.size(); i++) {
      if (records.get(i).epoch() <= records.get(i - 1).epoch()) {
        return Axis.STEPS;
      }
    }
    return Axis.EPOCHS;
  }

  /**
   * Draws the curves against {@code axis} into {@code dir}, each to the file
   * {@code String.format(namePattern, kind)} for kinds {@code loss}, {@code bleu}, {@code cider} and
   * {@code eps}; returns the charts written (none without records, no BLEU or CIDEr-D chart if it
   * was not scored).
   */
  public static List<Plot> draw(Path dir, String namePattern, List<EvaluationRecord> records, Axis axis)
      throws IOException {
    List<Plot> plots = new ArrayList<>();
    if (records.isEmpty()) {
      return plots;
    }
    String against = " against " + axis.label();
    Map<String, Charts.Series> loss = new LinkedHashMap<>();
    loss.put("train loss", series(records, axis, EvaluationRecord::trainLoss));
    loss.put("dev loss", series(records, axis, r -> Math.log(r.devPerplexity())));
    plot(plots, dir, namePattern, "loss", "Loss per target token" + against, "loss per token", loss, axis,
        "Loss per target token" + against + " (dev: the log of the teacher-forced dev perplexity)");
    Charts.Series bleu = series(records, axis, EvaluationRecord::devBleu);
    if (bleu.x().length > 0) {
      plot(plots, dir, namePattern, "bleu", "Greedy dev BLEU" + against, "BLEU", Map.of("dev BLEU", bleu), axis,
          "Greedy dev BLEU" + against);
    }
    Charts.Series cider = series(records, axis, EvaluationRecord::devCider);
    if (cider.x().length > 0) {
      plot(plots, dir, namePattern, "cider", "Dev CIDEr-D" + against, "CIDEr-D", Map.of("dev CIDEr-D", cider), axis,
          "CIDEr-D of the decoded dev captions" + against);
    }
    plot(plots, dir, namePattern, "eps", "Scheduled-sampling eps" + against, "eps",
        Map.of("eps", series(records, axis, EvaluationRecord::epsilon)), axis,
        "Scheduled-sampling eps (the probability of feeding the gold previous token)" + against);
    return plots;
  }

  private static void plot(List<Plot> plots, Path dir, String namePattern, String kind, String title,
      String yLabel, Map<String, Charts.Series> series, Axis axis, String caption) throws IOException {
    if (series.values().stream().allMatch(s -> s.x().length == 0)) {
      return;
    }
    Path png = dir.resolve(String.format(namePattern, kind));
    Charts.lineChart(png, title, axis.label(), yLabel, series);
    plots.add(new Plot(png, caption));
  }

  /** The points of the records whose y value is finite. */
  private static Charts.Series series(List<EvaluationRecord> records, Axis axis,
      ToDoubleFunction<EvaluationRecord> y) {
    List<double[]> kept = new ArrayList<>();
    for (EvaluationRecord r : records) {
      double x = switch (axis) {
        case EPOCHS -> r.epoch();
        case STEPS -> r.step();
        case TIME -> r.seconds() / 60;
      };
      double v = y.applyAsDouble(r);
      if (Double.isFinite(v)) {
        kept.add(new double[] {x, v});
      }
    }
    return new Charts.Series(kept.stream().mapToDouble(p -> p[0]).toArray(),
        kept.stream().mapToDouble(p -> p[1]).toArray());
  }
}
