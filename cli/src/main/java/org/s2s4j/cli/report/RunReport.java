package org.s2s4j.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.s2s4j.corpora.stats.CorpusStats;
import org.s2s4j.corpora.stats.StatsCollector;
import org.s2s4j.seq2seq.report.Charts;
import org.s2s4j.seq2seq.report.TrainingCurves;
import org.s2s4j.seq2seq.train.EvaluationRecord;
import org.s2s4j.seq2seq.train.TrainingLog;
import org.s2s4j.seq2seq.report.HtmlReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@code report.html} for a run directory from what the run left there, with its PNG plots
 * beside it:
 *
 * <ul>
 *   <li>{@code train.jsonl} (one JSON object per evaluation: step, seconds, train_loss,
 *       dev_perplexity, dev_bleu, epsilon, ...): loss, dev BLEU and scheduled-sampling eps against
 *       steps and against training time;
 *   <li>{@code metadata.json}: provenance, training summary and the data files, whose statistics
 *       are computed;
 *   <li>{@code decode.json} ({@link DecodeResults}): final scores, the copy-the-source baseline,
 *       decoding speed, sample translations and their attention heatmaps;
 *   <li>{@code config.yaml}: shown as it is.
 * </ul>
 *
 * <p>Any of these may be missing (its section then says so), but not all of them. Every plot is
 * written atomically, and the page last, so a failure never leaves a page that refers to a
 * missing plot.
 */
public final class RunReport {

  /** The report's file name in the run directory. */
  public static final String FILE = "report.html";

  /** The training log's file name. */
  public static final String TRAIN_LOG = TrainingLog.FILE;

  private static final Logger LOG = LoggerFactory.getLogger(RunReport.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_HEATMAP_TOKENS = 40;

  private final Path runDir;
  private final HtmlReport html;

  private RunReport(Path runDir) {
    this.runDir = runDir;
    this.html = new HtmlReport("s2s4j run " + runDir.toAbsolutePath().normalize().getFileName());
  }

  /**
   * Writes {@code runDir/report.html} and its plots; returns the page's path.
   *
   * @throws IllegalArgumentException if {@code runDir} holds nothing to report
   */
  public static Path write(Path runDir) throws IOException {
    if (!Files.isDirectory(runDir)) {
      throw new IllegalArgumentException("run directory not found: " + runDir);
    }
    boolean any = false;
    for (String f : List.of(TRAIN_LOG, DecodeResults.FILE, "metadata.json", "config.yaml")) {
      any |= Files.isRegularFile(runDir.resolve(f));
    }
    if (!any) {
      throw new IllegalArgumentException(runDir + " is not a run directory: it has no " + TRAIN_LOG
          + ", " + DecodeResults.FILE + ", metadata.json or config.yaml");
    }
    RunReport report = new RunReport(runDir);
    report.build();
    Path page = runDir.resolve(FILE);
    report.html.write(page);
    LOG.info("wrote {}", page);
    return page;
  }

  private void build() throws IOException {
    JsonNode metadata = readJson(runDir.resolve("metadata.json"));
    DecodeResults decode = DecodeResults.load(runDir);
    List<EvaluationRecord> log = TrainingLog.read(runDir.resolve(TRAIN_LOG));
    summary(metadata, decode, log);
    scores(decode);
    curves(log);
    samples(decode);
    speed(decode, log);
    data(metadata, decode);
    config(metadata);
  }

  private void summary(JsonNode metadata, DecodeResults decode, List<EvaluationRecord> log) {
    Map<String, Object> rows = new LinkedHashMap<>();
    rows.put("run directory", runDir.toAbsolutePath().normalize());
    JsonNode metrics = metadata == null ? null : metadata.get("metrics");
    if (metrics != null) {
      rows.put("training steps", metrics.path("steps").asLong());
      rows.put("training time", minutes(metrics.path("training_seconds").asDouble()));
      rows.put("stopped because", metrics.path("stop_reason").asText(""));
      rows.put("best checkpoint", metrics.path("best_checkpoint").asText(""));
      rows.put("best dev metric", fixed(metrics.path("best_dev_metric").asDouble(), 2));
    } else if (!log.isEmpty()) {
      EvaluationRecord last = log.get(log.size() - 1);
      rows.put("training steps", last.step());
      rows.put("training time", minutes(last.seconds()));
    }
    if (decode != null) {
      for (DecodeResults.Score s : decode.scores()) {
        rows.put(s.name() + " (" + decode.split() + ", beam " + decode.beam() + ")",
            fixed(s.score(), 2));
      }
      if (decode.baseline() != null) {
        rows.put(decode.baseline().name() + " of copying the source",
            fixed(decode.baseline().score(), 2));
      }
    }
    html.heading("Summary").keyValues(rows);
  }

  private void scores(DecodeResults decode) {
    html.heading("Final scores");
    if (decode == null) {
      html.paragraph("No decoding results (" + DecodeResults.FILE + ") in this run directory.");
      return;
    }
    List<List<?>> rows = new ArrayList<>();
    for (DecodeResults.Score s : decode.scores()) {
      rows.add(List.of(s.name(), fixed(s.score(), 2), s.signature()));
    }
    if (decode.baseline() != null) {
      DecodeResults.Score b = decode.baseline();
      rows.add(List.of(b.name() + ", copy the source (baseline)", fixed(b.score(), 2),
          b.signature()));
    }
    html.paragraph(decode.sentences() + " sentences of " + decode.source() + " decoded with beam "
        + decode.beam() + " into " + decode.hypotheses() + ", scored against "
        + decode.reference() + ".");
    html.table(List.of("metric", "score", "signature"), rows);
  }

  private void curves(List<EvaluationRecord> log) throws IOException {
    html.heading("Training curves");
    if (log.isEmpty()) {
      html.paragraph("No training log (" + TRAIN_LOG + ") in this run directory.");
      return;
    }
    html.paragraph("One point per evaluation (the end of each epoch or every training.eval_every steps, "
        + "and where training stopped). "
        + "Training time excludes the dev evaluations. The dev loss is the log of the "
        + "teacher-forced dev perplexity.");
    boolean hasBleu = log.stream().anyMatch(p -> !Double.isNaN(p.devBleu()));
    for (TrainingCurves.Axis axis : List.of(TrainingCurves.Axis.STEPS, TrainingCurves.Axis.TIME)) {
      String suffix = axis == TrainingCurves.Axis.STEPS ? "steps" : "time";
      for (TrainingCurves.Plot plot : TrainingCurves.draw(runDir, "plot-%s-" + suffix + ".png", log, axis)) {
        html.image(plot.caption(), plot.file());
      }
    }
    if (!hasBleu) {
      html.paragraph("The run did not score dev BLEU (training.stop_metric perplexity).");
    }
    List<List<?>> rows = new ArrayList<>();
    for (EvaluationRecord p : log) {
      rows.add(List.of(p.step(), fixed(p.seconds() / 60, 2), fixed(p.trainLoss(), 4),
          fixed(p.devPerplexity(), 3), Double.isNaN(p.devBleu()) ? "" : fixed(p.devBleu(), 2),
          fixed(p.epsilon(), 3), String.format(Locale.ROOT, "%.2e", p.learningRate()),
          fixed(p.tokensPerSecond(), 0)));
    }
    html.table(List.of("step", "minutes", "train loss", "dev perplexity", "dev BLEU", "eps",
        "learning rate", "train tokens/s"), rows);
  }

  private void samples(DecodeResults decode) throws IOException {
    html.heading("Sample translations and attention");
    if (decode == null || decode.samples().isEmpty()) {
      html.paragraph("No decoded samples in this run directory.");
      return;
    }
    List<List<?>> rows = new ArrayList<>();
    for (DecodeResults.Sample s : decode.samples()) {
      rows.add(List.of(s.source(), s.reference(), s.output()));
    }
    html.table(List.of("source", "reference", "output (beam " + decode.beam() + ")"), rows);
    html.paragraph("Each heatmap shows, for every output token (rows, with the end of sequence "
        + "last), the attention weights over the source tokens (columns).");
    int n = 0;
    for (DecodeResults.Sample s : decode.samples()) {
      n++;
      List<String> rowsTokens = new ArrayList<>(s.outputTokens());
      rowsTokens.add("</s>");
      if (s.attention() == null || s.attention().length != rowsTokens.size()
          || s.sourceTokens().size() > MAX_HEATMAP_TOKENS
          || rowsTokens.size() > MAX_HEATMAP_TOKENS + 1) {
        html.paragraph("Sample " + n + ": no heatmap (attention missing or sentence too long).");
        continue;
      }
      Path png = runDir.resolve("attention-" + n + ".png");
      Charts.attentionHeatmap(png, "Attention, sample " + n, s.sourceTokens(), rowsTokens,
          s.attention());
      html.image("Attention of sample " + n + ": " + s.source(), png);
    }
  }

  private void speed(DecodeResults decode, List<EvaluationRecord> log) {
    html.heading("Speed");
    Map<String, Object> rows = new LinkedHashMap<>();
    if (!log.isEmpty()) {
      double tps = log.stream().mapToDouble(EvaluationRecord::tokensPerSecond).filter(Double::isFinite)
          .average().orElse(Double.NaN);
      rows.put("training, target tokens per second (mean over evaluations)", fixed(tps, 0));
    }
    if (decode != null) {
      rows.put("decoding: sentences", decode.sentences());
      rows.put("decoding: beam size", decode.beam());
      rows.put("decoding: wall time (s)", fixed(decode.seconds(), 2));
      rows.put("decoding: sentences per second", fixed(decode.sentencesPerSecond(), 2));
      rows.put("decoding: output tokens per second", fixed(decode.tokensPerSecond(), 1));
    }
    if (rows.isEmpty()) {
      html.paragraph("No speed measurements in this run directory.");
    } else {
      html.keyValues(rows);
    }
  }

  private void data(JsonNode metadata, DecodeResults decode) throws IOException {
    html.heading("Data");
    Set<String> files = new LinkedHashSet<>();
    if (metadata != null && metadata.get("data") instanceof ObjectNode data) {
      data.fieldNames().forEachRemaining(files::add);
    }
    if (decode != null) {
      files.add(decode.source());
      files.add(decode.reference());
    }
    if (files.isEmpty()) {
      html.paragraph("No data files recorded in this run directory.");
      return;
    }
    List<List<?>> rows = new ArrayList<>();
    for (String f : files) {
      Path file = runDir.resolve(f);
      if (!Files.isRegularFile(file)) {
        rows.add(List.of(f, "not found", "", "", "", ""));
        continue;
      }
      CorpusStats s = StatsCollector.of(file, n -> { });
      rows.add(List.of(f, s.lines(), s.tokens(), s.types(), fixed(s.meanLength(), 2),
          s.maxLength()));
    }
    html.paragraph("Tokens are whitespace-separated; types are distinct tokens.");
    html.table(List.of("file", "lines", "tokens", "types", "mean length", "max length"), rows);
  }

  private void config(JsonNode metadata) throws IOException {
    html.heading("Configuration");
    Path config = runDir.resolve("config.yaml");
    if (Files.isRegularFile(config)) {
      html.paragraph("config.yaml: the resolved training configuration (defaults applied).");
      html.preformatted(Files.readString(config, StandardCharsets.UTF_8));
    } else {
      html.paragraph("No config.yaml in this run directory.");
    }
    if (metadata != null) {
      Map<String, Object> rows = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = metadata.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().equals("metrics") && !e.getKey().equals("data")) {
          rows.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue());
        }
      }
      html.paragraph("Provenance (metadata.json):");
      html.keyValues(rows);
    }
  }

  private static JsonNode readJson(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": not valid JSON: " + firstLine(e), e);
    }
  }

  private static String firstLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse("");
  }

  private static String fixed(double x, int decimals) {
    return Double.isFinite(x) ? String.format(Locale.ROOT, "%." + decimals + "f", x) : "n/a";
  }

  private static String minutes(double seconds) {
    return String.format(Locale.ROOT, "%.1f min", seconds / 60);
  }
}
