package org.s2s4j.seq2seq.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.s2s4j.corpora.batch.BatchingOptions;
import org.s2s4j.corpora.batch.Batcher;
import org.s2s4j.corpora.batch.ExampleSource;
import org.s2s4j.corpora.batch.ParallelTextSource;
import org.s2s4j.corpora.io.AtomicOutput;
import org.s2s4j.decoding.LengthLimits;
import org.s2s4j.decoding.SearchOptions;
import org.s2s4j.decoding.Shortlist;
import org.s2s4j.decoding.ShortlistBuilder;
import org.s2s4j.decoding.corpus.CorpusOptions;
import org.s2s4j.decoding.corpus.TextCodec;
import org.s2s4j.evaluation.mt.BleuOptions;
import org.s2s4j.decoding.corpus.TextCodec;
import org.s2s4j.seq2seq.Devices;
import org.s2s4j.seq2seq.Preprocessing;
import org.s2s4j.seq2seq.ModelConfig;
import org.s2s4j.seq2seq.Seq2SeqModel;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.config.ConfigLoader;
import org.s2s4j.seq2seq.config.DataOptions;
import org.s2s4j.seq2seq.config.RunConfig;
import org.s2s4j.seq2seq.pipeline.BpeDropout;
import org.s2s4j.seq2seq.pipeline.DataPreparation;
import org.s2s4j.seq2seq.pipeline.PreparedData;
import org.s2s4j.seq2seq.pipeline.TextOptions;
import org.s2s4j.seq2seq.report.TrainingPlots;
import org.s2s4j.tokenization.vocab.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets up and runs training from a {@link RunConfig}: builds (or, on resume, checks) the
 * vocabularies, writes the model directory's config and vocabularies, batches the data with the
 * corpora module, scores dev BLEU with the evaluation module, and keeps {@code metadata.json}
 * (versions, data checksums, seed, metrics) current after every checkpoint. Every input problem
 * is reported before the first step.
 */
public final class Seq2SeqTraining {

  private static final Logger LOG = LoggerFactory.getLogger(Seq2SeqTraining.class);

  private Seq2SeqTraining() {}

  /** Trains into {@code runDir}; {@code resume} continues its latest checkpoint. */
  public static TrainingState train(RunConfig config, Path runDir, String engineName, String deviceName,
      int devices, boolean resume, boolean progress) throws IOException {
    Engine engine = Devices.engine(engineName);
    List<Device> trainingDevices = Devices.select(engine, deviceName, devices);
    Device device = trainingDevices.get(0);
    DataOptions data = config.data();
    boolean hasRun = Files.exists(runDir.resolve("checkpoints").resolve("latest"));
    if (resume && !hasRun) {
      throw new IllegalArgumentException("--resume: " + runDir + " has no checkpoint to resume from");
    }
    if (!resume && hasRun) {
      throw new IllegalArgumentException(runDir + " already holds a training run; add --resume to continue it "
          + "or choose another --output");
    }
    PreparedData prepared = DataPreparation.prepare(config, runDir, resume, progress);
    BpeDropout dropout = dropout(config, prepared);
    Vocabularies vocabularies = vocabularies(config, prepared, dropout);
    Vocabulary source = vocabularies.source();
    Vocabulary target = vocabularies.target();
    if (resume) {
      checkSame(runDir, TrainedModel.SOURCE_VOCAB, source);
      checkSame(runDir, TrainedModel.TARGET_VOCAB, target);
      JsonNode saved = ConfigLoader.YAML.readTree(runDir.resolve(TrainedModel.CONFIG).toFile()).get("model");
      if (!config.resolved().get("model").equals(saved)) {
        throw new IllegalArgumentException("--resume: the model section differs from the run's config.yaml ("
            + saved + " vs " + config.resolved().get("model") + "); the architecture cannot change");
      }
    }
    ModelConfig modelConfig = config.model().toConfig(source.size(), target.size());
    Files.createDirectories(runDir);
    if (!resume) {
      source.save(runDir.resolve(TrainedModel.SOURCE_VOCAB));
      target.save(runDir.resolve(TrainedModel.TARGET_VOCAB));
    }
    if (!Files.exists(runDir.resolve(Shortlist.FILE))) {
      Shortlists.build(prepared, data, source, target,
          ShortlistBuilder.withDefaults(source.size(), target.size()), runDir);
    }
    try (AtomicOutput out = AtomicOutput.create(runDir.resolve(TrainedModel.CONFIG))) {
      out.writer().write(ConfigLoader.YAML.writeValueAsString(config.resolved()));
      out.commit();
    }
    DevSet dev = devSet(config, prepared, source, target);
    Batcher batcher = batcher(config, prepared, vocabularies, dropout);
    Map<String, Object> provenance = provenance(config, engine, prepared, source, target);
    try (NDManager manager = engine.newBaseManager(device)) {
      engine.setRandomSeed((int) (config.training().seed() & Integer.MAX_VALUE));
      Seq2SeqModel model = new Seq2SeqModel(modelConfig);
      model.initialize(manager);
      LOG.info("model: {} parameters on {} {} ({}), vocabularies {} / {}", parameterCount(model),
          engine.getEngineName(), engine.getVersion(), trainingDevices, source.size(), target.size());
      TrainingRun run = new TrainingRun(model, manager, trainingDevices, runDir, config.training(),
          config.sampling(), new CorporaBatchSource(batcher), dev)
          .addListener(new TrainingLog(runDir))
          .addListener(new TrainingPlots(runDir))
          .addListener(new TrainingListener() {
            @Override
            public void checkpoint(TrainingState state, boolean best) {
              writeMetadata(runDir, provenance, state);
            }
          });
      if (progress) {
        run.addListener(new ProgressDisplay());
      }
      return run.run(resume);
    }
  }

  /** The source and target vocabularies of a run. */
  record Vocabularies(Vocabulary source, Vocabulary target) {}

  /** The run's BPE-dropout, or null if {@code preprocessing.bpe_dropout} is 0. */
  static BpeDropout dropout(RunConfig config, PreparedData prepared) {
    double p = config.preprocessing().bpeDropout();
    return p > 0 ? new BpeDropout(prepared, p, config.training().seed()) : null;
  }

  /**
   * The vocabularies of the deterministic segmentation of the training data; with
   * {@code dropout}, also every subword dropout can emit.
   */
  static Vocabularies vocabularies(RunConfig config, PreparedData prepared, BpeDropout dropout)
      throws IOException {
    DataOptions data = config.data();
    return new Vocabularies(
        vocabulary(prepared.trainSource(), prepared::sourceTokens, data, data.sourceVocabSize(),
            dropout == null ? List.of() : dropout.sourceUnits(), "source"),
        vocabulary(prepared.trainTarget(), prepared::targetTokens, data, data.targetVocabSize(),
            dropout == null ? List.of() : dropout.targetUnits(), "target"));
  }

  /** The training batches of {@link #trainingExamples}, by {@code data}'s limits, shuffled by the seed. */
  static Batcher batcher(RunConfig config, PreparedData prepared, Vocabularies vocabularies,
      BpeDropout dropout) {
    DataOptions data = config.data();
    BatchingOptions batching = new BatchingOptions(
        data.batchTokens() == 0 ? Integer.MAX_VALUE : data.batchTokens(),
        data.batchSentences() == 0 ? Integer.MAX_VALUE : data.batchSentences(), data.window(), true,
        config.training().seed());
    return new Batcher(trainingExamples(config, prepared, vocabularies, dropout), batching);
  }

  /**
   * The training pairs: the prepared training files, or with {@code dropout} the tokenized files
   * segmented afresh in every epoch; encoded and truncated to {@code data.max_length}.
   */
  static ExampleSource trainingExamples(RunConfig config, PreparedData prepared,
      Vocabularies vocabularies, BpeDropout dropout) {
    DataOptions data = config.data();
    Vocabulary source = vocabularies.source();
    Vocabulary target = vocabularies.target();
    if (dropout == null) {
      return new ParallelTextSource(prepared.trainSource(), prepared.trainTarget(),
          line -> source.encode(truncated(prepared.sourceTokens(line), data)),
          line -> target.encode(truncated(prepared.targetTokens(line), data)));
    }
    return new ParallelTextSource(dropout.sourceTokens(), dropout.targetTokens(),
        (line, epoch, index) -> source.encode(truncated(dropout.source(line, epoch, index), data)),
        (line, epoch, index) -> target.encode(truncated(dropout.target(line, epoch, index), data)));
  }

  private static long parameterCount(Seq2SeqModel model) {
    return ModelParameters.byName(model).values().stream().mapToLong(p -> p.getArray().size()).sum();
  }

  private static List<String> truncated(List<String> tokens, DataOptions data) {
    return tokens.size() > data.maxLength() ? tokens.subList(0, data.maxLength()) : tokens;
  }

  /**
   * The tokens of {@code file} counted, plus {@code alwaysKept} (the subwords BPE-dropout can
   * emit) counted at least {@code min_frequency} times, so only the size limit can leave them
   * out; a warning says if it does.
   */
  private static Vocabulary vocabulary(Path file, Function<String, List<String>> tokens, DataOptions data,
      int maxSize, java.util.Collection<String> alwaysKept, String side) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    try (BufferedReader in = reader(file)) {
      for (String line; (line = in.readLine()) != null; ) {
        for (String t : truncated(tokens.apply(line), data)) {
          counts.merge(t, 1L, Long::sum);
        }
      }
    }
    for (String unit : alwaysKept) {
      counts.merge(unit, (long) data.minFrequency(), Math::max);
    }
    Vocabulary vocabulary = Vocabulary.build(counts, data.minFrequency(), maxSize);
    long missing = alwaysKept.stream().filter(u -> !vocabulary.contains(u)).count();
    if (missing > 0) {
      long needed = counts.values().stream().filter(c -> c >= data.minFrequency()).count();
      LOG.warn("{} of the {} subwords BPE-dropout can emit on the {} side are beyond "
          + "data.{}_vocab_size {} and become <unk>; set it to at least {}",
          missing, alwaysKept.size(), side, side, maxSize, needed);
    }
    return vocabulary;
  }

  private static BufferedReader reader(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) {
      in = new java.util.zip.GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  private static void checkSame(Path runDir, String file, Vocabulary rebuilt) throws IOException {
    Path saved = runDir.resolve(file);
    if (!Files.exists(saved)) {
      throw new IllegalArgumentException("--resume: " + saved + " is missing");
    }
    if (!Vocabulary.load(saved).tokens().equals(rebuilt.tokens())) {
      throw new IllegalArgumentException("--resume: vocabulary mismatch: " + saved + " differs from the one the "
          + "current data, data.* settings and preprocessing.bpe_dropout give; resume with the data and settings the run started with");
    }
  }

  private static List<String> lines(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader in = reader(file)) {
      for (String line; (line = in.readLine()) != null; ) {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * The dev set: ids for perplexity, and for BLEU the dev files with the codec that
   * {@code s2s translate} builds for this model (its recorded pipeline), greedy search and corpus
   * settings with the defaults of {@code s2s translate --beam 1}, and BLEU as {@code s2s score bleu}
   * computes it on that output: for a raw-text model on detokenized text against the raw
   * reference (13a), otherwise on the model's tokens ({@code --tokenize none}); lowercased when the
   * model lowercases.
   */
  private static DevSet devSet(RunConfig config, PreparedData prepared, Vocabulary source, Vocabulary target)
      throws IOException {
    DataOptions data = config.data();
    List<String> src = lines(prepared.devSource());
    List<String> tgt = lines(prepared.devTarget());
    if (src.size() != tgt.size()) {
      throw new IllegalArgumentException("dev files differ in length: " + data.devSource() + " has " + src.size()
          + " lines, " + data.devTarget() + " has " + tgt.size());
    }
    Preprocessing.Side side = prepared.pipeline().preprocessing().target();
    int n = config.devSentences() == 0 ? src.size() : Math.min(config.devSentences(), src.size());
    List<int[]> sources = new ArrayList<>(n);
    List<int[]> targets = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int[] s = source.encode(truncated(prepared.sourceTokens(src.get(i)), data));
      if (s.length == 0) {
        throw new IllegalArgumentException(data.devSource() + " line " + (i + 1) + " is empty");
      }
      sources.add(s);
      targets.add(target.encode(truncated(prepared.targetTokens(tgt.get(i)), data)));
    }
    TextCodec codec = prepared.pipeline().codec(source, target, TextOptions.AS_RECORDED);
    BleuOptions bleu = (side.rawText() ? BleuOptions.defaults() : BleuOptions.defaults().tokenize("none"))
        .lowercase(side.lowercase());
    // The files as the user gave them; without a pipeline they are the ones read above.
    List<String> sourceLines = data.devSource().equals(prepared.devSource()) ? src : lines(data.devSource());
    List<String> referenceLines = data.devTarget().equals(prepared.devTarget()) ? tgt : lines(data.devTarget());
    return new DevSet(sources, targets, sourceLines.subList(0, n), referenceLines.subList(0, n), codec,
        devSearch(config.training().maxDecodeLength()), CorpusOptions.defaults(), bleu);
  }

  /**
   * s2s4j's greedy search defaults, those of {@code s2s translate --beam 1};
   * {@code maxDecodeLength} (training.max_decode_length), when not 0, is its {@code --max-length}.
   */
  private static SearchOptions devSearch(int maxDecodeLength) {
    LengthLimits d = LengthLimits.DEFAULT;
    return SearchOptions.builder().beamSize(1).limits(maxDecodeLength == 0 ? d
        : new LengthLimits(d.minLength(), d.minRatio(), maxDecodeLength, d.maxRatio(), d.maxOffset())).build();
  }

  private static Map<String, Object> provenance(RunConfig config, Engine engine, PreparedData prepared,
      Vocabulary source, Vocabulary target) throws IOException {
    Map<String, Object> p = new LinkedHashMap<>();
    String version = Seq2SeqTraining.class.getPackage().getImplementationVersion();
    p.put("s2s4j_version", version == null ? "development build" : version);
    p.put("djl_version", Engine.getDjlVersion());
    p.put("engine", engine.getEngineName() + " " + engine.getVersion());
    p.put("java", System.getProperty("java.version"));
    p.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    p.put("seed", config.training().seed());
    Map<String, Object> files = new LinkedHashMap<>();
    for (Map.Entry<Path, String> f : prepared.checksums().entrySet()) {
      files.put(f.getKey().toString(), Map.of("sha256", f.getValue(), "bytes", Files.size(f.getKey())));
    }
    p.put("data", files);
    p.put("source_vocab_size", source.size());
    p.put("target_vocab_size", target.size());
    p.put("started", Instant.now().toString());
    return p;
  }

  private static void writeMetadata(Path runDir, Map<String, Object> provenance, TrainingState state) {
    ObjectNode node = Checkpoints.JSON.valueToTree(provenance);
    ObjectNode metrics = node.putObject("metrics");
    metrics.put("steps", state.step());
    metrics.put("training_seconds", state.trainingMillis() / 1000.0);
    metrics.put("best_checkpoint", state.bestCheckpoint());
    metrics.put("best_dev_metric", state.bestMetric());
    metrics.put("finished", state.finished());
    metrics.put("stop_reason", state.stopReason());
    metrics.set("history", Checkpoints.JSON.valueToTree(state.history()));
    try {
      Checkpoints.writeText(runDir.resolve("metadata.json"), Checkpoints.JSON.writeValueAsString(node));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + runDir.resolve("metadata.json"), e);
    }
  }
}
