package org.s2s4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.s2s4j.cli.report.DecodeResults;
import org.s2s4j.cli.report.RunReport;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.config.ConfigLoader;
import org.s2s4j.seq2seq.config.RunConfig;
import org.s2s4j.seq2seq.train.Seq2SeqTraining;
import org.s2s4j.seq2seq.train.TrainingState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code s2s quickstart}: the whole toolkit in one command. Trains a translation model (on the
 * built-in synthetic task, or on Multi30k with {@code --data}), decodes the test split with beam
 * search, prints BLEU and chrF beside the copy-the-source baseline, and writes the run's
 * {@code report.html}.
 */
@Command(
    name = "quickstart",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Train, beam-search, score and plot a translation model, in one command.",
    description = {
        "Trains a translation model for --minutes, decodes the test split with beam search,",
        "prints BLEU and chrF (with their signatures) beside the BLEU of copying the source,",
        "shows sample translations and decoding speed, and writes RUN/report.html with plots.",
        "",
        "Without --data it needs no download: it generates the built-in synthetic task (a",
        "seeded rule-based toy English-to-German pair with reordering and agreement; see",
        "'s2s corpus synthetic') and trains examples/synthetic.yaml. With --data DIR it trains",
        "examples/multi30k-en-de.yaml on DIR/task1/tok/*.lc.norm.tok.{en,de} (from",
        "'s2s corpus download multi30k --dest DIR') and decodes test_2016_flickr.",
        "",
        "The run directory is RUNS/quickstart-<timestamp>/; it is also a model directory."},
    footer = {"", "Examples:",
        "  s2s quickstart",
        "  s2s quickstart --minutes 3",
        "  s2s quickstart --data data/multi30k --minutes 60",
        "  s2s quickstart --format json > summary.json"})
final class QuickstartCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(QuickstartCommand.class);

  /** Pairs of the synthetic task's splits. */
  static final Map<String, Integer> SYNTHETIC_SIZES = Map.of("train", 5_000, "dev", 300,
      "test", 300);

  /** Seed of the synthetic task's sentences. */
  static final long SYNTHETIC_SEED = 1;

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "A Multi30k folder (with task1/tok/); without it, the built-in synthetic task.")
  Path data;

  @Option(names = "--minutes", paramLabel = "M", defaultValue = "10",
      description = "Training time in minutes, dev evaluations not counted "
          + "(default: ${DEFAULT-VALUE}).")
  double minutes;

  @Option(names = "--runs", paramLabel = "DIR", defaultValue = "runs",
      description = "Where the run directory is created (default: ${DEFAULT-VALUE}).")
  Path runs;

  @Option(names = "--beam", paramLabel = "K", defaultValue = "5",
      description = "Beam size for the test split (default: ${DEFAULT-VALUE}).")
  int beam;

  @Option(names = "--test-limit", paramLabel = "N", defaultValue = "0",
      description = "Decode only the first N test sentences (default: 0, all of them).")
  int testLimit;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "4",
      description = "Sample translations shown, with attention heatmaps in the report "
          + "(default: ${DEFAULT-VALUE}).")
  int samples;

  @Mixin EngineOptions engine;

  @Mixin FormatOption format;

  @Option(names = "--no-progress", description = "No progress bars (logs only).")
  boolean noProgress;

  /** What is trained and decoded. */
  record Task(String description, String config, Path dataDir, Path testSource,
      Path testReference) {}

  @Override
  public Integer call() throws Exception {
    if (!(minutes > 0) || minutes > 7 * 24 * 60) {
      throw new ParameterException(spec.commandLine(),
          "--minutes must be > 0 (and at most a week), got " + minutes);
    }
    if (beam < 1) {
      throw new ParameterException(spec.commandLine(), "--beam must be >= 1, got " + beam);
    }
    if (testLimit < 0) {
      throw new ParameterException(spec.commandLine(), "--test-limit must be >= 0, got "
          + testLimit);
    }
    if (samples < 0) {
      throw new ParameterException(spec.commandLine(), "--samples must be >= 0, got " + samples);
    }
    long start = System.nanoTime();
    Task task = data == null ? null : multi30k(data);
    Path runDir = newRunDirectory();
    LOG.info("run directory {}", runDir);
    if (task == null) {
      task = synthetic(runDir.resolve("data"));
    }
    RunConfig config = loadConfig(task, runDir);
    LOG.info("training on {} for {} minutes", task.description(), minutes);
    TrainingState state = Seq2SeqTraining.train(config, runDir, engine.engine, engine.device, 1, false,
        !noProgress);
    DecodeResults results;
    try (TrainedModel model = TrainedModel.load(runDir, engine.engine, engine.device)) {
      LOG.info("decoding {} with beam {} ({})", task.testSource(), beam, model.checkpoint()
          .getFileName());
      results = new TestSetDecoder(beam, samples, testLimit, !noProgress).decode(model, "test",
          task.testSource(), task.testReference(), runDir.resolve("test.hyp"));
    }
    results.save(runDir);
    Path report = RunReport.write(runDir);
    double wall = (System.nanoTime() - start) / 1e9;
    if (format.json()) {
      CorpusCommand.printJson(spec, json(task, runDir, report, state, results, wall));
    } else {
      text(task, runDir, report, state, results, wall);
    }
    return 0;
  }

  /** A new {@code RUNS/quickstart-<timestamp>} directory (with a suffix if taken). */
  private Path newRunDirectory() throws IOException {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Files.createDirectories(runs);
    Path dir = runs.resolve("quickstart-" + stamp);
    for (int n = 2; ; n++) {
      try {
        return Files.createDirectory(dir);
      } catch (FileAlreadyExistsException e) {
        dir = runs.resolve("quickstart-" + stamp + "-" + n);
      }
    }
  }

  /** Checks the Multi30k folder before anything is created. */
  static Task multi30k(Path dir) {
    Path tok = dir.resolve("task1").resolve("tok");
    List<String> missing = new ArrayList<>();
    for (String split : List.of("train", "val", "test_2016_flickr")) {
      for (String lang : List.of("en", "de")) {
        String name = split + ".lc.norm.tok." + lang;
        if (!Files.isRegularFile(tok.resolve(name))) {
          missing.add(name);
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(dir + " is not a Multi30k folder: " + tok + " lacks "
          + String.join(", ", missing) + " (get them with: s2s corpus download multi30k --dest "
          + dir + ")");
    }
    return new Task("Multi30k en-de (" + dir + ")", "multi30k-en-de.yaml", tok.toAbsolutePath(),
        tok.resolve("test_2016_flickr.lc.norm.tok.en"),
        tok.resolve("test_2016_flickr.lc.norm.tok.de"));
  }

  private static Task synthetic(Path dir) throws IOException {
    Map<String, Integer> n = CorpusSyntheticCommand.write(dir, SYNTHETIC_SEED, SYNTHETIC_SIZES);
    return new Task(String.format(Locale.ROOT,
        "the built-in synthetic task (seed %d: %d train, %d dev, %d test pairs)",
        SYNTHETIC_SEED, n.get("train"), n.get("dev"), n.get("test")),
        "synthetic.yaml", dir.toAbsolutePath(), dir.resolve("test.src"), dir.resolve("test.tgt"));
  }

  /** The bundled example config with data_dir and the training time set. */
  private RunConfig loadConfig(Task task, Path runDir) throws IOException {
    String resource = "examples/" + task.config();
    Path file = Files.createTempFile(runDir, ".quickstart-", ".yaml");
    try (InputStream in = QuickstartCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its bundled " + resource);
      }
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return ConfigLoader.load(file, List.of("data_dir=" + task.dataDir(),
          String.format(Locale.ROOT, "training.max_time=%.4fm", minutes)));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private void text(Task task, Path runDir, Path report, TrainingState state,
      DecodeResults r, double wall) {
    PrintWriter out = spec.commandLine().getOut();
    out.println();
    out.println("s2s quickstart: " + task.description());
    out.printf(Locale.ROOT, "trained %.1f min, %d steps; best dev BLEU %.2f (%s); %s%n",
        state.trainingMillis() / 60000.0, state.step(), state.bestMetric(),
        state.bestCheckpoint(), state.stopReason());
    out.printf(Locale.ROOT, "test: %d sentences, beam %d, %.1f s (%.1f sentences/s, "
        + "%.0f tokens/s)%n", r.sentences(), r.beam(), r.seconds(), r.sentencesPerSecond(),
        r.tokensPerSecond());
    for (DecodeResults.Score s : r.scores()) {
      out.printf(Locale.ROOT, "  %s|%s = %.2f%n", s.name(), s.signature(), s.score());
    }
    out.printf(Locale.ROOT, "  copy-the-source baseline: %s|%s = %.2f%n", r.baseline().name(),
        r.baseline().signature(), r.baseline().score());
    out.println("  (tok:none: the test files are already tokenized, so BLEU uses their tokens "
        + "as they are)");
    if (!r.samples().isEmpty()) {
      out.println("samples:");
      for (DecodeResults.Sample s : r.samples()) {
        out.println("  source:    " + s.source());
        out.println("  reference: " + s.reference());
        out.println("  output:    " + s.output());
        out.println();
      }
    }
    out.printf(Locale.ROOT, "total wall time %.1f min%n", wall / 60);
    out.println("report: " + report);
    out.println("run directory: " + runDir);
    out.flush();
  }

  private Map<String, Object> json(Task task, Path runDir, Path report, TrainingState state,
      DecodeResults r, double wall) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("task", task.description());
    json.put("run_dir", runDir.toString());
    json.put("report", report.toString());
    Map<String, Object> training = new LinkedHashMap<>();
    training.put("steps", state.step());
    training.put("minutes", state.trainingMillis() / 60000.0);
    training.put("best_dev_bleu", state.bestMetric());
    training.put("best_checkpoint", state.bestCheckpoint());
    training.put("stop_reason", state.stopReason());
    json.put("training", training);
    Map<String, Object> test = new LinkedHashMap<>();
    test.put("sentences", r.sentences());
    test.put("beam", r.beam());
    test.put("seconds", r.seconds());
    test.put("sentences_per_second", r.sentencesPerSecond());
    test.put("tokens_per_second", r.tokensPerSecond());
    test.put("hypotheses", r.hypotheses());
    test.put("scores", r.scores());
    test.put("baseline", r.baseline());
    json.put("test", test);
    List<Map<String, String>> shown = new ArrayList<>();
    for (DecodeResults.Sample s : r.samples()) {
      Map<String, String> sample = new LinkedHashMap<>();
      sample.put("source", s.source());
      sample.put("reference", s.reference());
      sample.put("output", s.output());
      shown.add(sample);
    }
    json.put("samples", shown);
    json.put("wall_seconds", wall);
    return json;
  }
}
